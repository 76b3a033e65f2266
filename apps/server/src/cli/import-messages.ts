import { negotiateLocale, type UiLocale } from '@tatabbu/domain';

/** The terminal's language, from LANG/LC_ALL (`ar_MA.UTF-8` → ar); English otherwise. */
export function cliLocale(env: NodeJS.ProcessEnv = process.env): UiLocale {
  const raw = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return negotiateLocale(raw.split('.')[0]?.replace('_', '-')) ?? 'en';
}

const MESSAGES = {
  previewing: { en: 'Previewing', fr: 'Aperçu', ar: 'المعاينة' },
  committing: { en: 'Committing', fr: 'Enregistrement', ar: 'الحفظ' },
  new: { en: 'new', fr: 'nouvelles', ar: 'جديدة' },
  updated: { en: 'updated', fr: 'mises à jour', ar: 'محدَّثة' },
  unchanged: { en: 'unchanged', fr: 'inchangées', ar: 'دون تغيير' },
  recurring: { en: 'recurring', fr: 'récurrentes', ar: 'متكررة' },
  errors: { en: 'errors', fr: 'erreurs', ar: 'أخطاء' },
  warnings: { en: 'warnings', fr: 'avertissements', ar: 'تنبيهات' },
  total: { en: 'rows', fr: 'lignes', ar: 'صفوف' },
  row: { en: 'row', fr: 'ligne', ar: 'الصف' },
  column: { en: 'column', fr: 'colonne', ar: 'العمود' },
  problem: { en: 'problem', fr: 'problème', ar: 'المشكلة' },
  moreProblems: {
    en: '… and {n} more problems',
    fr: '… et {n} autres problèmes',
    ar: '… و{n} مشكلات أخرى',
  },
  dryRun: {
    en: 'Dry run: nothing was written. Run again without --dry-run to import.',
    fr: "Essai : rien n'a été enregistré. Relancez sans --dry-run pour importer.",
    ar: 'تجربة: لم يُحفظ أي شيء. أعد التشغيل دون ‎--dry-run‎ للاستيراد.',
  },
  committed: {
    en: 'Imported ({file}, {format}).',
    fr: 'Importé ({file}, {format}).',
    ar: 'تم الاستيراد ({file}، {format}).',
  },
  failed: {
    en: 'The file was not imported; nothing was written.',
    fr: "Le fichier n'a pas été importé ; rien n'a été enregistré.",
    ar: 'لم يتم استيراد الملف؛ لم يُحفظ أي شيء.',
  },
  noUser: {
    en: 'No user with the e-mail {email}.',
    fr: 'Aucun utilisateur avec l’adresse {email}.',
    ar: 'لا يوجد مستخدم بالبريد {email}.',
  },
  badMapping: {
    en: 'The mapping file is not a valid column mapping: {reason}',
    fr: "Le fichier de correspondance n'est pas valide : {reason}",
    ar: 'ملف المطابقة غير صالح: {reason}',
  },
} satisfies Record<string, Record<UiLocale, string>>;

export type CliMessage = keyof typeof MESSAGES;

export function cliMessage(locale: UiLocale, key: CliMessage, params: Record<string, string | number> = {}) {
  return MESSAGES[key][locale].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
