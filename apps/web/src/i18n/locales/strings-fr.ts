/** The UI strings in French: the shared file plus one file per feature (see index.ts). */

import frAudit from './audit/fr.json';
import frDashboard from './dashboard/fr.json';
import frDocuments from './documents/fr.json';
import frEvidence from './evidence/fr.json';
import frFollowup from './followup/fr.json';
import fr from './fr.json';
import frInstitutions from './institutions/fr.json';
import frNotifications from './notifications/fr.json';
import frPlans from './plans/fr.json';
import frPortal from './portal/fr.json';
import type { enStrings } from './strings-en';
import frTokens from './tokens/fr.json';

// Pure: the app's bundle leaves out the languages it only loads on demand (see i18n/index.ts).
export const frStrings: typeof enStrings = /* @__PURE__ */ Object.assign({}, fr, {
  institutions: frInstitutions,
  plans: frPlans,
  followup: frFollowup,
  evidence: frEvidence,
  notifications: frNotifications,
  audit: frAudit,
  dashboard: frDashboard,
  documents: frDocuments,
  portal: frPortal,
  tokens: frTokens,
});
