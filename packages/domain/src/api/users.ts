import { z } from 'zod';
import { roleSchema } from '../auth/roles.js';
import { uiLocaleSchema } from '../i18n/languages.js';
import { pageQuerySchema, versionSchema } from './common.js';

export const userSchema = z
  .object({
    id: z.uuid(),
    email: z.string(),
    name: z.string(),
    role: roleSchema,
    institutionId: z.uuid().nullable(),
    organizationId: z.uuid().nullable(),
    locale: uiLocaleSchema.nullable(),
    active: z.boolean(),
    mustChangePassword: z.boolean(),
    lastLoginAt: z.string().nullable(),
    createdAt: z.string(),
    version: versionSchema,
  })
  .meta({ id: 'User' });
export type User = z.infer<typeof userSchema>;

export const userListQuerySchema = pageQuerySchema.extend({
  q: z.string().trim().max(200).optional(),
  role: roleSchema.optional(),
  institutionId: z.uuid().optional(),
});

export const userCreateSchema = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email()),
  name: z.string().trim().min(1).max(200),
  role: roleSchema,
  institutionId: z.uuid().nullable().optional(),
  organizationId: z.uuid().nullable().optional(),
  locale: uiLocaleSchema.nullable().optional(),
});
export type UserCreate = z.infer<typeof userCreateSchema>;

export const userUpdateSchema = z.object({
  version: versionSchema,
  name: z.string().trim().min(1).max(200).optional(),
  role: roleSchema.optional(),
  institutionId: z.uuid().nullable().optional(),
  organizationId: z.uuid().nullable().optional(),
  locale: uiLocaleSchema.nullable().optional(),
  active: z.boolean().optional(),
});
export type UserUpdate = z.infer<typeof userUpdateSchema>;

/** Answer to creating a user or resetting a password: the one-time password, shown once. */
export const userWithPasswordSchema = z.object({ user: userSchema, oneTimePassword: z.string() });
