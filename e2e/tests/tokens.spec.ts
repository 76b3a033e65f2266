import { expect, type Page, test } from '@playwright/test';
import { asAdministrator, createUser, seriousViolations, signIn } from './support';

/**
 * Issue 5's personal API tokens in the browser: created on the account page and shown once, then
 * used by an integration with `Authorization: Bearer`, read-only as chosen, and revoked.
 */

const OWNER = { email: `tokens-${Date.now()}@example.org`, password: 'integrations need their own keys 5' };

test.beforeAll(async ({ playwright, baseURL }) => {
  await asAdministrator(playwright, baseURL, async (api, admin) => {
    await createUser(playwright, baseURL, api, admin, { ...OWNER, name: 'Token Owner', role: 'observer' });
  });
});

async function ownerIn(page: Page) {
  await signIn(page.request, OWNER.email, [OWNER.password], OWNER.password);
}

test('a token is created once, works read-only for its owner, and stops when revoked', async ({
  page,
  playwright,
  baseURL,
}) => {
  await ownerIn(page);
  await page.goto('/app/account');
  const section = page.getByRole('region', { name: 'API tokens' });
  await expect(section).toBeVisible();
  await expect(section.getByText('You have no API tokens.')).toBeVisible();

  await section.getByRole('button', { name: 'New token' }).click();
  const form = page.getByRole('dialog', { name: 'New API token' });
  await form.getByLabel('Name').fill('Monitoring dashboard');
  await form.getByRole('radio', { name: 'Read only' }).check();
  await form.getByRole('button', { name: 'Create the token' }).click();

  const shown = page.getByRole('dialog', { name: 'Your new API token' });
  await expect(shown.getByText('it will not be shown again')).toBeVisible();
  const token = (await shown.getByLabel('API token').innerText()).trim();
  expect(token).toMatch(/^ttb_[A-Za-z0-9_-]{43}$/);
  expect(await seriousViolations(page, '[role="dialog"]')).toEqual([]);
  await shown.getByRole('button', { name: 'I have copied it' }).click();

  const row = section.getByRole('row', { name: /Monitoring dashboard/ });
  await expect(row.getByText('Read only')).toBeVisible();
  await expect(row.getByText('Active', { exact: true })).toBeVisible();
  await expect(row.getByText(token)).toHaveCount(0);

  const integration = await playwright.request.newContext({
    baseURL,
    extraHTTPHeaders: { authorization: `Bearer ${token}`, 'accept-language': 'en' },
  });
  try {
    const me = await integration.get('/api/v1/auth/me');
    expect(me.status()).toBe(200);
    expect((await me.json()).email).toBe(OWNER.email);
    const write = await integration.post('/api/v1/notifications/read-all');
    expect(write.status()).toBe(403);
    expect((await write.json()).error.code).toBe('token_read_only');

    await row.getByRole('button', { name: 'Revoke token Monitoring dashboard' }).click();
    const confirm = page.getByRole('dialog', { name: 'Revoke this token?' });
    await confirm.getByRole('button', { name: 'Revoke the token' }).click();
    await expect(row.getByText('Revoked', { exact: true })).toBeVisible();
    const refused = await integration.get('/api/v1/auth/me');
    expect(refused.status()).toBe(401);
    expect((await refused.json()).error.code).toBe('token_invalid');
  } finally {
    await integration.dispose();
  }
});

test('the API tokens section reads right to left in Arabic and is accessible', async ({ browser }) => {
  const page = await (await browser.newContext({ locale: 'ar-MA' })).newPage();
  await ownerIn(page);
  await page.goto('/app/account');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  const section = page.getByRole('region', { name: 'رموز الواجهة البرمجية' });
  await expect(section).toBeVisible();
  await expect(section.getByRole('button', { name: 'رمز جديد' })).toBeVisible();
  expect(await seriousViolations(page, 'main')).toEqual([]);
});
