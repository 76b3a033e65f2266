import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Validator } from '@seriousme/openapi-schema-validator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './helpers.js';

const WEB_SRC = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../web/src');
/** Stands for a part of an address the web app computes (`${id}`, `${published ? … : …}`). */
const ANY = '\u0000';

/**
 * The API addresses the web app's source calls — `api('/path')`, `` api(`/path/${id}`) `` and
 * literal `/api/v1/…` links — with each `${…}` as ANY and the query left out.
 */
function webApiPaths(): Set<string> {
  const files = readdirSync(WEB_SRC, { recursive: true, encoding: 'utf8' }).filter(
    (f) => /\.tsx?$/.test(f) && !f.includes('.test.'),
  );
  const calls =
    /\bapi(?:<[^(]*>)?\(\s*(`(?:[^`\\]|\\.)*`|'[^']*')|`\/api\/v1(\/(?:[^`\\]|\\.)*)`|'\/api\/v1(\/[^']*)'/g;
  const paths = new Set<string>();
  for (const file of files) {
    for (const match of readFileSync(path.join(WEB_SRC, file), 'utf8').matchAll(calls)) {
      let address = match[1] ? match[1].slice(1, -1) : (match[2] ?? match[3] ?? '');
      if (address.startsWith('${')) continue; // a path built elsewhere (checked where it is built)
      address = address.replace(/\$\{(?:[^{}]|\{[^}]*\})*\}/g, ANY).split('?')[0] ?? '';
      if (address.startsWith('/')) paths.add(address);
    }
  }
  return paths;
}

const literally = (s: string) => s.replace(/[.*+?^$(){}|[\]\\]/g, '\\$&');
/** Whether an address the web app calls is a documented path, segment by segment. */
function sameAddress(called: string, documented: string): boolean {
  const a = called.split('/');
  const b = documented.split('/');
  if (a.length !== b.length) return false;
  return a.every((segment, i) => {
    const other = b[i] ?? '';
    if (segment.includes(ANY)) {
      const pattern = new RegExp(`^${segment.split(ANY).map(literally).join('.*')}$`);
      return pattern.test(other.replace(/\{[^}]+\}/g, 'x'));
    }
    const pattern = literally(other).replace(/\\\{[^}]+\\\}/g, '[^/]+');
    return new RegExp(`^${pattern}$`).test(segment);
  });
}

interface OpenApiOperation {
  summary?: string;
  tags?: string[];
  responses?: Record<string, { content?: Record<string, { schema?: unknown }> }>;
}

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ reference: true });
});
afterAll(async () => t?.close());

describe('API surface', () => {
  it('publishes a valid OpenAPI 3 description of the contract', async () => {
    const res = await t.app.inject({ url: '/api/v1/openapi.json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    const result = await new Validator().validate(doc);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    for (const p of [
      '/api/v1/auth/login',
      '/api/v1/auth/me',
      '/api/v1/recommendations',
      '/api/v1/recommendations/{id}',
      '/api/v1/users',
    ]) {
      expect(Object.keys(doc.paths)).toContain(p);
    }
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.components.schemas).toHaveProperty('RecommendationList');
  });

  it('describes every route: a summary, a declared tag, a success response with its schema', async () => {
    const doc = (await t.app.inject({ url: '/api/v1/openapi.json' })).json();
    const declared = new Set(doc.tags.map((tag: { name: string }) => tag.name));
    const problems: string[] = [];
    for (const [path, item] of Object.entries<Record<string, OpenApiOperation>>(doc.paths)) {
      for (const [method, op] of Object.entries(item)) {
        const name = `${method.toUpperCase()} ${path}`;
        if (!op.summary) problems.push(`${name}: no summary`);
        if (!op.tags?.length) problems.push(`${name}: no tag`);
        for (const tag of op.tags ?? [])
          if (!declared.has(tag)) problems.push(`${name}: undeclared tag ${tag}`);
        const success = Object.entries(op.responses ?? {}).filter(([code]) => code.startsWith('2'));
        if (success.length === 0) problems.push(`${name}: no success response`);
        for (const [code, response] of success) {
          if (code !== '204' && !response.content) problems.push(`${name}: ${code} without a schema`);
        }
        for (const [code, response] of Object.entries(op.responses ?? {})) {
          const schema = response.content?.['application/json']?.schema;
          if (code.startsWith('4') && !JSON.stringify(schema ?? {}).includes('Error'))
            problems.push(`${name}: ${code} is not the error shape`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('documents every API address the web app calls: every UI feature is reachable through /api/v1', async () => {
    const doc = (await t.app.inject({ url: '/api/v1/openapi.json' })).json();
    const documented = Object.keys(doc.paths)
      .filter((p) => p.startsWith('/api/v1/'))
      .map((p) => p.slice('/api/v1'.length));
    // The matching itself: computed parts match any segment, a documented {param} any value, nothing else.
    expect(sameAddress(`/plans/${ANY}/${ANY}`, '/plans/{id}/publish')).toBe(true);
    expect(sameAddress(`/exports/recommendations.${ANY}`, '/exports/recommendations.{format}')).toBe(true);
    expect(sameAddress('/plans/1/publish', '/plans/{id}/axes')).toBe(false);
    expect(sameAddress('/me/tokens', '/me/tokens/{id}')).toBe(false);
    const called = webApiPaths();
    expect(called.size).toBeGreaterThan(50);
    const undocumented = [...called].filter((path) => !documented.some((d) => sameAddress(path, d)));
    expect(undocumented).toEqual([]);
  });

  it('documents both ways to authenticate (session cookie, Bearer API token) and the rate limit', async () => {
    const doc = (await t.app.inject({ url: '/api/v1/openapi.json' })).json();
    expect(doc.components.securitySchemes.bearerAuth).toMatchObject({ type: 'http', scheme: 'bearer' });
    expect(doc.components.securitySchemes.cookieAuth).toMatchObject({ type: 'apiKey', in: 'cookie' });
    expect(doc.security).toEqual(expect.arrayContaining([{ bearerAuth: [] }, { cookieAuth: [] }, {}]));
    expect(doc.info.description).toContain('Bearer');
    expect(doc.info.description).toContain('429');
    for (const p of ['/api/v1/me/tokens', '/api/v1/me/tokens/{id}', '/api/v1/users/{id}/tokens']) {
      expect(Object.keys(doc.paths)).toContain(p);
    }
    // Managing tokens takes the browser session only.
    expect(doc.paths['/api/v1/me/tokens'].post.security).toEqual([{ cookieAuth: [] }]);
  });

  it('serves the browsable docs', async () => {
    const res = await t.app.inject({ url: '/api/docs/' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('swagger');
  });

  it('answers liveness and readiness', async () => {
    expect((await t.app.inject({ url: '/healthz' })).json()).toEqual({ status: 'ok' });
    const ready = await t.app.inject({ url: '/readyz' });
    expect(ready.statusCode).toBe(200);
    expect(ready.json().status).toBe('ready');
  });

  it('answers unknown API paths with the one error shape, in the request language', async () => {
    const res = await t.app.inject({ url: '/api/v1/nothing-here', headers: { 'accept-language': 'ar' } });
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('not_found');
    expect(res.json().error.message).toMatch(/[\u0600-\u06FF]/);
  });

  it('serves the reference lists the filters need', async () => {
    const inst = await t.app.inject({ url: '/api/v1/institutions' });
    expect(inst.json().items.length).toBe(52);
    const goals = await t.app.inject({ url: '/api/v1/taxonomies/sdg_goal' });
    expect(goals.json().items).toHaveLength(17);
    expect(goals.json().items[0].name.ar).toBeTruthy();
    const bad = await t.app.inject({ url: '/api/v1/taxonomies/not-a-vocabulary' });
    expect(bad.statusCode).toBe(400);
  });

  it('renders every page address with <html lang dir> of the chosen language', async () => {
    const ar = await t.app.inject({
      url: '/recommendations',
      headers: { 'accept-language': 'ar-MA,fr;q=0.5' },
    });
    expect(ar.statusCode).toBe(200);
    expect(ar.body).toContain('<html lang="ar" dir="rtl">');
    const chosen = await t.app.inject({
      url: '/',
      headers: { 'accept-language': 'ar', cookie: 'tatabbu_locale=fr' },
    });
    expect(chosen.body).toContain('<html lang="fr" dir="ltr">');
    const fallback = await t.app.inject({ url: '/app/users', headers: { 'accept-language': 'de' } });
    expect(fallback.body).toContain('<html lang="en" dir="ltr">');
  });
});

describe('configuration', () => {
  it('keeps the embedded database in the repository by default, wherever npm runs the server', async () => {
    const { loadConfig, REPO_ROOT } = await import('../src/config.js');
    expect(loadConfig({}).dataDir).toBe(`${REPO_ROOT}/.tatabbu-data`);
    expect(loadConfig({ TATABBU_DATA_DIR: 'db', INIT_CWD: '/srv/tatabbu' }).dataDir).toBe('/srv/tatabbu/db');
    expect(loadConfig({ TATABBU_DATA_DIR: '/var/lib/tatabbu' }).dataDir).toBe('/var/lib/tatabbu');
  });

  it('refuses an invalid setting with a message that names it', async () => {
    const { loadConfig } = await import('../src/config.js');
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => loadConfig({ TATABBU_DEFAULT_LOCALE: 'de' })).toThrow(/TATABBU_DEFAULT_LOCALE/);
  });
});
