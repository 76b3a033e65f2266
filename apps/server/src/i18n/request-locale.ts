import { isUiLocale, LOCALE_COOKIE, negotiateLocale, type UiLocale } from '@tatabbu/domain';
import type { FastifyRequest } from 'fastify';

const asLocale = (v: unknown): UiLocale | undefined => (isUiLocale(v) ? v : undefined);

/**
 * The language of a request: the user's explicit choice (`?lang=`, then the language cookie the
 * web app sets, then the signed-in user's saved preference), else the browser's Accept-Language,
 * else the instance default.
 */
export function requestLocale(req: FastifyRequest, fallback: UiLocale): UiLocale {
  const query = req.query as Record<string, unknown> | undefined;
  return (
    asLocale(query?.lang) ??
    asLocale(req.cookies?.[LOCALE_COOKIE]) ??
    asLocale(req.actor?.locale) ??
    negotiateLocale(req.headers['accept-language']) ??
    fallback
  );
}
