import { readFileSync, writeFileSync } from 'node:fs';
import { type APIRequestContext, expect, test } from '@playwright/test';
import { adminFile } from '../playwright.config';
import { screenshotPath, seriousViolations } from './support';

const COORDINATOR = { email: 'plans-coordinator@example.org', password: 'nine measures walk into a plan 3' };
/** The password the sign-in journey gives the administrator, if it ran first. */
const JOURNEY_ADMIN_PASSWORD = 'a long sentence nobody will guess 7';

test.use({ locale: 'en-GB' });

const csrfOf = async (api: APIRequestContext): Promise<string> =>
  (await (await api.get('/api/v1/auth/me')).json()).csrfToken;

/**
 * The administrator (whatever journey ran before) creates a coordinator, then leaves a fresh
 * one-time password in the admin file for the journeys that start from it.
 */
test.beforeAll(async ({ playwright, baseURL }) => {
  const admin = JSON.parse(readFileSync(adminFile, 'utf8')) as { email: string; oneTimePassword: string };
  const api = await playwright.request.newContext({ baseURL });
  let password = admin.oneTimePassword;
  let login = await api.post('/api/v1/auth/login', { data: { email: admin.email, password } });
  if (!login.ok()) {
    password = JOURNEY_ADMIN_PASSWORD;
    login = await api.post('/api/v1/auth/login', { data: { email: admin.email, password } });
  }
  expect(login.ok(), await login.text()).toBeTruthy();
  const me = await login.json();
  if (me.mustChangePassword) {
    const next = 'eleven herons fish by the old mill 8';
    const changed = await api.post('/api/v1/auth/password', {
      headers: { 'x-csrf-token': me.csrfToken },
      data: { currentPassword: password, newPassword: next },
    });
    expect(changed.status(), await changed.text()).toBe(204);
    await api.post('/api/v1/auth/login', { data: { email: admin.email, password: next } });
  }
  const csrf = await csrfOf(api);
  const created = await api.post('/api/v1/users', {
    headers: { 'x-csrf-token': csrf },
    data: { email: COORDINATOR.email, name: 'Karim Coordinator', role: 'coordinator' },
  });
  expect(created.status(), await created.text()).toBe(201);
  const { oneTimePassword } = await created.json();
  const reset = await api.post(`/api/v1/users/${me.id}/reset-password`, {
    headers: { 'x-csrf-token': csrf },
  });
  writeFileSync(
    adminFile,
    JSON.stringify({ ...admin, oneTimePassword: (await reset.json()).oneTimePassword }),
  );

  const coordinator = await playwright.request.newContext({ baseURL });
  const first = await coordinator.post('/api/v1/auth/login', {
    data: { email: COORDINATOR.email, password: oneTimePassword },
  });
  await coordinator.post('/api/v1/auth/password', {
    headers: { 'x-csrf-token': (await first.json()).csrfToken },
    data: { currentPassword: oneTimePassword, newPassword: COORDINATOR.password },
  });
  await coordinator.dispose();
  await api.dispose();
});

test('the public reads the demo plan, its axes and a measure card, in Arabic too', async ({ page }) => {
  await page.goto('/plans');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('National action plans');
  await expect(page.getByText('Illustrative demo data').first()).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  await page.getByRole('link', { name: 'Demo plan: national framework axes (DIDH)' }).click();
  await expect(page.getByRole('heading', { level: 2, name: /^1\. / })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  await page.locator('a[href^="/plans/measures/"]').first().click();
  await expect(page.getByRole('heading', { level: 2, name: /Recommendations implemented/ })).toBeVisible();
  await expect(page.locator('a[href^="/recommendations/"]').first()).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  await page.getByRole('button', { name: /^Language:/ }).click();
  await page.getByRole('menuitem', { name: 'العربية' }).click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('heading', { level: 2, name: /التوصيات المنفذة/ })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.screenshot({ path: screenshotPath('measure-ar.png'), fullPage: true });
  await page.getByRole('button', { name: /^اللغة/ }).click();
  await page.getByRole('menuitem', { name: 'English' }).click();
});

test('a coordinator builds a plan with a measure, an indicator and a linked recommendation, then publishes it', async ({
  page,
}) => {
  const res = await page.request.post('/api/v1/auth/login', { data: COORDINATOR });
  expect(res.ok()).toBeTruthy();

  await page.goto('/app/plans');
  await page.getByRole('button', { name: 'New action plan' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel(/^Code/).fill('PANDDH-E2E');
  await dialog.getByRole('textbox', { name: 'French' }).first().fill('Plan national de test');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Plan national de test' })).toBeVisible();
  await expect(page.getByText('Not published')).toBeVisible();

  await page.getByRole('button', { name: 'Add an axis' }).click();
  await dialog.getByRole('textbox', { name: 'English' }).fill('Democracy and the rule of law');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(
    page.getByRole('heading', { level: 2, name: /1\. Democracy and the rule of law/ }),
  ).toBeVisible();

  await page.getByRole('button', { name: 'Add a measure to this axis' }).click();
  await dialog.getByLabel(/^No\./).fill('1.1');
  await dialog
    .getByRole('textbox', { name: 'English' })
    .first()
    .fill('Reform the code of criminal procedure');
  await dialog.getByLabel('Implementation status').selectOption('continuous');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await page.getByRole('link', { name: 'Reform the code of criminal procedure' }).click();
  await expect(page.getByText('Ongoing by nature').first()).toBeVisible();

  await page.getByRole('button', { name: 'Add an indicator' }).click();
  await dialog.getByRole('textbox', { name: 'English' }).first().fill('Articles amended');
  await dialog.getByLabel(/^Target$/).fill('40');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await page.getByRole('button', { name: 'Record a value' }).click();
  await dialog.getByLabel(/^Date/).fill('2024-12-31');
  await dialog.getByLabel(/^Value/).fill('12');
  await dialog.getByLabel(/^Source/).fill('Official bulletin');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('cell', { name: 'Official bulletin' })).toBeVisible();

  await page.getByRole('button', { name: 'Link recommendations' }).click();
  await dialog.getByLabel(/^Find recommendations/).fill('torture');
  await dialog.getByRole('checkbox').first().check();
  await dialog.getByRole('button', { name: /^Link 1 recommendation/ }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Recommendation implemented' })).toBeVisible();
  // The measure card itself (the shared workspace header is checked by its own journeys).
  expect(await seriousViolations(page, 'main')).toEqual([]);

  // The recommendation page lists the measure.
  const key = await page.locator('a[href^="/app/recommendations/"]').first().innerText();
  await page.locator('a[href^="/app/recommendations/"]').first().click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(key.trim());
  await expect(page.getByRole('link', { name: /Reform the code of criminal procedure/ })).toBeVisible();

  // Not on the portal until published.
  const plans = (await (await page.request.get('/api/v1/plans')).json()).items as {
    id: string;
    code: string;
  }[];
  const plan = plans.find((p) => p.code === 'PANDDH-E2E');
  expect(plan).toBeTruthy();
  const anonymous = await page.context().browser()?.newContext();
  const before = await anonymous?.request.get(`${new URL(page.url()).origin}/api/v1/plans/${plan?.id}`);
  expect(before?.status()).toBe(404);
  await page.goto(`/app/plans/${plan?.id}`);
  await page.getByRole('button', { name: 'Publish on the public portal' }).click();
  await expect(page.getByText('Published', { exact: true })).toBeVisible();
  const after = await anonymous?.request.get(`${new URL(page.url()).origin}/api/v1/plans/${plan?.id}`);
  expect(after?.status()).toBe(200);
  await anonymous?.close();
});
