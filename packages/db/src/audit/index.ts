export { type AuditEventView, type AuditListQuery, lastAuditActor, listAuditEvents } from './list.js';
export { type AuditEventInput, recordAudit, recordAuditEvents } from './record.js';
export { type AuditChainVerdict, verifyAuditChain } from './verify.js';
