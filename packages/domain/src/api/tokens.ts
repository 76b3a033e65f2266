import { z } from 'zod';
import { API_TOKEN_SCOPES } from '../vocab/documents.js';

/** Every personal API token starts with this, so that leaked tokens are easy to recognise and scan for. */
export const API_TOKEN_PREFIX = 'ttb_';

export const apiTokenScopeSchema = z.enum(API_TOKEN_SCOPES);

/** A personal API token as listed: never the token itself, only its first characters. */
export const apiTokenSchema = z
  .object({
    id: z.uuid(),
    userId: z.uuid(),
    name: z.string(),
    /** The token's first characters (`ttb_3f9a…`), to recognise it. */
    prefix: z.string(),
    scopes: z.array(apiTokenScopeSchema),
    createdAt: z.string(),
    lastUsedAt: z.string().nullable(),
    expiresAt: z.string().nullable(),
    revokedAt: z.string().nullable(),
  })
  .meta({ id: 'ApiToken' });
export type ApiToken = z.infer<typeof apiTokenSchema>;

export const apiTokenListSchema = z.object({ items: z.array(apiTokenSchema) }).meta({ id: 'ApiTokenList' });

export const apiTokenCreateSchema = z.object({
  name: z.string().trim().min(1).max(100),
  /** `write` implies reading: a write token is given both scopes. */
  scopes: z
    .array(apiTokenScopeSchema)
    .min(1)
    .max(API_TOKEN_SCOPES.length)
    .transform((s) => (s.includes('write') ? ['read', 'write'] : ['read']) as ('read' | 'write')[]),
  /** Last day of validity (UTC), inclusive; none for a token that lasts until revoked. */
  expiresOn: z.iso.date().nullable().optional(),
});
export type ApiTokenCreate = z.infer<typeof apiTokenCreateSchema>;

/** Answer to creating a token: the token itself, shown this once, and its listed form. */
export const apiTokenCreatedSchema = z
  .object({ token: z.string(), apiToken: apiTokenSchema })
  .meta({ id: 'ApiTokenCreated' });

export const userTokenParamsSchema = z.object({ id: z.uuid(), tokenId: z.uuid() });

/** The instant a token stops working: the end of its last day, in UTC. */
export const tokenExpiry = (expiresOn: string): Date => new Date(`${expiresOn}T23:59:59.999Z`);
