import { SESSION_COOKIE } from '../features/auth/session-plugin.js';

/** How callers authenticate, for the OpenAPI description (the session plugin does the checking). */
export const API_SECURITY_SCHEMES = {
  cookieAuth: {
    type: 'apiKey',
    in: 'cookie',
    name: SESSION_COOKIE,
    description:
      'The browser session from POST /auth/login. State-changing requests also need the `x-csrf-token` ' +
      'header (its value comes with /auth/login and /auth/me).',
  },
  bearerAuth: {
    type: 'http',
    scheme: 'bearer',
    bearerFormat: 'ttb_…',
    description:
      'A personal API token (account page, or POST /me/tokens): `Authorization: Bearer ttb_…`. Acts as ' +
      'its owner; a `read` token may only use GET. No CSRF header needed.',
  },
} as const;

/** Every route: anonymous (published data only), a session, or a token; each route says what it needs. */
export const API_SECURITY: Record<string, string[]>[] = [{}, { cookieAuth: [] }, { bearerAuth: [] }];

/** The introduction of the OpenAPI description: authentication, errors, versions, limits, pages. */
export const API_DESCRIPTION = [
  'Follow-up of human-rights recommendations (guide: docs/api.md).',
  'Authentication: anonymous callers read published data only. A browser session is a cookie from ' +
    'POST /auth/login; its state-changing requests need the `x-csrf-token` header (from /auth/me). ' +
    'Integrations use a personal API token: `Authorization: Bearer ttb_…` (scopes `read`, `write`; no CSRF ' +
    'header), acting with the rights of its owner.',
  'Errors: `{ error: { code, message, details } }`, the message in the request language (Accept-Language).',
  "Writes take the record's `version` and answer 409 on a stale one.",
  'Lists take `page` and `pageSize` (at most 100) and answer `{ items, total }`.',
  'Rate limit: anonymous API requests are limited per address and per minute (300 by default); past it, ' +
    '429 `rate_limited` with a `retry-after` header in seconds. Signed-in and token requests are not limited ' +
    'unless the instance sets a limit.',
].join('\n\n');
