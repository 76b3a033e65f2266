import type { ColumnMapping, MappableField } from '../../formats.js';
import { fold } from './fold.js';

type TextField = 'text.ar' | 'text.fr' | 'text.en' | 'text.es';

/**
 * Header words (folded: no accents, Arabic normalised, lower case) that name each field, in ar/fr/en.
 * A header equal to one of them is a sure match; one that contains it, a likely one.
 */
const FIELD_WORDS: [MappableField, string[]][] = [
  ['key', ['key', 'cle', 'identifiant unique', 'المفتاح']],
  [
    'externalRef',
    [
      'id',
      'identifier',
      'identifiant',
      'reference',
      'ref',
      'code',
      'numero',
      'no',
      'n',
      'المعرف',
      'الرقم',
      'الرمز',
      'رقم التوصيه',
      'annotation id',
    ],
  ],
  [
    'mechanism',
    [
      'mechanism',
      'mecanisme',
      'mechanism code',
      'الاليه',
      'body',
      'organe',
      'الهيئه',
      'recommending body',
      'treaty body',
      'organe de traite',
    ],
  ],
  [
    'stateUnderReview',
    [
      'state under review',
      'etat examine',
      'etat sous examen',
      'الدوله قيد الاستعراض',
      'الدوله موضوع الاستعراض',
      'sur',
      'country',
      'pays',
    ],
  ],
  ['review.cycle', ['cycle', 'الجوله', 'الدوره الاستعراضيه', 'upr cycle']],
  ['review.session', ['session', 'الدوره', 'upr session']],
  [
    'document.symbol',
    [
      'symbol',
      'document symbol',
      'symbole',
      'cote',
      'cote du document',
      'رمز الوثيقه',
      'الوثيقه',
      'document',
    ],
  ],
  [
    'document.date',
    [
      'document date',
      'date du document',
      'publication date',
      'date de publication',
      'تاريخ الوثيقه',
      'تاريخ النشر',
    ],
  ],
  [
    'paragraph',
    ['paragraph', 'paragraphe', 'para', 'الفقره', 'paragraph number', 'numero de paragraphe', 'رقم الفقره'],
  ],
  [
    'recommendingStates',
    [
      'recommending state',
      'recommending states',
      'etat recommandant',
      'etats recommandants',
      'الدوله الموصيه',
      'الدول الموصيه',
      'from',
      'recommended by',
      'upr recommending states',
      'recommending state fr',
      'recommending state ar',
    ],
  ],
  [
    'position',
    ['position', 'response', 'reponse', 'الموقف', 'موقف الدوله', 'upr position', 'decision', 'الرد'],
  ],
  ['actionLevel', ['action', 'action level', 'niveau d action', 'مستوى الاجراء', 'action category']],
  [
    'status',
    [
      'status',
      'statut',
      'etat d avancement',
      'etat de mise en oeuvre',
      'implementation status',
      'الحاله',
      'حاله التنفيذ',
      'وضعيه التنفيذ',
    ],
  ],
  ['date', ['date', 'التاريخ', 'year date', 'date de la recommandation', 'تاريخ التوصيه']],
  ['originalLang', ['language', 'langue', 'original language', 'langue originale', 'اللغه', 'اللغه الاصليه']],
  [
    'terms.uhri_theme',
    ['theme', 'themes', 'thematique', 'الموضوع', 'المواضيع', 'issue', 'issues', 'question', 'المجال'],
  ],
  [
    'terms.affected_person',
    [
      'affected persons',
      'affected person',
      'personnes concernees',
      'groupes concernes',
      'الفئات المعنيه',
      'الاشخاص المعنيون',
    ],
  ],
  [
    'terms.sdg_target',
    ['sdg target', 'sdg targets', 'sdgs', 'cible odd', 'cibles odd', 'غايه التنميه المستدامه', 'الغايات'],
  ],
  [
    'terms.sdg_goal',
    ['sdg', 'sdg goal', 'odd', 'objectif de developpement durable', 'هدف التنميه المستدامه', 'الهدف'],
  ],
  ['terms.axis', ['axis', 'axe', 'axes', 'المحور', 'المحاور']],
  ['terms.subaxis', ['subaxis', 'sub axis', 'sous axe', 'المحور الفرعي']],
  ['terms.cluster', ['cluster', 'groupe', 'regroupement', 'المجموعه', 'العنقود']],
];

/** Words naming the recommendation text, and the language the word itself is in. */
const TEXT_WORDS: [string, TextField][] = [
  ['text', 'text.en'],
  ['recommendation', 'text.en'],
  ['recommendation text', 'text.en'],
  ['texte', 'text.fr'],
  ['recommandation', 'text.fr'],
  ['texte de la recommandation', 'text.fr'],
  ['النص', 'text.ar'],
  ['التوصيه', 'text.ar'],
  ['نص التوصيه', 'text.ar'],
  ['texto', 'text.es'],
  ['recomendacion', 'text.es'],
];

/** A language marked in the header ("Texte (AR)", "text_fr", "النص بالفرنسية") beats the header's own language. */
const LANGUAGE_MARKS: [RegExp, TextField][] = [
  [/(^| )(ar|arabe|arabic)( |$)|عربي|بالعربيه/, 'text.ar'],
  [/(^| )(fr|francais|french)( |$)|فرنسي|بالفرنسيه/, 'text.fr'],
  [/(^| )(en|anglais|english)( |$)|انجليزي|انكليزي|بالانجليزيه/, 'text.en'],
  [/(^| )(es|espagnol|spanish|espanol)( |$)|اسباني/, 'text.es'],
];

/**
 * A first guess at the column mapping from header names in Arabic, French or English. Each field
 * and each column is used once; exact names win over names that merely contain a field word.
 */
export function suggestMapping(headers: string[]): ColumnMapping {
  const columns: ColumnMapping['columns'] = {};
  const candidates = headers.flatMap((header, order) => {
    const folded = fold(header.replace(/_/g, ' '));
    return guesses(folded).map(({ field, score }) => ({ header, field, score, order }));
  });
  candidates.sort((a, b) => b.score - a.score || a.order - b.order);
  const used = new Set<string>();
  for (const { header, field, score } of candidates) {
    if (score <= 0 || columns[field] !== undefined || used.has(header)) continue;
    columns[field] = header;
    used.add(header);
  }
  return { columns };
}

function guesses(folded: string): { field: MappableField; score: number }[] {
  const stripped = LANGUAGE_MARKS.reduce((text, [mark]) => text.replace(mark, ' '), folded).trim();
  const marked = LANGUAGE_MARKS.find(([mark]) => mark.test(folded))?.[1];
  const out: { field: MappableField; score: number }[] = [];
  for (const [word, field] of TEXT_WORDS) {
    const score = matchScore(stripped || folded, word);
    if (score > 0) out.push({ field: marked ?? field, score: score + 0.5 });
  }
  for (const [field, words] of FIELD_WORDS) {
    const score = Math.max(0, ...words.map((word) => matchScore(stripped || folded, word)));
    if (score > 0) out.push({ field, score });
  }
  return out;
}

/** 3 for the same words, 2 for the header starting with them, 1 for containing them as whole words. */
function matchScore(header: string, word: string): number {
  if (header === word) return 3;
  if (word.length < 3) return 0;
  if (header.startsWith(`${word} `)) return 2;
  return ` ${header} `.includes(` ${word} `) ? 1 : 0;
}
