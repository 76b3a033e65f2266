import { z } from 'zod';
import { userSchema } from './users.js';

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

/** The signed-in user: their account fields plus the session's CSRF token. */
export const meSchema = userSchema
  .pick({
    id: true,
    email: true,
    name: true,
    role: true,
    institutionId: true,
    organizationId: true,
    locale: true,
    mustChangePassword: true,
  })
  .extend({
    /** Send it back in the `x-csrf-token` header on every state-changing request. */
    csrfToken: z.string(),
  })
  .meta({ id: 'Me' });
export type Me = z.infer<typeof meSchema>;
