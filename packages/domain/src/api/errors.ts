import { z } from 'zod';

/** The one error shape of the API (DESIGN §4). */
export const apiErrorSchema = z
  .object({
    error: z.object({
      code: z.string(),
      message: z.string(),
      details: z.unknown().optional(),
    }),
  })
  .meta({ id: 'Error' });
export type ApiError = z.infer<typeof apiErrorSchema>;

export const ERROR_CODES = [
  'validation_failed',
  'not_found',
  'unauthenticated',
  'forbidden',
  'csrf_failed',
  'invalid_credentials',
  'too_many_attempts',
  'session_expired',
  'stale_version',
  'conflict',
  'weak_password',
  'password_change_required',
  'account_disabled',
  'internal',
  'not_ready',
  /** Follow-up: the step is not possible from where the update or round is now. */
  'step_not_allowed',
  /** Invitation links: past their expiry, or already used once. */
  'invitation_expired',
  'invitation_used',
  /** Evidence files: over the size limit, of a refused type, empty. */
  'file_too_large',
  'file_type_refused',
  'file_empty',
  /** Personal API tokens: unknown, revoked or expired; a read-only token used to write; a session-only action. */
  'token_invalid',
  'token_read_only',
  'session_required',
  /** Too many requests from one address (anonymous rate limit). */
  'rate_limited',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];
