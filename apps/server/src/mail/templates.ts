import { type NotificationKind, notificationPath, type UiLocale } from '@tatabbu/domain';

/**
 * The e-mails of the notifications feature, in the recipient's language (ar, fr, en). Each
 * notification kind has a subject and one sentence; {{vars}} are filled from the payload.
 */
type Texts = Record<UiLocale, string>;

const KIND_TEXTS: Record<NotificationKind, { subject: Texts; line: Texts }> = {
  assignment_batch: {
    subject: {
      en: 'Recommendations assigned to your institution: {{count}}',
      fr: 'Recommandations attribuées à votre institution : {{count}}',
      ar: 'توصيات مسندة إلى مؤسستكم: {{count}}',
    },
    line: {
      en: 'Number of recommendations newly assigned to your institution: {{count}}.',
      fr: 'Nombre de recommandations nouvellement attribuées à votre institution : {{count}}.',
      ar: 'عدد التوصيات المسندة حديثا إلى مؤسستكم: {{count}}.',
    },
  },
  assignment: {
    subject: {
      en: 'New recommendation assigned: {{rec}}',
      fr: 'Nouvelle recommandation attribuée : {{rec}}',
      ar: 'توصية جديدة مسندة: {{rec}}',
    },
    line: {
      en: 'Recommendation {{rec}} has been assigned to your institution.',
      fr: 'La recommandation {{rec}} a été attribuée à votre institution.',
      ar: 'أسندت التوصية {{rec}} إلى مؤسستكم.',
    },
  },
  round_opened: {
    subject: {
      en: 'Follow-up round opened: {{round}}',
      fr: 'Campagne de suivi ouverte : {{round}}',
      ar: 'فتح جولة التتبع: {{round}}',
    },
    line: {
      en: 'The follow-up round "{{round}}" asks your institution for progress updates by {{deadline}}.',
      fr: 'La campagne de suivi « {{round}} » demande à votre institution ses comptes rendus avant le {{deadline}}.',
      ar: 'تطلب جولة التتبع «{{round}}» من مؤسستكم موافاتها بالتقارير المرحلية قبل {{deadline}}.',
    },
  },
  deadline_7d: {
    subject: {
      en: 'Deadline in 7 days: {{round}}',
      fr: 'Échéance dans 7 jours : {{round}}',
      ar: 'الأجل بعد 7 أيام: {{round}}',
    },
    line: {
      en: 'The round "{{round}}" closes on {{deadline}}; {{items}} item(s) of your institution are not submitted yet.',
      fr: 'La campagne « {{round}} » se termine le {{deadline}} ; {{items}} élément(s) de votre institution ne sont pas encore soumis.',
      ar: 'تنتهي الجولة «{{round}}» في {{deadline}}، وما يزال عدد العناصر غير المقدمة من مؤسستكم: {{items}}.',
    },
  },
  deadline_1d: {
    subject: {
      en: 'Deadline tomorrow: {{round}}',
      fr: 'Échéance demain : {{round}}',
      ar: 'الأجل غدا: {{round}}',
    },
    line: {
      en: 'The round "{{round}}" closes on {{deadline}}; {{items}} item(s) of your institution are not submitted yet.',
      fr: 'La campagne « {{round}} » se termine le {{deadline}} ; {{items}} élément(s) de votre institution ne sont pas encore soumis.',
      ar: 'تنتهي الجولة «{{round}}» في {{deadline}}، وما يزال عدد العناصر غير المقدمة من مؤسستكم: {{items}}.',
    },
  },
  overdue: {
    subject: {
      en: 'Overdue: {{round}}',
      fr: 'Échéance dépassée : {{round}}',
      ar: 'تجاوز الأجل: {{round}}',
    },
    line: {
      en: 'The deadline of the round "{{round}}" ({{deadline}}) has passed; {{items}} item(s) of your institution are still not submitted.',
      fr: "L'échéance de la campagne « {{round}} » ({{deadline}}) est dépassée ; {{items}} élément(s) de votre institution ne sont toujours pas soumis.",
      ar: 'انقضى أجل الجولة «{{round}}» ({{deadline}})، وما يزال عدد العناصر غير المقدمة من مؤسستكم: {{items}}.',
    },
  },
  submitted: {
    subject: {
      en: 'Progress update submitted: {{subject}}',
      fr: 'Compte rendu soumis : {{subject}}',
      ar: 'تقديم تقرير مرحلي: {{subject}}',
    },
    line: {
      en: 'A progress update on {{subject}} ({{round}}) was submitted and waits for your review.',
      fr: 'Un compte rendu sur {{subject}} ({{round}}) a été soumis et attend votre examen.',
      ar: 'قدم تقرير مرحلي بشأن {{subject}} ({{round}}) وهو في انتظار مراجعتكم.',
    },
  },
  returned: {
    subject: {
      en: 'Progress update returned: {{subject}}',
      fr: 'Compte rendu renvoyé : {{subject}}',
      ar: 'إرجاع تقرير مرحلي: {{subject}}',
    },
    line: {
      en: 'Your progress update on {{subject}} ({{round}}) was returned for changes.',
      fr: 'Votre compte rendu sur {{subject}} ({{round}}) a été renvoyé pour modification.',
      ar: 'أرجع تقريركم المرحلي بشأن {{subject}} ({{round}}) لإدخال تعديلات عليه.',
    },
  },
  validated: {
    subject: {
      en: 'Progress update validated: {{subject}}',
      fr: 'Compte rendu validé : {{subject}}',
      ar: 'المصادقة على تقرير مرحلي: {{subject}}',
    },
    line: {
      en: 'Your progress update on {{subject}} ({{round}}) was validated.',
      fr: 'Votre compte rendu sur {{subject}} ({{round}}) a été validé.',
      ar: 'تمت المصادقة على تقريركم المرحلي بشأن {{subject}} ({{round}}).',
    },
  },
  published: {
    subject: {
      en: 'Progress update published: {{subject}}',
      fr: 'Compte rendu publié : {{subject}}',
      ar: 'نشر تقرير مرحلي: {{subject}}',
    },
    line: {
      en: 'Your progress update on {{subject}} ({{round}}) is now public.',
      fr: 'Votre compte rendu sur {{subject}} ({{round}}) est désormais public.',
      ar: 'أصبح تقريركم المرحلي بشأن {{subject}} ({{round}}) منشورا للعموم.',
    },
  },
  invitation: {
    subject: {
      en: 'You are invited to Tatabbu',
      fr: 'Vous êtes invité(e) sur Tatabbu',
      ar: 'دعوة للانضمام إلى منصة تتبع',
    },
    line: {
      en: '{{inviter}} invited you to Tatabbu, the follow-up of human-rights recommendations. Choose your password with the link below; it works once, until {{expires}}.',
      fr: "{{inviter}} vous invite sur Tatabbu, le suivi des recommandations en matière de droits de l'homme. Choisissez votre mot de passe avec le lien ci-dessous ; il ne fonctionne qu'une fois, jusqu'au {{expires}}.",
      ar: 'يدعوك {{inviter}} إلى منصة تتبع لتتبع توصيات حقوق الإنسان. اختر كلمة المرور عبر الرابط أدناه، وهو صالح لمرة واحدة إلى غاية {{expires}}.',
    },
  },
};

const COMMON = {
  hello: { en: 'Hello {{name}},', fr: 'Bonjour {{name}},', ar: 'مرحبا {{name}}،' },
  comment: { en: 'Comment: {{comment}}', fr: 'Commentaire : {{comment}}', ar: 'التعليق: {{comment}}' },
  open: { en: 'Open in Tatabbu:', fr: 'Ouvrir dans Tatabbu :', ar: 'افتح في تتبع:' },
  measure: { en: 'a measure', fr: 'une mesure', ar: 'تدبير' },
  digestSubject: {
    en: 'Tatabbu — your notifications of {{day}}',
    fr: 'Tatabbu — vos notifications du {{day}}',
    ar: 'تتبع — إشعاراتك ليوم {{day}}',
  },
  digestIntro: {
    en: 'Here is what happened on {{day}}:',
    fr: "Voici ce qui s'est passé le {{day}} :",
    ar: 'إليك ما جرى يوم {{day}}:',
  },
  footer: {
    en: 'You receive this e-mail because you have an account on Tatabbu. Your account page lets you choose one e-mail a day instead.',
    fr: 'Vous recevez ce courriel parce que vous avez un compte sur Tatabbu. La page de votre compte permet de choisir un seul courriel par jour.',
    ar: 'تتلقى هذه الرسالة لأن لديك حسابا على منصة تتبع. تتيح لك صفحة حسابك اختيار رسالة واحدة في اليوم بدلا من ذلك.',
  },
} satisfies Record<string, Texts>;

const fill = (template: string, vars: Record<string, string>) =>
  template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => vars[name] ?? '');

const escapeHtml = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

/** A multilingual title in the reader's language, else any language it has. */
function pick(value: unknown, locale: UiLocale): string {
  if (typeof value === 'string') return value;
  if (!value || typeof value !== 'object') return '';
  const texts = value as Record<string, string | undefined>;
  return texts[locale] || texts.fr || texts.en || texts.ar || Object.values(texts).find(Boolean) || '';
}

const intlLocaleOf = (locale: UiLocale) => (locale === 'ar' ? 'ar-MA' : locale);

/** The date as the reader writes it (e.g. 23/11/2026, ٢٣‏/١١‏/٢٠٢٦). */
const formatDate = (iso: string, locale: UiLocale) =>
  new Intl.DateTimeFormat(intlLocaleOf(locale), { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso),
  );

function varsOf(payload: Record<string, unknown>, locale: UiLocale): Record<string, string> {
  const str = (key: string) => (payload[key] == null ? '' : String(payload[key]));
  const deadline = str('deadline');
  return {
    rec: str('recommendationKey'),
    round: pick(payload.roundTitle, locale),
    deadline: deadline ? formatDate(deadline, locale) : '',
    items: str('items'),
    count:
      payload.count == null ? '' : new Intl.NumberFormat(intlLocaleOf(locale)).format(Number(payload.count)),
    subject: str('recommendationKey') || COMMON.measure[locale],
    comment: str('comment'),
    inviter: str('inviter'),
    expires: payload.expiresAt ? formatDate(str('expiresAt'), locale) : '',
  };
}

export interface MailContent {
  subject: string;
  text: string;
  html: string;
}

export interface MessageInput {
  kind: NotificationKind;
  payload: Record<string, unknown>;
  locale: UiLocale;
  name: string;
  /** The full link: PUBLIC_URL + path. */
  url: string;
}

/** One line of a notification, in the reader's language (for digests and the e-mail body). */
export function notificationLine(kind: NotificationKind, payload: Record<string, unknown>, locale: UiLocale) {
  return fill(KIND_TEXTS[kind].line[locale], varsOf(payload, locale));
}

function wrapHtml(locale: UiLocale, paragraphs: string[]): string {
  const dir = locale === 'ar' ? 'rtl' : 'ltr';
  return `<!doctype html><html lang="${locale}" dir="${dir}"><body style="font-family:sans-serif">${paragraphs.join('')}</body></html>`;
}

const link = (url: string) => `<a href="${escapeHtml(url)}">${escapeHtml(url)}</a>`;

export function composeMessage({ kind, payload, locale, name, url }: MessageInput): MailContent {
  const vars: Record<string, string> = { ...varsOf(payload, locale), name };
  const subject = fill(KIND_TEXTS[kind].subject[locale], vars);
  const lines = [fill(COMMON.hello[locale], vars), fill(KIND_TEXTS[kind].line[locale], vars)];
  if (vars.comment) lines.push(fill(COMMON.comment[locale], vars));
  // The footer speaks of an existing account and its e-mail choice: not for an invitation.
  const footer = kind === 'invitation' ? [] : [COMMON.footer[locale]];
  const text = [...lines, `${COMMON.open[locale]} ${url}`, ...footer.flatMap((f) => ['—', f])].join('\n\n');
  const html = wrapHtml(locale, [
    ...lines.map((l) => `<p dir="auto">${escapeHtml(l)}</p>`),
    `<p>${escapeHtml(COMMON.open[locale])} ${link(url)}</p>`,
    ...footer.map((f) => `<p style="color:#666;font-size:small">${escapeHtml(f)}</p>`),
  ]);
  return { subject, text, html };
}

export interface DigestItem {
  kind: NotificationKind;
  payload: Record<string, unknown>;
}

/** One e-mail gathering a day's notifications, each with its link. */
export function composeDigest(
  items: DigestItem[],
  { locale, name, day, publicUrl }: { locale: UiLocale; name: string; day: string; publicUrl: string },
): MailContent {
  const vars = { name, day: formatDate(day, locale) };
  const entries = items.map((item) => ({
    line: notificationLine(item.kind, item.payload, locale),
    url: publicUrl + notificationPath(item.kind, item.payload),
  }));
  const text = [
    fill(COMMON.hello[locale], vars),
    fill(COMMON.digestIntro[locale], vars),
    entries.map((e) => `• ${e.line}\n  ${e.url}`).join('\n'),
    '—',
    COMMON.footer[locale],
  ].join('\n\n');
  const html = wrapHtml(locale, [
    `<p>${escapeHtml(fill(COMMON.hello[locale], vars))}</p>`,
    `<p>${escapeHtml(fill(COMMON.digestIntro[locale], vars))}</p>`,
    `<ul>${entries.map((e) => `<li dir="auto">${escapeHtml(e.line)}<br>${link(e.url)}</li>`).join('')}</ul>`,
    `<p style="color:#666;font-size:small">${escapeHtml(COMMON.footer[locale])}</p>`,
  ]);
  return { subject: fill(COMMON.digestSubject[locale], vars), text, html };
}
