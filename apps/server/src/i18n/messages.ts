import type { ErrorCode, UiLocale } from '@tatabbu/domain';

/** Error messages shown to people, in every UI language (a test checks completeness). */
export const ERROR_MESSAGES: Record<ErrorCode, Record<UiLocale, string>> = {
  validation_failed: {
    en: 'Some of the information sent is not valid.',
    fr: 'Certaines informations envoyées ne sont pas valides.',
    ar: 'بعض المعطيات المرسلة غير صالحة.',
  },
  not_found: {
    en: 'This item does not exist or you may not see it.',
    fr: "Cet élément n'existe pas ou vous n'êtes pas autorisé à le voir.",
    ar: 'هذا العنصر غير موجود أو لا يسمح لك بالاطلاع عليه.',
  },
  unauthenticated: {
    en: 'Please sign in to continue.',
    fr: 'Veuillez vous connecter pour continuer.',
    ar: 'يرجى تسجيل الدخول للمتابعة.',
  },
  forbidden: {
    en: 'Your role does not allow this action.',
    fr: 'Votre rôle ne permet pas cette action.',
    ar: 'دورك لا يسمح بهذا الإجراء.',
  },
  csrf_failed: {
    en: 'The security token of this page is missing or out of date. Reload the page and try again.',
    fr: 'Le jeton de sécurité de cette page est absent ou périmé. Rechargez la page et réessayez.',
    ar: 'رمز الأمان لهذه الصفحة مفقود أو منتهي الصلاحية. أعد تحميل الصفحة وحاول مرة أخرى.',
  },
  invalid_credentials: {
    en: 'The e-mail address or the password is not correct.',
    fr: "L'adresse électronique ou le mot de passe est incorrect.",
    ar: 'البريد الإلكتروني أو كلمة المرور غير صحيحة.',
  },
  too_many_attempts: {
    en: 'Too many failed attempts. Try again in a few minutes.',
    fr: 'Trop de tentatives échouées. Réessayez dans quelques minutes.',
    ar: 'محاولات فاشلة كثيرة. أعد المحاولة بعد بضع دقائق.',
  },
  session_expired: {
    en: 'Your session has expired. Please sign in again.',
    fr: 'Votre session a expiré. Veuillez vous reconnecter.',
    ar: 'انتهت صلاحية جلستك. يرجى تسجيل الدخول من جديد.',
  },
  stale_version: {
    en: 'This record was changed by someone else in the meantime. Reload it to see the changes, then try again.',
    fr: "Cet enregistrement a été modifié entre-temps par quelqu'un d'autre. Rechargez-le pour voir les modifications, puis réessayez.",
    ar: 'عُدّل هذا السجل من قبل شخص آخر في الأثناء. أعد تحميله للاطلاع على التعديلات ثم حاول مجددا.',
  },
  conflict: {
    en: 'This conflicts with an existing record.',
    fr: 'Cela entre en conflit avec un enregistrement existant.',
    ar: 'هذا يتعارض مع سجل موجود.',
  },
  weak_password: {
    en: 'The password must have at least 12 characters, not be too repetitive and not contain your e-mail name.',
    fr: 'Le mot de passe doit comporter au moins 12 caractères, ne pas être trop répétitif et ne pas contenir le nom de votre adresse électronique.',
    ar: 'يجب أن تتكون كلمة المرور من 12 حرفا على الأقل، وألا تكون كثيرة التكرار، وألا تتضمن اسم بريدك الإلكتروني.',
  },
  password_change_required: {
    en: 'Please choose a new password before continuing.',
    fr: 'Veuillez choisir un nouveau mot de passe avant de continuer.',
    ar: 'يرجى اختيار كلمة مرور جديدة قبل المتابعة.',
  },
  account_disabled: {
    en: 'This account is disabled. Contact your administrator.',
    fr: 'Ce compte est désactivé. Contactez votre administrateur.',
    ar: 'هذا الحساب معطل. اتصل بالمسؤول عن النظام.',
  },
  internal: {
    en: 'Something went wrong on the server. Nothing was changed; try again later.',
    fr: "Une erreur s'est produite sur le serveur. Rien n'a été modifié ; réessayez plus tard.",
    ar: 'حدث خطأ في الخادم. لم يتم تغيير أي شيء؛ حاول مرة أخرى لاحقا.',
  },
  not_ready: {
    en: 'The service is starting or its database is unreachable.',
    fr: 'Le service démarre ou sa base de données est injoignable.',
    ar: 'الخدمة قيد التشغيل أو قاعدة بياناتها غير متاحة.',
  },
  // Follow-up rounds and progress updates
  step_not_allowed: {
    en: 'This step is not possible now: the update or its round is no longer at that stage. Reload to see where it stands.',
    fr: "Cette étape n'est pas possible maintenant : la mise à jour ou son cycle n'en est plus à ce stade. Rechargez pour voir où elle en est.",
    ar: 'هذه الخطوة غير ممكنة الآن: لم يعد التحيين أو جولته في هذه المرحلة. أعد التحميل لمعرفة وضعه.',
  },
  // Invitations by e-mail (notifications feature)
  invitation_expired: {
    en: 'This invitation link has expired. Ask the person who invited you to send a new one.',
    fr: "Ce lien d'invitation a expiré. Demandez à la personne qui vous a invité d'en envoyer un nouveau.",
    ar: 'انتهت صلاحية رابط الدعوة هذا. اطلب من الشخص الذي دعاك إرسال رابط جديد.',
  },
  invitation_used: {
    en: 'This invitation link has already been used. Sign in with your e-mail address and password.',
    fr: "Ce lien d'invitation a déjà été utilisé. Connectez-vous avec votre adresse électronique et votre mot de passe.",
    ar: 'سبق استخدام رابط الدعوة هذا. سجّل الدخول ببريدك الإلكتروني وكلمة المرور.',
  },
  // Evidence files (attachments)
  file_too_large: {
    en: 'This file is larger than the limit for evidence files.',
    fr: 'Ce fichier dépasse la taille maximale des pièces justificatives.',
    ar: 'حجم هذا الملف يتجاوز الحد الأقصى المسموح به لملفات الإثبات.',
  },
  file_type_refused: {
    en: 'This type of file is not accepted. Send a PDF, an image (PNG, JPEG, WebP, GIF), an office document (Word, Excel, PowerPoint, OpenDocument) or plain text/CSV.',
    fr: "Ce type de fichier n'est pas accepté. Envoyez un PDF, une image (PNG, JPEG, WebP, GIF), un document bureautique (Word, Excel, PowerPoint, OpenDocument) ou du texte brut/CSV.",
    ar: 'هذا النوع من الملفات غير مقبول. أرسل ملف PDF أو صورة (PNG أو JPEG أو WebP أو GIF) أو مستندا مكتبيا (Word أو Excel أو PowerPoint أو OpenDocument) أو نصا عاديا/CSV.',
  },
  file_empty: {
    en: 'This file is empty.',
    fr: 'Ce fichier est vide.',
    ar: 'هذا الملف فارغ.',
  },
  // Personal API tokens and the anonymous rate limit
  token_invalid: {
    en: 'This API token is unknown, revoked or expired, or its owner can no longer sign in. Create a new token from your account page.',
    fr: "Ce jeton d'API est inconnu, révoqué ou expiré, ou son titulaire ne peut plus se connecter. Créez un nouveau jeton depuis la page de votre compte.",
    ar: 'رمز الواجهة البرمجية هذا غير معروف أو ملغى أو منتهي الصلاحية، أو لم يعد بإمكان صاحبه تسجيل الدخول. أنشئ رمزا جديدا من صفحة حسابك.',
  },
  token_read_only: {
    en: 'This API token may only read. Use a token with the write scope to make changes.',
    fr: "Ce jeton d'API ne permet que la lecture. Utilisez un jeton doté de la portée écriture pour effectuer des modifications.",
    ar: 'رمز الواجهة البرمجية هذا مخصص للقراءة فقط. استعمل رمزا بصلاحية الكتابة لإجراء التعديلات.',
  },
  session_required: {
    en: 'This action needs a signed-in session in the browser; an API token cannot do it.',
    fr: "Cette action nécessite une session ouverte dans le navigateur ; un jeton d'API ne peut pas l'effectuer.",
    ar: 'يتطلب هذا الإجراء جلسة مفتوحة في المتصفح، ولا يمكن تنفيذه برمز الواجهة البرمجية.',
  },
  rate_limited: {
    en: 'Too many requests from your address. Wait a moment and try again, or sign in or use an API token.',
    fr: 'Trop de requêtes depuis votre adresse. Patientez un instant puis réessayez, ou connectez-vous ou utilisez un jeton d’API.',
    ar: 'طلبات كثيرة صادرة من عنوانك. انتظر قليلا ثم أعد المحاولة، أو سجّل الدخول أو استعمل رمز الواجهة البرمجية.',
  },
};
