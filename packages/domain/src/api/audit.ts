import { z } from 'zod';
import { pageQuerySchema } from './common.js';

/**
 * The audit trail (DESIGN §audit): `GET /api/v1/audit` lists events newest first,
 * `GET /api/v1/audit/verify` recomputes the hash chain. Coordinators and administrators only.
 */

/** A day (`2026-11-23`, whole UTC day) or an ISO 8601 instant. */
const dayOrInstant = z.union([z.iso.date(), z.iso.datetime({ offset: true })]);

const nextDay = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString();

export const auditListQuerySchema = pageQuerySchema
  .extend({
    entity: z.string().trim().min(1).max(100).optional(),
    entityId: z.string().trim().min(1).max(200).optional(),
    /** A user id, or `system` for events written by the system itself (CLI, scheduled jobs). */
    actor: z.union([z.uuid(), z.literal('system')]).optional(),
    action: z.string().trim().min(1).max(100).optional(),
    /** Events at or after this day or instant. */
    from: dayOrInstant.optional(),
    /** Events up to this instant (excluded), or up to the end of this day (included). */
    to: dayOrInstant.optional(),
  })
  .transform((q) => ({
    ...q,
    from: q.from && z.iso.date().safeParse(q.from).success ? `${q.from}T00:00:00Z` : q.from,
    to: q.to && z.iso.date().safeParse(q.to).success ? nextDay(q.to) : q.to,
  }))
  .refine((q) => !q.from || !q.to || Date.parse(q.from) < Date.parse(q.to), {
    path: ['to'],
    message: 'to must be after from',
  });
export type AuditListQuery = z.input<typeof auditListQuerySchema>;

export const auditEventSchema = z
  .object({
    seq: z.number().int(),
    at: z.string(),
    actorId: z.string().nullable(),
    actorName: z.string().nullable(),
    actorEmail: z.string().nullable(),
    action: z.string(),
    entity: z.string(),
    entityId: z.string().nullable(),
    before: z.unknown(),
    after: z.unknown(),
    changedFields: z.array(z.string()),
  })
  .meta({ id: 'AuditEvent' });
export type AuditEvent = z.infer<typeof auditEventSchema>;

export const auditListSchema = z.object({ items: z.array(auditEventSchema), total: z.number().int() });
export type AuditList = z.infer<typeof auditListSchema>;

/** The entities and actions present in the trail, to fill the filters. */
export const auditVocabularySchema = z.object({
  entities: z.array(z.string()),
  actions: z.array(z.string()),
});
export type AuditVocabulary = z.infer<typeof auditVocabularySchema>;

export const AUDIT_PROBLEM_KINDS = ['content_changed', 'events_missing', 'link_broken'] as const;

export const auditChainProblemSchema = z.object({
  seq: z.number().int(),
  kind: z.enum(AUDIT_PROBLEM_KINDS),
  missingFrom: z.number().int().optional(),
  missingTo: z.number().int().optional(),
});
export type AuditChainProblem = z.infer<typeof auditChainProblemSchema>;

export const auditVerifySchema = z
  .object({
    ok: z.boolean(),
    count: z.number().int(),
    brokenAt: z.number().int().nullable(),
    problems: z.array(auditChainProblemSchema),
  })
  .meta({ id: 'AuditChainVerdict' });
export type AuditVerify = z.infer<typeof auditVerifySchema>;
