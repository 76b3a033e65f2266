import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import { dirOf, type UiLocale } from '@tatabbu/domain';
import type { FastifyInstance } from 'fastify';
import { requestLocale } from '../i18n/request-locale.js';

const HTML_TAG = /<html lang="en" dir="ltr">/;

/**
 * Serves the built web app. Every page address answers index.html, with `<html lang dir>` set for
 * the request's language so the first paint is already right-to-left in Arabic.
 */
export async function serveWebApp(
  app: FastifyInstance,
  webDist: string,
  defaultLocale: UiLocale,
): Promise<void> {
  const indexPath = path.join(webDist, 'index.html');
  if (!existsSync(indexPath)) {
    app.log.warn({ webDist }, 'web app not built: run `npm run build:web` (npm start does it)');
    return;
  }
  const indexHtml = readFileSync(indexPath, 'utf8');
  await app.register(fastifyStatic, {
    root: webDist,
    prefix: '/',
    index: false,
    wildcard: false,
    // Hashed asset names can be cached for long; index.html never.
    setHeaders: (res, filePath) => {
      if (filePath.includes(`${path.sep}assets${path.sep}`)) {
        res.setHeader('cache-control', 'public, max-age=31536000, immutable');
      }
    },
  });

  const page = (locale: UiLocale) =>
    indexHtml.replace(HTML_TAG, `<html lang="${locale}" dir="${dirOf(locale)}">`);
  app.get('/*', { schema: { hide: true } }, async (req, reply) => {
    if (req.url.startsWith('/api/')) return reply.callNotFound();
    return reply
      .type('text/html; charset=utf-8')
      .header('cache-control', 'no-cache')
      .header('vary', 'Accept-Language, Cookie')
      .send(page(requestLocale(req, defaultLocale)));
  });
}
