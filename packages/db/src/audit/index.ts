export { type AuditEventView, type AuditListQuery, lastAuditActor, listAuditEvents } from './list.js';
export { type AuditEventInput, recordAudit } from './record.js';
export { type AuditChainVerdict, verifyAuditChain } from './verify.js';
