import { z } from 'zod';
import { roleSchema } from '../auth/roles.js';
import { uiLocaleSchema } from '../i18n/languages.js';

export const PASSWORD_MIN_LENGTH = 12;

/** Password policy: long enough, not trivially repetitive, not the e-mail. Returns a reason or null. */
export function passwordProblem(
  password: string,
  email?: string,
): 'too_short' | 'too_simple' | 'contains_email' | null {
  if ([...password].length < PASSWORD_MIN_LENGTH) return 'too_short';
  if (new Set(password).size < 5) return 'too_simple';
  const local = email?.split('@')[0]?.toLowerCase();
  if (local && local.length >= 4 && password.toLowerCase().includes(local)) return 'contains_email';
  return null;
}

export const loginBodySchema = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email()),
  password: z.string().min(1).max(1024),
});

export const changePasswordBodySchema = z.object({
  currentPassword: z.string().min(1).max(1024),
  newPassword: z.string().min(1).max(1024),
});

export const meSchema = z
  .object({
    id: z.uuid(),
    email: z.string(),
    name: z.string(),
    role: roleSchema,
    institutionId: z.uuid().nullable(),
    organizationId: z.uuid().nullable(),
    locale: uiLocaleSchema.nullable(),
    mustChangePassword: z.boolean(),
    /** Send it back in the `x-csrf-token` header on every state-changing request. */
    csrfToken: z.string(),
  })
  .meta({ id: 'Me' });
export type Me = z.infer<typeof meSchema>;
