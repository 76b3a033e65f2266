import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { asAdministrator, createUser, screenshotPath, seriousViolations } from './support';

const COORDINATOR = {
  email: 'documents-coordinator@example.org',
  password: 'a report drafts itself at dawn 5',
};

test.use({ locale: 'en-GB' });

test.beforeAll(async ({ playwright, baseURL }) => {
  await asAdministrator(playwright, baseURL, async (api, admin) => {
    await createUser(playwright, baseURL, api, admin, {
      ...COORDINATOR,
      name: 'Samira Coordinator',
      role: 'coordinator',
    });
  });
});

/** Generates the chosen document and downloads it once ready: its bytes. */
async function generateAndDownload(page: Page, kind: RegExp): Promise<Buffer> {
  await page.getByRole('radio', { name: kind }).check();
  await page.getByRole('button', { name: 'Generate' }).click();
  const row = page.getByRole('row').filter({ hasText: kind }).first();
  const link = row.getByRole('link', { name: /^Download/ });
  await expect(link).toBeVisible({ timeout: 30_000 });
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  return readFileSync((await download.path()) as string);
}

test('a coordinator generates a mid-term report draft in Arabic and the implementation matrix, and downloads them', async ({
  page,
}) => {
  const res = await page.request.post('/api/v1/auth/login', { data: COORDINATOR });
  expect(res.ok()).toBeTruthy();

  // From the list's toolbar, with its query (the UPR recommendations).
  await page.goto('/app/recommendations?mechanism=UPR');
  await page.getByRole('button', { name: 'Generate' }).click();
  await page.getByRole('menuitem', { name: 'Report draft' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Reports and documents' })).toBeVisible();
  await expect(page.getByRole('radio', { name: /^Report draft/ })).toBeChecked();
  await expect(page.getByText('The recommendations of the list with its 1 filter.')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  await page.getByRole('combobox', { name: 'Language of the document' }).click();
  await page.getByRole('option', { name: 'العربية' }).click();
  await expect(page.getByRole('combobox', { name: 'Type of report' })).toHaveValue('UPR mid-term report');
  const report = await generateAndDownload(page, /^Report draft/);
  // A Word file is a ZIP archive holding word/document.xml.
  expect(report.length).toBeGreaterThan(10_000);
  expect(report.subarray(0, 2).toString()).toBe('PK');
  expect(report.includes(Buffer.from('word/document.xml'))).toBe(true);

  const matrix = await generateAndDownload(page, /^Implementation matrix/);
  expect(matrix.subarray(0, 2).toString()).toBe('PK');
  expect(matrix.includes(Buffer.from('xl/worksheets/sheet1.xml'))).toBe(true);
  expect(await seriousViolations(page)).toEqual([]);

  // The page in Arabic: right to left, accessible.
  await page.getByRole('button', { name: /^Language:/ }).click();
  await page.getByRole('menuitem', { name: 'العربية' }).click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('heading', { level: 1, name: 'التقارير والوثائق' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.screenshot({ path: screenshotPath('documents-ar.png'), fullPage: true });
  await page.getByRole('button', { name: /^اللغة/ }).click();
  await page.getByRole('menuitem', { name: 'English' }).click();
});

test('a recommendation prints without the shell and its buttons', async ({ page }) => {
  const res = await page.request.post('/api/v1/auth/login', { data: COORDINATOR });
  expect(res.ok()).toBeTruthy();
  await page.goto('/app/recommendations?mechanism=UPR');
  await page.locator('a[href^="/app/recommendations/"]').first().click();
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(heading).toBeVisible();
  await expect(page.getByRole('navigation', { name: /./ }).first()).toBeHidden();
  await expect(page.getByRole('button').first()).toBeHidden();
  await page.screenshot({ path: screenshotPath('recommendation-print.png'), fullPage: true });
});
