/**
 * The UI strings of each language: the shared file plus one file per feature, each under its own
 * top-level key, so that features can grow their strings without touching each other's files.
 */

import ar from './ar.json';
import arAudit from './audit/ar.json';
import enAudit from './audit/en.json';
import frAudit from './audit/fr.json';
import arDashboard from './dashboard/ar.json';
import enDashboard from './dashboard/en.json';
import frDashboard from './dashboard/fr.json';
import arDocuments from './documents/ar.json';
import enDocuments from './documents/en.json';
import frDocuments from './documents/fr.json';
import en from './en.json';
import arEvidence from './evidence/ar.json';
import enEvidence from './evidence/en.json';
import frEvidence from './evidence/fr.json';
import arFollowup from './followup/ar.json';
import enFollowup from './followup/en.json';
import frFollowup from './followup/fr.json';
import fr from './fr.json';
import arInstitutions from './institutions/ar.json';
import enInstitutions from './institutions/en.json';
import frInstitutions from './institutions/fr.json';
import arNotifications from './notifications/ar.json';
import enNotifications from './notifications/en.json';
import frNotifications from './notifications/fr.json';
import arPlans from './plans/ar.json';
import enPlans from './plans/en.json';
import frPlans from './plans/fr.json';
import arPortal from './portal/ar.json';
import enPortal from './portal/en.json';
import frPortal from './portal/fr.json';
import arTokens from './tokens/ar.json';
import enTokens from './tokens/en.json';
import frTokens from './tokens/fr.json';

export const enStrings = {
  ...en,
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
};

export const frStrings: typeof enStrings = {
  ...fr,
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
};

export const arStrings: typeof enStrings = {
  ...ar,
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
};
