export {
  type AuditEventView,
  type AuditListQuery,
  auditVocabulary,
  changedFields,
  lastAuditActor,
  listAuditEvents,
} from './list.js';
export { type AuditEventInput, recordAudit, recordAuditEvents } from './record.js';
export {
  type AuditChainProblem,
  type AuditChainProblemKind,
  type AuditChainVerdict,
  verifyAuditChain,
} from './verify.js';
