import { z } from 'zod';
import { localizedTextSchema } from '../i18n/languages.js';
import { assignmentRoleSchema } from '../vocab/vocabularies.js';
import { pageQuerySchema } from './common.js';
import { recommendationFiltersSchema } from './recommendations.js';
import { MAX_BULK_IDS } from './tagging.js';

const personRefSchema = z.object({ id: z.uuid(), name: z.string() }).nullable();

/**
 * One assignment of a recommendation to an institution. A role change or an end never rewrites it:
 * the row gets `endedAt`/`endedBy` and, for a role change, a new row starts — the history stays.
 */
export const assignmentSchema = z
  .object({
    id: z.uuid(),
    recommendationId: z.uuid(),
    recommendationKey: z.string(),
    institution: z.object({
      id: z.uuid(),
      code: z.string(),
      name: localizedTextSchema,
      acronym: localizedTextSchema,
    }),
    role: assignmentRoleSchema,
    assignedAt: z.string(),
    assignedBy: personRefSchema,
    endedAt: z.string().nullable(),
    endedBy: personRefSchema,
  })
  .meta({ id: 'Assignment' });
export type Assignment = z.infer<typeof assignmentSchema>;

/**
 * `GET /assignments`: by recommendation (current and ended, newest first) or by institution
 * (current ones, paged). Exactly one of the two.
 */
export const assignmentListQuerySchema = z
  .object({
    recommendationId: z.uuid().optional(),
    institutionId: z.uuid().optional(),
  })
  .extend(pageQuerySchema.shape)
  .refine((v) => (v.recommendationId === undefined) !== (v.institutionId === undefined), {
    message: 'give either recommendationId or institutionId',
    path: ['recommendationId'],
  });
export type AssignmentListQuery = z.infer<typeof assignmentListQuerySchema>;

export const assignmentListSchema = z.object({ items: z.array(assignmentSchema), total: z.number().int() });
export type AssignmentList = z.infer<typeof assignmentListSchema>;

/**
 * `POST /assignments`. Already assigned with that role: nothing changes. Assigned with the other
 * role: the role changes. A new lead demotes the previous lead to contributing (one lead at most).
 */
export const assignmentCreateSchema = z
  .object({
    recommendationId: z.uuid(),
    institutionId: z.uuid(),
    role: assignmentRoleSchema,
  })
  .meta({ id: 'AssignmentCreate' });
export type AssignmentCreate = z.infer<typeof assignmentCreateSchema>;

/** `PATCH /assignments/{id}`: a new role for a current assignment (an ended one answers 409). */
export const assignmentUpdateSchema = z
  .object({ role: assignmentRoleSchema })
  .meta({ id: 'AssignmentUpdate' });
export type AssignmentUpdate = z.infer<typeof assignmentUpdateSchema>;

/** What a single assignment request did, and the recommendation's assignments after it. */
export const assignmentResultSchema = z
  .object({
    changed: z.boolean(),
    /** The current assignment of that institution (null after an end). */
    assignment: assignmentSchema.nullable(),
  })
  .meta({ id: 'AssignmentResult' });
export type AssignmentResult = z.infer<typeof assignmentResultSchema>;

/**
 * `POST /assignments/bulk`: the recommendations named by `ids`, or every one matching the list's
 * `filters` (within the caller's scope), are assigned to one institution with one role.
 */
export const bulkAssignSchema = z
  .object({
    ids: z.array(z.uuid()).min(1).max(MAX_BULK_IDS).optional(),
    filters: recommendationFiltersSchema.optional(),
    institutionId: z.uuid(),
    role: assignmentRoleSchema,
    /** Only count what would change; nothing is written. */
    dryRun: z.boolean().default(false),
  })
  .refine((v) => (v.ids === undefined) !== (v.filters === undefined), {
    message: 'give either ids or filters',
    path: ['ids'],
  })
  .meta({ id: 'BulkAssign' });
export type BulkAssign = z.infer<typeof bulkAssignSchema>;
export type BulkAssignInput = z.input<typeof bulkAssignSchema>;

export const bulkAssignResultSchema = z
  .object({
    /** Recommendations the filters selected. */
    matched: z.number().int(),
    /** Newly assigned to the institution, or given the asked role. */
    assigned: z.number().int(),
    /** Already assigned with that role. */
    unchanged: z.number().int(),
    /** Previous leads demoted to contributing (role lead only). */
    demoted: z.number().int(),
    dryRun: z.boolean(),
  })
  .meta({ id: 'BulkAssignResult' });
export type BulkAssignResult = z.infer<typeof bulkAssignResultSchema>;
