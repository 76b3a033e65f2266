import type { UiLocale } from '../i18n/languages.js';
import type { ImportProblem, ImportProblemCode } from './problems.js';

type Message = Record<UiLocale, string>;

/** Messages with `{param}` placeholders; a test checks every code has all three languages. */
export const IMPORT_PROBLEM_MESSAGES: Record<ImportProblemCode, Message> = {
  unknown_format: {
    en: 'The format of this file was not recognised. Choose the format, or use CSV, XLSX, JSON or text.',
    fr: "Le format de ce fichier n'a pas été reconnu. Choisissez le format, ou utilisez CSV, XLSX, JSON ou texte.",
    ar: 'لم يتم التعرف على صيغة هذا الملف. اختر الصيغة، أو استعمل CSV أو XLSX أو JSON أو نصا.',
  },
  file_too_large: {
    en: 'The file is too large (limit {limit}).',
    fr: 'Le fichier est trop volumineux (limite {limit}).',
    ar: 'الملف كبير جدا (الحد الأقصى {limit}).',
  },
  file_empty: {
    en: 'The file is empty.',
    fr: 'Le fichier est vide.',
    ar: 'الملف فارغ.',
  },
  encoding_unreadable: {
    en: 'The text of the file could not be read in UTF-8, Windows-1256 or Windows-1252. Save it as UTF-8 and try again.',
    fr: "Le texte du fichier n'a pu être lu ni en UTF-8, ni en Windows-1256, ni en Windows-1252. Enregistrez-le en UTF-8 et réessayez.",
    ar: 'تعذرت قراءة نص الملف بترميز UTF-8 أو Windows-1256 أو Windows-1252. احفظه بترميز UTF-8 وحاول مجددا.',
  },
  xlsx_corrupt: {
    en: 'The Excel file is damaged or incomplete and cannot be opened.',
    fr: 'Le fichier Excel est endommagé ou incomplet et ne peut pas être ouvert.',
    ar: 'ملف Excel تالف أو غير مكتمل ولا يمكن فتحه.',
  },
  xlsx_too_large_uncompressed: {
    en: 'The Excel file expands to more than {limit} once uncompressed; it was refused as unsafe.',
    fr: 'Le fichier Excel dépasse {limit} une fois décompressé ; il a été refusé par sécurité.',
    ar: 'يتجاوز ملف Excel {limit} بعد فك الضغط؛ رُفض لدواعي الأمان.',
  },
  json_invalid: {
    en: 'The JSON file is not valid: {reason}',
    fr: "Le fichier JSON n'est pas valide : {reason}",
    ar: 'ملف JSON غير صالح: {reason}',
  },
  exchange_version_unsupported: {
    en: 'This exchange file has version {version}; this instance reads version {supported}.',
    fr: "Ce fichier d'échange est en version {version} ; cette instance lit la version {supported}.",
    ar: 'ملف التبادل هذا من الإصدار {version}؛ هذه المنصة تقرأ الإصدار {supported}.',
  },
  header_missing: {
    en: 'Required column "{column}" is missing from the header row.',
    fr: "La colonne obligatoire « {column} » manque dans la ligne d'en-tête.",
    ar: 'العمود الإلزامي «{column}» غير موجود في سطر العناوين.',
  },
  csv_malformed: {
    en: 'The CSV file cannot be read from row {row} on: a quotation mark is not closed or is misplaced.',
    fr: 'Le fichier CSV ne peut pas être lu à partir de la ligne {row} : un guillemet n’est pas fermé ou est mal placé.',
    ar: 'تتعذر قراءة ملف CSV ابتداء من السطر {row}: علامة تنصيص غير مغلقة أو في غير موضعها.',
  },
  too_many_rows: {
    en: 'The file has more than {limit} rows. Split it into smaller files.',
    fr: 'Le fichier compte plus de {limit} lignes. Divisez-le en fichiers plus petits.',
    ar: 'يحتوي الملف على أكثر من {limit} سطر. قسّمه إلى ملفات أصغر.',
  },
  no_recommendations_found: {
    en: 'No recommendation was found in this file.',
    fr: "Aucune recommandation n'a été trouvée dans ce fichier.",
    ar: 'لم يُعثر على أي توصية في هذا الملف.',
  },
  row_ragged: {
    en: 'This row has {found} cells where the header has {expected}.',
    fr: "Cette ligne compte {found} cellules alors que l'en-tête en a {expected}.",
    ar: 'يحتوي هذا السطر على {found} خلايا بينما يحتوي سطر العناوين على {expected}.',
  },
  cell_too_long: {
    en: 'The cell is too long ({length} characters; limit {limit}).',
    fr: 'La cellule est trop longue ({length} caractères ; limite {limit}).',
    ar: 'الخلية طويلة جدا ({length} حرفا؛ الحد {limit}).',
  },
  formula_cell: {
    en: 'The cell holds a formula; formulas are not imported. Paste the values only.',
    fr: 'La cellule contient une formule ; les formules ne sont pas importées. Collez uniquement les valeurs.',
    ar: 'تحتوي الخلية على صيغة حسابية؛ لا تُستورد الصيغ. الصق القيم فقط.',
  },
  markup_in_text: {
    en: 'The text holds HTML or script markup, which is not accepted.',
    fr: "Le texte contient du balisage HTML ou des scripts, ce qui n'est pas accepté.",
    ar: 'يحتوي النص على وسوم HTML أو نصوص برمجية، وهذا غير مقبول.',
  },
  required_missing: {
    en: 'The value of "{column}" is required.',
    fr: 'La valeur de « {column} » est obligatoire.',
    ar: 'قيمة «{column}» إلزامية.',
  },
  text_missing: {
    en: 'The recommendation has no text in any language.',
    fr: "La recommandation n'a de texte dans aucune langue.",
    ar: 'لا تحتوي التوصية على نص بأي لغة.',
  },
  invalid_value: {
    en: 'The value "{value}" is not valid here.',
    fr: "La valeur « {value} » n'est pas valide ici.",
    ar: 'القيمة «{value}» غير صالحة هنا.',
  },
  invalid_date: {
    en: 'The date "{value}" could not be read.',
    fr: "La date « {value} » n'a pas pu être lue.",
    ar: 'تعذرت قراءة التاريخ «{value}».',
  },
  unknown_mechanism: {
    en: 'The mechanism "{value}" is not known. Add it first or correct the file.',
    fr: "Le mécanisme « {value} » n'est pas connu. Ajoutez-le d'abord ou corrigez le fichier.",
    ar: 'الآلية «{value}» غير معروفة. أضفها أولا أو صحح الملف.',
  },
  unknown_country: {
    en: 'The State "{value}" was not recognised and was left out.',
    fr: "L'État « {value} » n'a pas été reconnu et a été ignoré.",
    ar: 'لم يتم التعرف على الدولة «{value}» فتم تجاهلها.',
  },
  unknown_term: {
    en: 'The classification "{value}" was not recognised and was left out.',
    fr: "Le classement « {value} » n'a pas été reconnu et a été ignoré.",
    ar: 'لم يتم التعرف على التصنيف «{value}» فتم تجاهله.',
  },
  duplicate_key_in_file: {
    en: 'The key "{value}" appears more than once in the file (first at row {firstRow}).',
    fr: 'La clé « {value} » figure plusieurs fois dans le fichier (première fois à la ligne {firstRow}).',
    ar: 'المفتاح «{value}» مكرر في الملف (أول ظهور في السطر {firstRow}).',
  },
  commit_failed: {
    en: 'The import could not be saved, so nothing was changed: {reason}',
    fr: "L'import n'a pas pu être enregistré ; rien n'a été modifié : {reason}",
    ar: 'تعذر حفظ الاستيراد، فلم يُغيَّر شيء: {reason}',
  },
};

/** The problem in the reader's language, parameters filled in. */
export function describeProblem(problem: ImportProblem, locale: UiLocale): string {
  const params: Record<string, string | number> = {
    ...(problem.value !== undefined ? { value: problem.value } : {}),
    ...(problem.column !== undefined ? { column: problem.column } : {}),
    ...problem.params,
  };
  return IMPORT_PROBLEM_MESSAGES[problem.code][locale].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
