import { z } from 'zod';
import { localizedTextSchema } from '../i18n/languages.js';
import { institutionKindSchema, mechanismTypeSchema, vocabularySchema } from '../vocab/vocabularies.js';

export const institutionSchema = z
  .object({
    id: z.uuid(),
    code: z.string(),
    kind: institutionKindSchema,
    name: localizedTextSchema,
    acronym: localizedTextSchema,
    active: z.boolean(),
  })
  .meta({ id: 'Institution' });
export type Institution = z.infer<typeof institutionSchema>;

export const mechanismSchema = z
  .object({
    id: z.uuid(),
    code: z.string(),
    type: mechanismTypeSchema,
    name: localizedTextSchema,
  })
  .meta({ id: 'Mechanism' });
export type Mechanism = z.infer<typeof mechanismSchema>;

export const termSchema = z
  .object({
    id: z.uuid(),
    vocabulary: vocabularySchema,
    code: z.string().nullable(),
    parentId: z.uuid().nullable(),
    name: localizedTextSchema,
    sort: z.number().int(),
  })
  .meta({ id: 'Term' });
export type Term = z.infer<typeof termSchema>;

export const countrySchema = z
  .object({ iso2: z.string(), iso3: z.string().nullable(), name: localizedTextSchema, unMember: z.boolean() })
  .meta({ id: 'Country' });
export type Country = z.infer<typeof countrySchema>;
