import type { ContentLang, ImplementationStatus, Position, UiLocale } from '@tatabbu/domain';

/** Headers and values of the CSV and XLSX exports, in each UI language (Spanish exports get English). */
export const exportLocale = (lang: ContentLang): UiLocale => (lang === 'es' ? 'en' : lang);

export const EXPORT_HEADERS = {
  key: { ar: 'المعرف', fr: 'Clé', en: 'Key' },
  mechanism: { ar: 'الآلية', fr: 'Mécanisme', en: 'Mechanism' },
  symbol: { ar: 'رمز الوثيقة', fr: 'Cote du document', en: 'Document symbol' },
  paragraph: { ar: 'الفقرة', fr: 'Paragraphe', en: 'Paragraph' },
  date: { ar: 'التاريخ', fr: 'Date', en: 'Date' },
  text: { ar: 'النص', fr: 'Texte', en: 'Text' },
  states: { ar: 'الدول المُوصية', fr: 'États recommandants', en: 'Recommending States' },
  position: { ar: 'الموقف', fr: 'Position', en: 'Position' },
  status: { ar: 'وضعية التنفيذ', fr: "État d'avancement", en: 'Implementation status' },
  themes: { ar: 'المواضيع', fr: 'Thèmes', en: 'Themes' },
  affectedPersons: { ar: 'الفئات المعنية', fr: 'Personnes concernées', en: 'Affected persons' },
  sdgs: { ar: 'أهداف التنمية المستدامة', fr: 'Objectifs de développement durable', en: 'SDGs' },
  axes: { ar: 'المحاور', fr: 'Axes', en: 'Axes' },
  institutions: { ar: 'المؤسسات', fr: 'Institutions', en: 'Institutions' },
  published: { ar: 'منشورة', fr: 'Publiée', en: 'Published' },
} as const satisfies Record<string, Record<UiLocale, string>>;

export const LANGUAGE_NAMES: Record<ContentLang, Record<UiLocale, string>> = {
  ar: { ar: 'العربية', fr: 'arabe', en: 'Arabic' },
  fr: { ar: 'الفرنسية', fr: 'français', en: 'French' },
  en: { ar: 'الإنجليزية', fr: 'anglais', en: 'English' },
  es: { ar: 'الإسبانية', fr: 'espagnol', en: 'Spanish' },
};

export const POSITION_LABELS: Record<Position, Record<UiLocale, string>> = {
  supported: { ar: 'مقبولة', fr: 'acceptée', en: 'supported' },
  supported_in_part: { ar: 'مقبولة جزئياً', fr: 'acceptée en partie', en: 'supported in part' },
  noted: { ar: 'أُحيط بها علماً', fr: 'notée', en: 'noted' },
  pending: { ar: 'قيد الدراسة', fr: 'en attente', en: 'pending' },
};

export const STATUS_LABELS: Record<ImplementationStatus, Record<UiLocale, string>> = {
  not_started: { ar: 'لم يشرع فيه', fr: 'non entamé', en: 'not started' },
  in_progress: { ar: 'في طور الإنجاز', fr: 'en cours', en: 'in progress' },
  partially_implemented: { ar: 'منجز جزئياً', fr: 'partiellement réalisé', en: 'partially implemented' },
  implemented: { ar: 'منجز', fr: 'réalisé', en: 'implemented' },
  continuous: { ar: 'ذو طبيعة مستمرة', fr: 'à caractère continu', en: 'ongoing by nature' },
  not_applicable: { ar: 'غير منطبق', fr: 'sans objet', en: 'not applicable' },
};

export const YES_NO: Record<'yes' | 'no', Record<UiLocale, string>> = {
  yes: { ar: 'نعم', fr: 'oui', en: 'yes' },
  no: { ar: 'لا', fr: 'non', en: 'no' },
};
