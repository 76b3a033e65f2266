/** The UI strings in English: the shared file plus one file per feature (see index.ts). */
import enAudit from './audit/en.json';
import enDashboard from './dashboard/en.json';
import enDocuments from './documents/en.json';
import en from './en.json';
import enEvidence from './evidence/en.json';
import enFollowup from './followup/en.json';
import enInstitutions from './institutions/en.json';
import enNotifications from './notifications/en.json';
import enPlans from './plans/en.json';
import enPortal from './portal/en.json';
import enTokens from './tokens/en.json';

// Pure: the app's bundle leaves out the languages it only loads on demand (see i18n/index.ts).
export const enStrings = /* @__PURE__ */ Object.assign({}, en, {
  institutions: enInstitutions,
  plans: enPlans,
  followup: enFollowup,
  evidence: enEvidence,
  notifications: enNotifications,
  audit: enAudit,
  dashboard: enDashboard,
  documents: enDocuments,
  portal: enPortal,
  tokens: enTokens,
});
