import type { ApiToken } from '@tatabbu/domain';

export type TokenState = 'active' | 'expired' | 'revoked';

/** Whether a token still works, as the server decides it (revocation first, then expiry). */
export function tokenState(token: ApiToken, now = Date.now()): TokenState {
  if (token.revokedAt) return 'revoked';
  if (token.expiresAt && Date.parse(token.expiresAt) <= now) return 'expired';
  return 'active';
}
