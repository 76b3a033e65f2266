import { readFileSync, writeFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { type APIRequestContext, expect, type Page, test } from '@playwright/test';
import { adminFile } from '../playwright.config';

const COORDINATOR = {
  email: 'followup-coordinator@example.org',
  password: 'ten rounds of mint tea at noon 5',
};
const FOCAL = { email: 'followup-focal@example.org', password: 'the focal point reports on time 6' };
/** Passwords other journeys may have given the administrator before this file runs. */
const EARLIER_ADMIN_PASSWORDS = [
  'a long sentence nobody will guess 7',
  'eleven herons fish by the old mill 8',
];

test.use({ locale: 'en-GB' });

/** Serious and critical accessibility violations of the page, or of the part `within`. */
async function seriousViolations(page: Page, within?: string) {
  const builder = new AxeBuilder({ page });
  const { violations } = await (within ? builder.include(within) : builder).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => `${n.target.join(' ')} ${n.html}`).join(', ')})`);
}

/** Signs `api` in (a one-time password is replaced by `finalPassword`); answers the user and its CSRF token. */
async function signIn(api: APIRequestContext, email: string, passwords: string[], finalPassword: string) {
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
    return (await (await api.get('/api/v1/auth/me')).json()) as { id: string; csrfToken: string };
  }
  throw new Error(`cannot sign in as ${email}`);
}

let recommendation: { id: string; key: string };
let institutionId: string;

/**
 * The administrator creates a coordinator and a focal point of an institution that leads a published
 * demo recommendation, then leaves a fresh one-time password for the journeys that start from it.
 */
test.beforeAll(async ({ playwright, baseURL }) => {
  const admin = JSON.parse(readFileSync(adminFile, 'utf8')) as { email: string; oneTimePassword: string };
  const api = await playwright.request.newContext({ baseURL });
  const me = await signIn(
    api,
    admin.email,
    [admin.oneTimePassword, ...EARLIER_ADMIN_PASSWORDS],
    'a follow-up round needs a steward 9',
  );
  const institutions = (await (await api.get('/api/v1/institutions')).json()).items as { id: string }[];
  for (const institution of institutions) {
    const list = await (
      await api.get(
        `/api/v1/recommendations?institution=${institution.id}&published=true&pageSize=1&sort=key`,
      )
    ).json();
    if (list.total > 0) {
      institutionId = institution.id;
      recommendation = { id: list.items[0].id, key: list.items[0].key };
      break;
    }
  }
  expect(recommendation).toBeTruthy();
  const users = [
    { ...COORDINATOR, name: 'Salma Coordinator', role: 'coordinator' },
    { ...FOCAL, name: 'Youssef Focal', role: 'focal_point', institutionId },
  ];
  for (const { password, ...user } of users) {
    const created = await api.post('/api/v1/users', {
      headers: { 'x-csrf-token': me.csrfToken },
      data: user,
    });
    expect(created.status(), await created.text()).toBe(201);
    const other = await playwright.request.newContext({ baseURL });
    await signIn(other, user.email, [(await created.json()).oneTimePassword], password);
    await other.dispose();
  }
  const reset = await api.post(`/api/v1/users/${me.id}/reset-password`, {
    headers: { 'x-csrf-token': me.csrfToken },
  });
  writeFileSync(
    adminFile,
    JSON.stringify({ ...admin, oneTimePassword: (await reset.json()).oneTimePassword }),
  );
  await api.dispose();
});

test('a round goes out, the focal point reports, the coordinator validates and the public reads it', async ({
  browser,
}) => {
  // One browser context per person, as on three computers.
  const newPage = async () => (await browser.newContext()).newPage();
  const coordinator = await newPage();
  expect((await coordinator.request.post('/api/v1/auth/login', { data: COORDINATOR })).ok()).toBeTruthy();
  // The new-round form takes the list's filters from its address.
  await coordinator.goto(
    `/app/rounds/new?institution=${institutionId}&q=${encodeURIComponent(`"${recommendation.key}"`)}`,
  );
  await coordinator.getByLabel('English', { exact: true }).first().fill('E2E mid-term report');
  await coordinator.getByLabel(/^Deadline/).fill('2099-06-30');
  await expect(coordinator.getByText(/^1 recommendation matches$/)).toBeVisible();
  await coordinator.getByRole('button', { name: /Create the round/ }).click();
  await expect(coordinator.getByRole('heading', { level: 1, name: 'E2E mid-term report' })).toBeVisible();
  await coordinator.getByRole('button', { name: 'Open the round' }).click();
  await expect(coordinator.getByText('Open', { exact: true })).toBeVisible();

  const focal = await newPage();
  expect((await focal.request.post('/api/v1/auth/login', { data: FOCAL })).ok()).toBeTruthy();
  await focal.goto('/app');
  const due = focal
    .getByRole('row')
    .filter({ hasText: recommendation.key })
    .filter({ hasText: 'E2E mid-term report' });
  await due.getByRole('link', { name: 'Start it in the round' }).click();
  await focal
    .getByRole('row')
    .filter({ hasText: recommendation.key })
    .getByRole('button', { name: 'Write the update' })
    .click();
  await expect(focal.getByRole('heading', { level: 1, name: 'Progress update' })).toBeVisible();
  await focal.getByLabel('Narrative in Arabic').fill('صدر القانون ودخل حيز التنفيذ.');
  await focal.getByRole('radio', { name: 'Arabic' }).check();
  await focal.getByLabel('Proposed implementation status', { exact: true }).first().click();
  await focal.getByRole('option', { name: 'In progress' }).click();
  await focal.getByLabel('Progress').fill('40');
  expect(await seriousViolations(focal, 'main')).toEqual([]);
  await focal.getByRole('button', { name: 'Submit to the coordinator' }).click();
  await expect(focal.getByText('Submitted', { exact: true }).first()).toBeVisible();

  await coordinator.goto('/app');
  await coordinator
    .getByRole('row')
    .filter({ hasText: recommendation.key })
    .getByRole('link', { name: 'Review' })
    .first()
    .click();
  await coordinator.getByRole('button', { name: 'Validate' }).click();
  await expect(coordinator.getByRole('button', { name: 'Publish' })).toBeVisible();
  await coordinator.getByRole('button', { name: 'Publish' }).click();
  await expect(coordinator.getByText('Published', { exact: true }).first()).toBeVisible();

  const reader = await newPage();
  await reader.goto(`/recommendations/${recommendation.id}`);
  const followUp = reader.getByRole('region', { name: 'Follow-up' });
  await expect(followUp.getByText('صدر القانون ودخل حيز التنفيذ.')).toBeVisible();
  await expect(followUp.getByText('Official status', { exact: false }).first()).toBeVisible();
  expect(await seriousViolations(reader)).toEqual([]);
  await reader.screenshot({ path: 'test-results/followup-public.png', fullPage: true });
});
