import { expect, test } from '@playwright/test';
import { asAdministrator, createUser, screenshotPath, seriousViolations } from './support';

const COORDINATOR = { email: 'plans-coordinator@example.org', password: 'nine measures walk into a plan 3' };

test.use({ locale: 'en-GB' });

/** The administrator (whichever journey ran before) creates this file's coordinator. */
test.beforeAll(async ({ playwright, baseURL }) => {
  await asAdministrator(playwright, baseURL, async (api, admin) => {
    await createUser(playwright, baseURL, api, admin, {
      ...COORDINATOR,
      name: 'Karim Coordinator',
      role: 'coordinator',
    });
  });
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
