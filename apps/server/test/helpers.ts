import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createUser, type Database, loadReferenceData, openTestDatabase } from '@tatabbu/db';
import type { Role } from '@tatabbu/domain';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { hashPassword } from '../src/features/auth/passwords.js';

export const PASSWORD = 'correct horse battery staple';

/** A stand-in for the built web app, with the `<html>` tag the server rewrites per language. */
function fakeWebDist(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'tatabbu-web-'));
  writeFileSync(
    path.join(dir, 'index.html'),
    '<!doctype html><html lang="en" dir="ltr"><body>app</body></html>',
  );
  return dir;
}

export interface TestApp {
  app: FastifyInstance;
  database: Database;
  close(): Promise<void>;
}

/** The real HTTP stack over a fresh test database (PGlite, or PostgreSQL with TEST_DATABASE_URL). */
export async function startTestApp(
  options: { reference?: boolean; env?: Record<string, string> } = {},
): Promise<TestApp> {
  const database = await openTestDatabase();
  const config = loadConfig({
    TATABBU_DEFAULT_LOCALE: 'en',
    TATABBU_WEB_DIST: fakeWebDist(),
    TATABBU_DEMO: 'false',
    // Evidence files of each test app go to a throw-away directory, never the developer's data.
    TATABBU_BLOB_DIR: mkdtempSync(path.join(tmpdir(), 'tatabbu-blobs-')),
    // Anonymous reads see every committed change at once (the cache's own test sets an interval).
    TATABBU_PUBLIC_CACHE_SECONDS: '0',
    // Every injected request comes from one address; the rate limit has its own tests.
    TATABBU_RATE_LIMIT_ANONYMOUS: '0',
    ...options.env,
  });
  if (options.reference) await loadReferenceData(database.db, config.dataRoot);
  const app = await buildApp({ database, config });
  return {
    app,
    database,
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}

let counter = 0;
export async function addTestUser(
  database: Database,
  role: Role,
  extra: {
    institutionId?: string;
    organizationId?: string;
    mustChangePassword?: boolean;
    password?: string;
  } = {},
) {
  counter += 1;
  const email = `${role.replace('_', '-')}-${counter}-${Date.now()}@example.org`;
  const user = await createUser(
    database.db,
    {
      email,
      name: `Test ${role} ${counter}`,
      role,
      institutionId: extra.institutionId ?? null,
      organizationId: extra.organizationId ?? null,
      passwordHash: await hashPassword(extra.password ?? PASSWORD),
      mustChangePassword: extra.mustChangePassword ?? false,
    },
    null,
  );
  return { ...user, email };
}

export interface Session {
  cookie: string;
  csrf: string;
}

export async function signIn(app: FastifyInstance, email: string, password = PASSWORD): Promise<Session> {
  const res = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password } });
  if (res.statusCode !== 200) throw new Error(`sign-in failed: ${res.statusCode} ${res.body}`);
  const cookie = res.cookies.find((c) => c.name === 'tatabbu_session');
  if (!cookie) throw new Error('no session cookie');
  return { cookie: `tatabbu_session=${cookie.value}`, csrf: res.json().csrfToken };
}

/** Headers of a signed-in, CSRF-protected request. */
export const asUser = (s: Session, lang = 'en') => ({
  cookie: s.cookie,
  'x-csrf-token': s.csrf,
  'accept-language': lang,
});
