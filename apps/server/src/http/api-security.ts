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
