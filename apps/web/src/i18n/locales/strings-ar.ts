/** The UI strings in Arabic: the shared file plus one file per feature (see index.ts). */

import ar from './ar.json';
import arAudit from './audit/ar.json';
import arDashboard from './dashboard/ar.json';
import arDocuments from './documents/ar.json';
import arEvidence from './evidence/ar.json';
import arFollowup from './followup/ar.json';
import arInstitutions from './institutions/ar.json';
import arNotifications from './notifications/ar.json';
import arPlans from './plans/ar.json';
import arPortal from './portal/ar.json';
import type { enStrings } from './strings-en';
import arTokens from './tokens/ar.json';

// Pure: the app's bundle leaves out the languages it only loads on demand (see i18n/index.ts).
export const arStrings: typeof enStrings = /* @__PURE__ */ Object.assign({}, ar, {
  institutions: arInstitutions,
  plans: arPlans,
  followup: arFollowup,
  evidence: arEvidence,
  notifications: arNotifications,
  audit: arAudit,
  dashboard: arDashboard,
  documents: arDocuments,
  portal: arPortal,
  tokens: arTokens,
});
