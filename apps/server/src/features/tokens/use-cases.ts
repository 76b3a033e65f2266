import { createApiToken, type Database, getUserById, listApiTokens, revokeApiToken } from '@tatabbu/db';
import { API_TOKEN_PREFIX, type ApiTokenCreate, tokenExpiry } from '@tatabbu/domain';
import { HttpError } from '../../http/errors.js';
import { hashToken, newToken } from '../auth/tokens.js';

/** How many characters of a token are kept to recognise it in lists: `ttb_` and 8 more. */
const PREFIX_LENGTH = API_TOKEN_PREFIX.length + 8;

/**
 * Creates a personal API token for `userId` and returns it, the only time it is ever shown:
 * only its SHA-256 is stored.
 */
export async function issueApiToken(database: Database, userId: string, input: ApiTokenCreate) {
  const expiresAt = input.expiresOn ? tokenExpiry(input.expiresOn) : null;
  if (expiresAt && expiresAt.getTime() <= Date.now()) {
    throw new HttpError(400, 'validation_failed', {
      issues: [{ path: 'expiresOn', message: 'must be today or a later day' }],
    });
  }
  const token = `${API_TOKEN_PREFIX}${newToken()}`;
  const apiToken = await createApiToken(
    database.db,
    {
      userId,
      name: input.name,
      tokenHash: hashToken(token),
      prefix: token.slice(0, PREFIX_LENGTH),
      scopes: input.scopes,
      expiresAt,
    },
    userId,
  );
  return { token, apiToken };
}

/** Another user's tokens (administrators): 404 for a user that does not exist. */
export async function tokensOfUser(database: Database, userId: string) {
  if (!(await getUserById(database.db, userId))) throw new HttpError(404, 'not_found');
  return listApiTokens(database.db, userId);
}

export async function revokeTokenOf(database: Database, userId: string, tokenId: string, actorId: string) {
  const revoked = await revokeApiToken(database.db, userId, tokenId, actorId);
  if (!revoked) throw new HttpError(404, 'not_found');
  return revoked;
}
