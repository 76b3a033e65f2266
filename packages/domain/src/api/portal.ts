import { z } from 'zod';
import { localizedTextSchema, uiLocaleSchema } from '../i18n/languages.js';
import { termSchema } from './reference.js';

/** A child term (an SDG target, a sub-axis) and how many recommendations the caller may see carry it. */
export const termCountSchema = z.object({ term: termSchema, count: z.number().int() });

export const termChildrenSchema = z
  .object({ parent: termSchema, items: z.array(termCountSchema) })
  .meta({ id: 'TermChildren' });
export type TermChildren = z.infer<typeof termChildrenSchema>;

/** One review (UPR cycle, treaty-body examination, visit) of a mechanism, with its documents. */
export const mechanismReviewSchema = z.object({
  id: z.uuid(),
  title: localizedTextSchema,
  cycle: z.number().int().nullable(),
  session: z.number().int().nullable(),
  startDate: z.string().nullable(),
  endDate: z.string().nullable(),
  documents: z.array(z.object({ symbol: z.string(), date: z.string().nullable() })),
  count: z.number().int(),
});
export type MechanismReview = z.infer<typeof mechanismReviewSchema>;

export const mechanismReviewsSchema = z
  .object({
    mechanism: z.object({ code: z.string(), type: z.string(), name: localizedTextSchema }),
    items: z.array(mechanismReviewSchema),
  })
  .meta({ id: 'MechanismReviews' });
export type MechanismReviews = z.infer<typeof mechanismReviewsSchema>;

export const mechanismCodeParamsSchema = z.object({ code: z.string().min(1).max(40) });

/** The licence under which the published data is offered (open-data page, exports). */
export const openDataLicenceSchema = z.object({
  id: z.string(),
  name: z.string(),
  url: z.url(),
});
export type OpenDataLicence = z.infer<typeof openDataLicenceSchema>;

/** A coded value of a column or field (a position, a status) and its label. */
const dictionaryValueSchema = z.object({ code: z.string(), label: z.string() });

export const dictionaryEntrySchema = z.object({
  /** Column header (CSV/XLSX, in the requested language) or JSON path (`review.cycle`). */
  name: z.string(),
  /** Stable identifier of what it holds, shared by the tabular and JSON formats where they agree. */
  field: z.string(),
  type: z.string(),
  required: z.boolean(),
  description: z.string(),
  values: z.array(dictionaryValueSchema),
});
export type DictionaryEntry = z.infer<typeof dictionaryEntrySchema>;

export const dataDictionarySchema = z
  .object({
    lang: uiLocaleSchema,
    licence: openDataLicenceSchema,
    /** CSV and XLSX share their columns. */
    tabular: z.array(dictionaryEntrySchema),
    /** The exchange JSON format, one entry per field path of a recommendation record. */
    exchange: z.array(dictionaryEntrySchema),
  })
  .meta({ id: 'DataDictionary' });
export type DataDictionary = z.infer<typeof dataDictionarySchema>;

export const dictionaryQuerySchema = z.object({ lang: uiLocaleSchema.optional() });
