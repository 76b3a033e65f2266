import { z } from 'zod';
import { roleSchema } from '../auth/roles.js';
import { CONTENT_LANGS, type LocalizedText, localizedTextSchema } from '../i18n/languages.js';
import { institutionKindSchema } from '../vocab/vocabularies.js';
import { multiValue, versionSchema } from './common.js';
import { institutionSchema } from './reference.js';

/** A name or acronym: trimmed, empty languages dropped. */
const localizedInput = z
  .object({
    ar: z.string().trim().max(300).optional(),
    fr: z.string().trim().max(300).optional(),
    en: z.string().trim().max(300).optional(),
    es: z.string().trim().max(300).optional(),
  })
  .transform((v): LocalizedText => {
    const out: LocalizedText = {};
    for (const lang of CONTENT_LANGS) if (v[lang]) out[lang] = v[lang];
    return out;
  });

const hasSomeText = (v: LocalizedText) => Object.values(v).some((s) => Boolean(s?.trim()));
const nameRequired = { message: 'a name in at least one language is required', path: ['name'] };

/** Letters, digits and `._-`: codes are used by imports and in URLs of filtered lists. */
const codeSchema = z
  .string()
  .trim()
  .min(1)
  .max(40)
  .regex(/^[\p{L}\p{N}._-]+$/u, 'letters, digits, dot, dash and underscore only');

/** `GET /institutions`: the whole (small) list, searched and filtered; never paged. */
export const institutionListQuerySchema = z.object({
  /** Searched in names and acronyms of every language and in the code. */
  q: z.string().trim().max(200).optional(),
  kind: multiValue,
  /** `true`: active ones only (pickers); default `all`, so old records still show their institution. */
  active: z.enum(['true', 'false', 'all']).default('all'),
});
export type InstitutionListQuery = z.infer<typeof institutionListQuerySchema>;

/** An institution with its counts, as the list shows it. */
export const institutionSummarySchema = institutionSchema
  .extend({
    parentId: z.uuid().nullable(),
    version: versionSchema,
    updatedAt: z.string(),
    /** Current assignments over the recommendations the reader may see. */
    leadCount: z.number().int(),
    contributingCount: z.number().int(),
    /** Users of the institution: for staff and the institution's own members, else null. */
    memberCount: z.number().int().nullable(),
  })
  .meta({ id: 'InstitutionSummary' });
export type InstitutionSummary = z.infer<typeof institutionSummarySchema>;

export const institutionMemberSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  email: z.string(),
  role: roleSchema,
  active: z.boolean(),
});
export type InstitutionMember = z.infer<typeof institutionMemberSchema>;

export const institutionDetailSchema = institutionSummarySchema
  .extend({
    parent: z.object({ id: z.uuid(), code: z.string(), name: localizedTextSchema }).nullable(),
    /** Focal points first; null when the reader may not see them. */
    members: z.array(institutionMemberSchema).nullable(),
  })
  .meta({ id: 'InstitutionDetail' });
export type InstitutionDetail = z.infer<typeof institutionDetailSchema>;

export const institutionCreateSchema = z
  .object({
    code: codeSchema,
    kind: institutionKindSchema,
    name: localizedInput,
    acronym: localizedInput.default({}),
    parentId: z.uuid().nullable().default(null),
  })
  .refine((v) => hasSomeText(v.name), nameRequired)
  .meta({ id: 'InstitutionCreate' });
export type InstitutionCreate = z.infer<typeof institutionCreateSchema>;
export type InstitutionCreateInput = z.input<typeof institutionCreateSchema>;

/** Changes, based on the version read; `active: false` deactivates (institutions are never deleted). */
export const institutionUpdateSchema = z
  .object({
    version: versionSchema,
    code: codeSchema.optional(),
    kind: institutionKindSchema.optional(),
    name: localizedInput.optional(),
    acronym: localizedInput.optional(),
    parentId: z.uuid().nullable().optional(),
    active: z.boolean().optional(),
  })
  .refine((v) => v.name === undefined || hasSomeText(v.name), nameRequired)
  .meta({ id: 'InstitutionUpdate' });
export type InstitutionUpdate = z.infer<typeof institutionUpdateSchema>;
export type InstitutionUpdateInput = z.input<typeof institutionUpdateSchema>;
