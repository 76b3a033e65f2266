import { type Database, findLiveApiToken, touchApiToken } from '@tatabbu/db';
import { API_TOKEN_PREFIX } from '@tatabbu/domain';
import { HttpError } from '../../http/errors.js';
import { actorOf, type SessionActor } from '../auth/session-plugin.js';
import { hashToken } from '../auth/tokens.js';

const READ_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The token of an `Authorization: Bearer …` header; null when the request does not use one. */
export function bearerToken(header: string | undefined): string | null {
  if (!header) return null;
  const match = /^bearer[ \t]+(.*)$/i.exec(header.trim());
  return match ? (match[1] ?? '').trim() : null;
}

/**
 * The actor of a request made with a personal API token: its owner, with the owner's current role
 * and scope (a token never has more rights than its owner; a disabled owner's tokens stop working).
 * Unknown, revoked or expired → 401; a `read` token asking to change anything → 403.
 */
export async function resolveApiToken(
  database: Database,
  token: string,
  method: string,
): Promise<SessionActor> {
  const found = token.startsWith(API_TOKEN_PREFIX)
    ? await findLiveApiToken(database.db, hashToken(token))
    : null;
  if (!found) throw new HttpError(401, 'token_invalid');
  const { token: apiToken, user } = found;
  if (!READ_METHODS.has(method) && !apiToken.scopes.includes('write')) {
    throw new HttpError(403, 'token_read_only');
  }
  await touchApiToken(database.db, apiToken);
  // No session: nothing to protect from cross-site requests, nothing to sign out.
  return actorOf(user, { csrfToken: '', tokenHash: '', via: 'token', tokenScopes: apiToken.scopes });
}
