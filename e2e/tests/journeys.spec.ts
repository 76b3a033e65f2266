import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { adminFile } from '../playwright.config';
import { screenshotPath, seriousViolations } from './support';

test.use({ locale: 'en-GB' });

test('a reader switches to Arabic and reads a recommendation right-to-left', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  expect(await seriousViolations(page)).toEqual([]);

  await page.getByRole('button', { name: /^Language:/ }).click();
  await page.getByRole('menuitem', { name: 'العربية' }).click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');

  await page.goto('/recommendations');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('التوصيات');
  await expect(page.getByText(/595\s+توصية/)).toBeVisible();
  await expect(page.getByText('بيانات توضيحية للعرض').first()).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.screenshot({ path: screenshotPath('list-ar.png'), fullPage: false });

  await page.locator('a[href^="/recommendations/"]').first().click();
  const arabicText = page
    .locator('[lang="ar"][dir="rtl"]')
    .filter({ hasText: /التصديق/ })
    .first();
  await expect(arabicText).toBeVisible();
  const box = await arabicText.evaluate((el) => getComputedStyle(el).direction);
  expect(box).toBe('rtl');
  await expect(
    page
      .locator('[lang="fr"]')
      .filter({ hasText: /Ratifier/ })
      .first(),
  ).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.screenshot({ path: screenshotPath('recommendation-ar.png'), fullPage: true });

  // The choice is remembered: a new visit is served right-to-left from the first byte.
  const html = await page.request.get('/recommendations');
  expect(await html.text()).toContain('<html lang="ar" dir="rtl">');
});

test('a search in Arabic finds recommendations whatever the spelling', async ({ page }) => {
  await page.goto('/recommendations?lang=ar');
  await page.getByRole('button', { name: /^Language:/ }).click();
  await page.getByRole('menuitem', { name: 'العربية' }).click();
  const search = page.getByRole('searchbox').or(page.getByRole('textbox')).first();
  await search.fill('المراة');
  await search.press('Enter');
  await expect(page).toHaveURL(/q=/);
  await expect(page.locator('a[href^="/recommendations/"]').first()).toBeVisible();
  await expect(page.getByText(/مرأة/).first()).toBeVisible();
});

test('the administrator signs in with the one-time password and chooses a new one', async ({ page }) => {
  const admin = JSON.parse(readFileSync(adminFile, 'utf8')) as { email: string; oneTimePassword: string };

  await page.goto('/login');
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByLabel('E-mail address').fill(admin.email);
  await page.getByRole('textbox', { name: 'Password', exact: true }).fill('this is not the password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText('The e-mail address or the password is not correct.')).toBeVisible();

  await page.getByRole('textbox', { name: 'Password', exact: true }).fill(admin.oneTimePassword);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/app\/account/);
  await expect(page.getByText('Choose your own password').first()).toBeVisible();

  const newPassword = 'a long sentence nobody will guess 7';
  await page.getByRole('textbox', { name: 'Current password' }).fill(admin.oneTimePassword);
  await page.getByRole('textbox', { name: 'New password', exact: true }).fill(newPassword);
  await page.getByRole('textbox', { name: 'Confirm the new password' }).fill(newPassword);
  await page.getByRole('button', { name: 'Change password' }).click();
  await expect(page.getByText(/Your password has been changed/)).toBeVisible();

  await page.goto('/app/users');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByText(admin.email).first()).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});
