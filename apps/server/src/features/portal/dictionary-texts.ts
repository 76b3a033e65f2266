import type { UiLocale, Vocabulary } from '@tatabbu/domain';

type Texts = Record<UiLocale, string>;

/**
 * What each column of the CSV/XLSX exports and each field of the exchange JSON holds, in the three
 * UI languages. Keyed by meaning: a column and a field that hold the same thing share one text.
 * `dictionary.test.ts` fails when a column or field of the exports has no text here.
 */
export const DESCRIPTIONS = {
  key: {
    en: 'Stable key of the recommendation: document symbol and paragraph (A/HRC/36/6 §144.117), or the identifier of its source. The same in every file and every instance.',
    fr: 'Clé stable de la recommandation : cote du document et paragraphe (A/HRC/36/6 §144.117), ou l’identifiant de sa source. La même dans chaque fichier et chaque instance.',
    ar: 'المعرف الثابت للتوصية: رمز الوثيقة والفقرة (A/HRC/36/6 §144.117)، أو معرفها في مصدرها. هو نفسه في كل ملف وكل نسخة من المنصة.',
  },
  externalRef: {
    en: 'Identifier of the recommendation in the system it came from (OHCHR index, UPR Info).',
    fr: 'Identifiant de la recommandation dans le système d’où elle provient (index du HCDH, UPR Info).',
    ar: 'معرف التوصية في النظام الذي جاءت منه (فهرس المفوضية السامية، UPR Info).',
  },
  mechanism: {
    en: 'Code of the mechanism that made the recommendation: UPR, a treaty body (CCPR, CEDAW, CAT…), a special procedure or a regional mechanism.',
    fr: 'Code du mécanisme auteur de la recommandation : EPU (UPR), un organe de traité (CCPR, CEDAW, CAT…), une procédure spéciale ou un mécanisme régional.',
    ar: 'رمز الآلية التي أصدرت التوصية: الاستعراض الدوري الشامل (UPR)، أو هيئة معاهدة (CCPR، CEDAW، CAT…)، أو إجراء خاص، أو آلية إقليمية.',
  },
  stateUnderReview: {
    en: 'ISO 3166-1 alpha-2 code of the State the recommendation is addressed to (MA for Morocco).',
    fr: 'Code ISO 3166-1 alpha-2 de l’État auquel la recommandation est adressée (MA pour le Maroc).',
    ar: 'رمز الدولة الموجهة إليها التوصية وفق المعيار ISO 3166-1 (MA للمغرب).',
  },
  stateUnderReviewName: {
    en: 'Name of that State as a source wrote it, when its code is not known.',
    fr: 'Nom de cet État tel que la source l’écrit, quand son code n’est pas connu.',
    ar: 'اسم تلك الدولة كما ورد في المصدر، حين لا يكون رمزها معروفاً.',
  },
  cycle: {
    en: 'Review cycle (UPR 1st, 2nd, 3rd, 4th cycle).',
    fr: 'Cycle de l’examen (1er, 2e, 3e, 4e cycle de l’EPU).',
    ar: 'دورة الاستعراض (الدورة الأولى أو الثانية أو الثالثة أو الرابعة للاستعراض الدوري الشامل).',
  },
  session: {
    en: 'Session of the UPR Working Group (e.g. 27).',
    fr: 'Session du Groupe de travail de l’EPU (par exemple 27).',
    ar: 'دورة الفريق العامل المعني بالاستعراض الدوري الشامل (مثلاً 27).',
  },
  symbol: {
    en: 'UN symbol of the document that contains the recommendation (A/HRC/36/6, CEDAW/C/MAR/CO/5-6).',
    fr: 'Cote ONU du document qui contient la recommandation (A/HRC/36/6, CEDAW/C/MAR/CO/5-6).',
    ar: 'رمز الأمم المتحدة للوثيقة التي تتضمن التوصية (A/HRC/36/6، CEDAW/C/MAR/CO/5-6).',
  },
  documentDate: {
    en: 'Date of that document (ISO 8601, YYYY-MM-DD).',
    fr: 'Date de ce document (ISO 8601, AAAA-MM-JJ).',
    ar: 'تاريخ تلك الوثيقة (ISO 8601، سنة-شهر-يوم).',
  },
  paragraph: {
    en: 'Paragraph number as printed in the document (144.117, 21(b)).',
    fr: 'Numéro du paragraphe tel qu’imprimé dans le document (144.117, 21(b)).',
    ar: 'رقم الفقرة كما هو مطبوع في الوثيقة (144.117، 21(b)).',
  },
  date: {
    en: 'Date the recommendation was made (ISO 8601, YYYY-MM-DD).',
    fr: 'Date à laquelle la recommandation a été formulée (ISO 8601, AAAA-MM-JJ).',
    ar: 'تاريخ صدور التوصية (ISO 8601، سنة-شهر-يوم).',
  },
  text: {
    en: 'Text of the recommendation in one language, as published by the United Nations; empty when not available in that language.',
    fr: 'Texte de la recommandation dans une langue, tel que publié par les Nations Unies ; vide s’il n’existe pas dans cette langue.',
    ar: 'نص التوصية بإحدى اللغات كما نشرته الأمم المتحدة؛ يكون فارغاً إذا لم يتوفر بتلك اللغة.',
  },
  originalLang: {
    en: 'Language in which the text was adopted.',
    fr: 'Langue dans laquelle le texte a été adopté.',
    ar: 'اللغة التي اعتُمد بها النص.',
  },
  states: {
    en: 'States that made the recommendation (UPR). Several States can share one text; in CSV/XLSX one per line, in JSON ISO alpha-2 codes.',
    fr: 'États auteurs de la recommandation (EPU). Plusieurs États peuvent partager un texte ; en CSV/XLSX un par ligne, en JSON codes ISO alpha-2.',
    ar: 'الدول التي قدمت التوصية (الاستعراض الدوري الشامل). قد تشترك عدة دول في نص واحد؛ دولة في كل سطر في ملفات CSV وXLSX، ورموز ISO في JSON.',
  },
  position: {
    en: "The State's position on the recommendation.",
    fr: 'Position de l’État sur la recommandation.',
    ar: 'موقف الدولة من التوصية.',
  },
  actionLevel: {
    en: 'UPR Info action level, from 1 (minimal action) to 5 (specific action).',
    fr: 'Niveau d’action UPR Info, de 1 (action minimale) à 5 (action précise).',
    ar: 'مستوى الإجراء حسب UPR Info، من 1 (إجراء أدنى) إلى 5 (إجراء محدد).',
  },
  status: {
    en: 'Official implementation status, set by the national mechanism when it validates an institution’s progress update.',
    fr: 'État d’avancement officiel, fixé par le mécanisme national lorsqu’il valide la mise à jour d’une institution.',
    ar: 'وضعية التنفيذ الرسمية، تحددها الآلية الوطنية عند المصادقة على تحيين مقدم من إحدى المؤسسات.',
  },
  statusDate: {
    en: 'Date of that status (ISO 8601).',
    fr: 'Date de cet état d’avancement (ISO 8601).',
    ar: 'تاريخ تلك الوضعية (ISO 8601).',
  },
  themes: {
    en: 'Themes of the OHCHR Universal Human Rights Index, code and name, one per line.',
    fr: 'Thèmes de l’Index universel des droits de l’homme du HCDH, code et nom, un par ligne.',
    ar: 'مواضيع الفهرس العالمي لحقوق الإنسان التابع للمفوضية السامية، الرمز والاسم، موضوع في كل سطر.',
  },
  affectedPersons: {
    en: 'Groups of persons concerned (OHCHR Universal Human Rights Index), one per line.',
    fr: 'Groupes de personnes concernés (Index universel des droits de l’homme du HCDH), un par ligne.',
    ar: 'فئات الأشخاص المعنية (الفهرس العالمي لحقوق الإنسان)، فئة في كل سطر.',
  },
  sdgs: {
    en: 'Sustainable Development Goals and targets the recommendation serves, number and official title, one per line.',
    fr: 'Objectifs et cibles de développement durable que sert la recommandation, numéro et intitulé officiel, un par ligne.',
    ar: 'أهداف التنمية المستدامة وغاياتها التي تخدمها التوصية، الرقم والعنوان الرسمي، واحد في كل سطر.',
  },
  axes: {
    en: 'Axes and sub-axes of the national action plan, number and name, one per line.',
    fr: 'Axes et sous-axes du plan d’action national, numéro et nom, un par ligne.',
    ar: 'محاور خطة العمل الوطنية ومحاورها الفرعية، الرقم والاسم، واحد في كل سطر.',
  },
  institutions: {
    en: 'Institutions responsible for implementing the recommendation (lead and contributing), one per line.',
    fr: 'Institutions chargées de la mise en œuvre (cheffe de file et contributrices), une par ligne.',
    ar: 'المؤسسات المسؤولة عن تنفيذ التوصية (الرئيسية والمساهمة)، مؤسسة في كل سطر.',
  },
  termVocabulary: {
    en: 'Vocabulary of a classification term.',
    fr: 'Vocabulaire d’un terme de classement.',
    ar: 'المعجم الذي ينتمي إليه مصطلح التصنيف.',
  },
  termCode: {
    en: 'Code of the term in its vocabulary: SDG goal 1–17, target 16.3, indicator 16.3.1, UHRI theme, axis number.',
    fr: 'Code du terme dans son vocabulaire : objectif 1–17, cible 16.3, indicateur 16.3.1, thème de l’Index, numéro d’axe.',
    ar: 'رمز المصطلح في معجمه: الهدف 1–17، الغاية 16.3، المؤشر 16.3.1، موضوع الفهرس، رقم المحور.',
  },
  termLabel: {
    en: 'Name of the term, when its code is not known (importers map it to a code).',
    fr: 'Nom du terme quand son code n’est pas connu (l’import le rapproche d’un code).',
    ar: 'اسم المصطلح حين لا يكون رمزه معروفاً (يربطه الاستيراد برمز).',
  },
  published: {
    en: 'Whether the recommendation is shown on the public portal. Open-data files contain published recommendations only.',
    fr: 'Indique si la recommandation est affichée sur le portail public. Les fichiers de données ouvertes ne contiennent que des recommandations publiées.',
    ar: 'هل التوصية معروضة في البوابة العامة. لا تتضمن ملفات البيانات المفتوحة إلا التوصيات المنشورة.',
  },
  confidential: {
    en: 'Restricted record (an individual communication); never in open-data files.',
    fr: 'Fiche à accès restreint (communication individuelle) ; jamais dans les fichiers de données ouvertes.',
    ar: 'سجل مقيد الولوج (بلاغ فردي)؛ لا يرد أبداً في ملفات البيانات المفتوحة.',
  },
} as const satisfies Record<string, Texts>;

export type DescriptionId = keyof typeof DESCRIPTIONS;

/** Exchange JSON paths whose meaning has another name in the tabular columns. */
export const EXCHANGE_DESCRIPTION: Record<string, DescriptionId> = {
  'review.cycle': 'cycle',
  'review.session': 'session',
  'document.symbol': 'symbol',
  'document.date': 'documentDate',
  recommendingStates: 'states',
  'terms[].vocabulary': 'termVocabulary',
  'terms[].code': 'termCode',
  'terms[].label': 'termLabel',
};

export const TYPE_NAMES: Record<string, Texts> = {
  text: { en: 'text', fr: 'texte', ar: 'نص' },
  integer: { en: 'integer', fr: 'entier', ar: 'عدد صحيح' },
  boolean: { en: 'true / false', fr: 'vrai / faux', ar: 'صحيح / خطأ' },
  date: { en: 'date', fr: 'date', ar: 'تاريخ' },
  list: { en: 'list', fr: 'liste', ar: 'قائمة' },
  code: { en: 'code', fr: 'code', ar: 'رمز' },
};

export const VOCABULARY_NAMES: Record<Vocabulary, Texts> = {
  uhri_theme: { en: 'UHRI theme', fr: 'thème de l’Index', ar: 'موضوع الفهرس العالمي' },
  affected_person: { en: 'affected persons', fr: 'personnes concernées', ar: 'الفئات المعنية' },
  sdg_goal: { en: 'SDG goal', fr: 'objectif de développement durable', ar: 'هدف التنمية المستدامة' },
  sdg_target: { en: 'SDG target', fr: 'cible des ODD', ar: 'غاية من غايات التنمية المستدامة' },
  sdg_indicator: { en: 'SDG indicator', fr: 'indicateur des ODD', ar: 'مؤشر التنمية المستدامة' },
  axis: { en: 'national plan axis', fr: 'axe du plan national', ar: 'محور الخطة الوطنية' },
  subaxis: { en: 'national plan sub-axis', fr: 'sous-axe du plan national', ar: 'محور فرعي للخطة الوطنية' },
  cluster: { en: 'thematic cluster', fr: 'groupe thématique', ar: 'مجموعة موضوعاتية' },
};

/** Open licence of the published data (see docs/portal.md). */
export const DATA_LICENCE = {
  id: 'CC-BY-4.0',
  name: 'Creative Commons Attribution 4.0 International (CC BY 4.0)',
  url: 'https://creativecommons.org/licenses/by/4.0/',
} as const;
