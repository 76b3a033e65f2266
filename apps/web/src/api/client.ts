/** A failed API call: the server's code and (already localised) message, and the HTTP status. */
export class ApiRequestError extends Error {
  override readonly name = 'ApiRequestError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

export const isApiError = (e: unknown, code?: string): e is ApiRequestError =>
  e instanceof ApiRequestError && (code === undefined || e.code === code);

type QueryValue = string | number | boolean | null | undefined | readonly (string | number)[];
export type Query = Record<string, QueryValue>;

interface ClientSettings {
  /** The UI language, sent as Accept-Language so the server localises labels and messages. */
  locale: () => string;
  /** Messages for failures that never reached the API (offline, proxy error page …). */
  fallbackMessage: (kind: 'network' | 'unexpected') => string;
}

let settings: ClientSettings = {
  locale: () => 'en',
  fallbackMessage: (kind) =>
    kind === 'network' ? 'Cannot reach the server.' : 'Unexpected answer from the server.',
};
let csrfToken: string | null = null;

export function configureClient(next: Partial<ClientSettings>): void {
  settings = { ...settings, ...next };
}

/** The session's CSRF token (from `me`); sent on every state-changing request. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** `?a=1&b=x&b=y` — arrays repeat the parameter, empty values are left out. */
export function toQueryString(query: Query | undefined): string {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value)) {
      for (const v of value) params.append(key, String(v));
    } else {
      params.append(key, String(value));
    }
  }
  const s = params.toString();
  return s ? `?${s}` : '';
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  query?: Query;
  body?: unknown;
  signal?: AbortSignal;
}

const SAFE = new Set(['GET', 'HEAD']);

/** JSON request to `/api/v1{path}`. Resolves to the parsed body (undefined for 204). */
export async function api<T>(
  path: string,
  { method = 'GET', query, body, signal }: RequestOptions = {},
): Promise<T> {
  const headers: Record<string, string> = {
    accept: 'application/json',
    'accept-language': settings.locale(),
  };
  // Fastify refuses an empty body announced as JSON: only send the header with a body.
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (!SAFE.has(method) && csrfToken) headers['x-csrf-token'] = csrfToken;

  let res: Response;
  try {
    res = await fetch(`/api/v1${path}${toQueryString(query)}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'same-origin',
      signal,
    });
  } catch (err) {
    if (err instanceof DOMException && err.name === 'AbortError') throw err;
    throw new ApiRequestError(0, 'network', settings.fallbackMessage('network'));
  }

  if (res.status === 204) return undefined as T;
  const text = await res.text();
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  if (!res.ok) {
    const parsed = await parseApiError(json);
    if (parsed?.success) {
      const { code, message, details } = parsed.data.error;
      throw new ApiRequestError(res.status, code, message, details);
    }
    throw new ApiRequestError(
      res.status,
      res.status >= 500 ? 'internal' : 'unexpected',
      settings.fallbackMessage('unexpected'),
    );
  }
  if (json === undefined && text) {
    throw new ApiRequestError(res.status, 'unexpected', settings.fallbackMessage('unexpected'));
  }
  return json as T;
}

/**
 * The error shape is checked by its zod schema, loaded on the first failure only: zod is not part
 * of the first load of a public page (bench/src/first-load.ts).
 */
async function parseApiError(json: unknown) {
  try {
    const { apiErrorSchema } = await import('@tatabbu/domain');
    return apiErrorSchema.safeParse(json);
  } catch {
    return undefined; // the chunk could not load: the caller falls back to a generic message
  }
}
