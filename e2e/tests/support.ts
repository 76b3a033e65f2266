import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { type APIRequestContext, expect, type Page, type PlaywrightWorkerArgs } from '@playwright/test';
import { adminFile, mailboxURL } from '../playwright.config';

/** Screenshots go with the run's other results (e2e/test-results), wherever it was started from. */
export const screenshotPath = (name: string) => path.join(import.meta.dirname, '../test-results', name);

/** Serious and critical accessibility violations of the page, or of the part `within`. */
export async function seriousViolations(page: Page, within?: string) {
  const builder = new AxeBuilder({ page });
  const { violations } = await (within ? builder.include(within) : builder).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => {
      const where = v.nodes.map((n) => `${n.target.join(' ')} ${n.html} — ${n.failureSummary ?? ''}`);
      return `${v.id}: ${v.help} (${where.join(', ')})`;
    });
}

export interface SignedIn {
  id: string;
  csrfToken: string;
}

/** Signs `api` in with the first password that works; a one-time password is replaced by `finalPassword`. */
export async function signIn(
  api: APIRequestContext,
  email: string,
  passwords: string[],
  finalPassword: string,
): Promise<SignedIn> {
  for (const password of passwords) {
    const login = await api.post('/api/v1/auth/login', { data: { email, password } });
    if (!login.ok()) continue;
    const first = await login.json();
    if (first.mustChangePassword) {
      const changed = await api.post('/api/v1/auth/password', {
        headers: { 'x-csrf-token': first.csrfToken },
        data: { currentPassword: password, newPassword: finalPassword },
      });
      expect(changed.status(), await changed.text()).toBe(204);
      await api.post('/api/v1/auth/login', { data: { email, password: finalPassword } });
    }
    return (await (await api.get('/api/v1/auth/me')).json()) as SignedIn;
  }
  throw new Error(`cannot sign in as ${email}`);
}

/** Passwords other journeys may have given the administrator before a file runs. */
const EARLIER_ADMIN_PASSWORDS = [
  'a long sentence nobody will guess 7',
  'eleven herons fish by the old mill 8',
  'seven quiet rivers cross the valley 4',
];

/**
 * Runs `work` as the administrator (whichever journey ran before), then leaves a fresh one-time
 * password in the admin file for the journeys that start from it.
 */
export async function asAdministrator(
  playwright: PlaywrightWorkerArgs['playwright'],
  baseURL: string | undefined,
  work: (api: APIRequestContext, admin: SignedIn) => Promise<void>,
) {
  const admin = JSON.parse(readFileSync(adminFile, 'utf8')) as { email: string; oneTimePassword: string };
  const api = await playwright.request.newContext({ baseURL });
  const me = await signIn(
    api,
    admin.email,
    [admin.oneTimePassword, ...EARLIER_ADMIN_PASSWORDS],
    'a follow-up round needs a steward 9',
  );
  try {
    await work(api, me);
  } finally {
    const reset = await api.post(`/api/v1/users/${me.id}/reset-password`, {
      headers: { 'x-csrf-token': me.csrfToken },
    });
    writeFileSync(
      adminFile,
      JSON.stringify({ ...admin, oneTimePassword: (await reset.json()).oneTimePassword }),
    );
    await api.dispose();
  }
}

export interface NewUser {
  email: string;
  password: string;
  name: string;
  role: string;
  institutionId?: string;
  locale?: 'ar' | 'fr' | 'en';
}

/**
 * The administrator creates the user, who signs in once and chooses `password`; answers the user's
 * id. A user already there (a `beforeAll` run again after a failed test restarted the worker) has
 * chosen that password already and is taken as is.
 */
export async function createUser(
  playwright: PlaywrightWorkerArgs['playwright'],
  baseURL: string | undefined,
  api: APIRequestContext,
  admin: SignedIn,
  { password, ...user }: NewUser,
): Promise<string> {
  const created = await api.post('/api/v1/users', {
    headers: { 'x-csrf-token': admin.csrfToken },
    data: user,
  });
  if (created.status() === 409) {
    const found = await api.get(`/api/v1/users?q=${encodeURIComponent(user.email)}`);
    const existing = ((await found.json()) as { items: { id: string; email: string }[] }).items.find(
      (u) => u.email.toLowerCase() === user.email.toLowerCase(),
    );
    if (existing) return existing.id;
  }
  expect(created.status(), await created.text()).toBe(201);
  const body = (await created.json()) as { user: { id: string }; oneTimePassword: string };
  const own = await playwright.request.newContext({ baseURL });
  await signIn(own, user.email, [body.oneTimePassword], password);
  await own.dispose();
  return body.user.id;
}

export interface ReceivedMail {
  to: string[];
  subject: string;
  body: string;
}

/** The e-mails the local SMTP server received so far (started by the Playwright config). */
export async function mailbox(api: APIRequestContext): Promise<ReceivedMail[]> {
  const answer = await api.get(mailboxURL);
  expect(answer.ok()).toBeTruthy();
  return answer.json();
}
