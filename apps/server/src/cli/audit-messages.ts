import type { UiLocale } from '@tatabbu/domain';

/** What `tatabbu audit` prints, in the terminal's language (see `cliLocale`). */
const MESSAGES = {
  intact: {
    en: 'Audit trail intact: {count} events checked, every hash matches.',
    fr: "Journal d'audit intact : {count} événements vérifiés, toutes les empreintes concordent.",
    ar: 'سجل التدقيق سليم: تم فحص {count} حدثا، وكل البصمات متطابقة.',
  },
  broken: {
    en: 'Audit trail BROKEN: {problems} problem(s) in {count} events; first at event #{seq}.',
    fr: "Journal d'audit ALTÉRÉ : {problems} problème(s) sur {count} événements ; le premier à l'événement n° {seq}.",
    ar: 'سجل التدقيق معطوب: {problems} مشكلة في {count} حدثا؛ أولها في الحدث رقم {seq}.',
  },
  content_changed: {
    en: 'event #{seq}: its content was modified after it was written (hash does not match)',
    fr: "événement n° {seq} : son contenu a été modifié après son enregistrement (l'empreinte ne concorde pas)",
    ar: 'الحدث رقم {seq}: عُدّل محتواه بعد تسجيله (البصمة غير مطابقة)',
  },
  events_missing: {
    en: 'event #{seq}: events #{from}–#{to} before it were deleted (its link to the previous event is broken)',
    fr: 'événement n° {seq} : les événements n° {from} à {to} qui le précèdent ont été supprimés (son lien au précédent est rompu)',
    ar: 'الحدث رقم {seq}: حُذفت الأحداث من {from} إلى {to} التي تسبقه (انقطعت صلته بالحدث السابق)',
  },
  link_broken: {
    en: 'event #{seq}: it does not link to the event before it (that one was rewritten, or this one inserted)',
    fr: "événement n° {seq} : il n'est pas lié à l'événement précédent (celui-ci a été réécrit, ou celui-là inséré)",
    ar: 'الحدث رقم {seq}: لا يرتبط بالحدث السابق (أعيدت كتابة السابق أو أُدرج هذا الحدث)',
  },
  failed: {
    en: 'The audit trail was tampered with.',
    fr: "Le journal d'audit a été altéré.",
    ar: 'تم التلاعب بسجل التدقيق.',
  },
  none: {
    en: 'No audit event matches.',
    fr: "Aucun événement d'audit ne correspond.",
    ar: 'لا يوجد حدث تدقيق مطابق.',
  },
  shown: {
    en: '{shown} of {total} events shown, newest first.',
    fr: '{shown} événements affichés sur {total}, du plus récent au plus ancien.',
    ar: 'عُرض {shown} من أصل {total} حدثا، من الأحدث إلى الأقدم.',
  },
  system: { en: 'system', fr: 'système', ar: 'النظام' },
  changed: { en: 'changed', fr: 'modifié', ar: 'تغيّر' },
  badDate: {
    en: 'Not a date: {value} (use 2026-11-23 or an ISO 8601 time).',
    fr: "Ce n'est pas une date : {value} (utilisez 2026-11-23 ou une heure ISO 8601).",
    ar: 'ليس تاريخا: {value} (استعمل 2026-11-23 أو وقتا بصيغة ISO 8601).',
  },
  noUser: {
    en: 'No user with the e-mail {email}.',
    fr: 'Aucun utilisateur avec l’adresse {email}.',
    ar: 'لا يوجد مستخدم بالبريد {email}.',
  },
} satisfies Record<string, Record<UiLocale, string>>;

export type AuditCliMessage = keyof typeof MESSAGES;

export function auditMessage(
  locale: UiLocale,
  key: AuditCliMessage,
  params: Record<string, string | number> = {},
): string {
  return MESSAGES[key][locale].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
