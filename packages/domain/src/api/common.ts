import { z } from 'zod';
import { localizedTextSchema } from '../i18n/languages.js';

export const idSchema = z.uuid();
export const idParamsSchema = z.object({ id: z.uuid() });

/** Optimistic concurrency: every write carries the version it was based on. */
export const versionSchema = z.number().int().nonnegative();

export const pageQuerySchema = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});

/** A multi-valued filter: `?x=a&x=b` or `?x=a,b`. */
export const multiValue = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((v) =>
    v === undefined
      ? []
      : (Array.isArray(v) ? v : [v])
          .flatMap((s) => s.split(','))
          .map((s) => s.trim())
          .filter(Boolean),
  );

export const facetBucketSchema = z.object({
  value: z.string(),
  label: localizedTextSchema,
  count: z.number().int(),
});
export type FacetBucket = z.infer<typeof facetBucketSchema>;

export const refSchema = z.object({
  id: z.string(),
  code: z.string().nullable(),
  name: localizedTextSchema,
});
export type Ref = z.infer<typeof refSchema>;
