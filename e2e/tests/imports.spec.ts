import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { parse } from 'csv-parse/sync';
import { asAdministrator, createUser, screenshotPath } from './support';

/** A real UPR working-group report (Morocco, 2nd cycle), as committed with the parsers. */
const REPORT = path.resolve(
  import.meta.dirname,
  '../../packages/domain/test-fixtures/imports/sources/un-text-upr-en-A-HRC-21-3.txt',
);
const COORDINATOR = {
  email: 'imports-coordinator@example.org',
  password: 'a long walk along the green river bank 9',
};

test.use({ locale: 'en-GB' });

/** The administrator (whichever journey ran before) creates this file's coordinator. */
test.beforeAll(async ({ playwright, baseURL }) => {
  await asAdministrator(playwright, baseURL, async (api, admin) => {
    await createUser(playwright, baseURL, api, admin, {
      ...COORDINATOR,
      name: 'Salma Coordinator',
      role: 'coordinator',
    });
  });
});

async function signInAsCoordinator(page: Page) {
  const res = await page.request.post('/api/v1/auth/login', { data: COORDINATOR });
  expect(res.ok()).toBeTruthy();
}

/** Uploads the report through the new-import page and waits for its preview. */
async function uploadReport(page: Page) {
  await page.goto('/app/imports');
  await page.getByRole('link', { name: 'New import' }).click();
  await page.locator('input[type="file"]').setInputFiles(REPORT);
  await expect(page.getByText('Recognised format: UN document text')).toBeVisible();
  await page.getByRole('button', { name: 'Send and preview' }).click();
  await expect(page).toHaveURL(/\/app\/imports\/[0-9a-f-]{36}/);
  await expect(page.getByText('Ready to review')).toBeVisible();
}

const countOf = async (page: Page, name: string) =>
  Number((await page.locator(`[data-count="${name}"]`).innerText()).replace(/\D/g, ''));

test('a coordinator imports a UPR report, finds its recommendations, and a second import changes nothing', async ({
  page,
}) => {
  await signInAsCoordinator(page);
  await uploadReport(page);
  const added = await countOf(page, 'new');
  expect(added).toBeGreaterThanOrEqual(10);
  await expect(page.locator('tr[data-outcome="new"]').first()).toContainText('A/HRC/21/3');

  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByText(/Imported on/)).toBeVisible();

  // The list's address holds its query (DESIGN §5): a shared search link.
  await page.goto(
    `/app/recommendations?q=${encodeURIComponent('criminalization of enforced disappearances')}`,
  );
  await expect(page.getByRole('searchbox').first()).toHaveValue('criminalization of enforced disappearances');
  await expect(page.getByText(/Establish expressly in the Criminal Code/).first()).toBeVisible();

  await uploadReport(page);
  expect(await countOf(page, 'new')).toBe(0);
  expect(await countOf(page, 'updated')).toBe(0);
  expect(await countOf(page, 'unchanged')).toBe(added);

  // The same preview, right-to-left in Arabic (looked at by a person; not committed).
  await page.getByRole('button', { name: /^Language:/ }).click();
  await page.getByRole('menuitem', { name: 'العربية' }).click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByText('جاهز للمراجعة')).toBeVisible();
  await page.screenshot({ path: screenshotPath('imports-preview-ar.png'), fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: screenshotPath('imports-preview-ar-phone.png'), fullPage: true });
  await page.getByRole('button', { name: 'إلغاء' }).click();
  await expect(page.getByText('أُلغي هذا الاستيراد')).toBeVisible();
});

test('a coordinator classifies an imported recommendation under an SDG target, filters by its goal and exports the list', async ({
  page,
}) => {
  await signInAsCoordinator(page);
  await page.goto(
    `/app/recommendations?q=${encodeURIComponent('criminalization of enforced disappearances')}`,
  );
  const article = page.getByRole('article').filter({ hasText: 'Establish expressly in the Criminal Code' });
  await article
    .getByRole('link', { name: /A\/HRC\/21\/3/ })
    .first()
    .click();
  // Read the key once the recommendation's own page is shown, not the list's heading.
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toHaveText(/A\/HRC\/21\/3/);
  const key = (await heading.innerText()).trim();

  await page.getByRole('combobox', { name: 'SDG targets' }).click();
  await page.keyboard.type('16.3');
  await page.getByRole('option', { name: /^16\.3 / }).click();
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Save classification' }).click();
  await expect(page.getByText('Classification saved.')).toBeVisible();
  // The target brought its goal, shown on the page and in the history.
  await expect(page.getByText(/^16 — /).first()).toBeVisible();
  await expect(page.getByText('Classification changed').first()).toBeVisible();

  await page.goto('/app/recommendations');
  const sdgFacet = page.getByRole('group', { name: 'Sustainable Development Goal' });
  const goal16 = sdgFacet.getByRole('checkbox', { name: /^16 — Promote peaceful and inclusive societies/ });
  await goal16.click();
  await expect(page).toHaveURL(/[?&]sdg=/);
  await expect(goal16).toBeChecked();
  // Only the recommendation just classified carries goal 16 in this data set.
  await expect(page.locator('#results-heading')).toHaveText('1 recommendation');
  await expect(page.getByRole('article')).toHaveCount(1);
  await expect(page.getByRole('article', { name: key, exact: true })).toBeVisible();
  const total = 1;

  // The export holds exactly the rows the filtered list shows.
  await page.getByRole('button', { name: 'Export' }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('menuitem', { name: /^CSV/ }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^recommendations-\d{4}-\d{2}-\d{2}\.csv$/);
  const rows: Record<string, string>[] = parse(readFileSync(await download.path()), {
    bom: true,
    columns: true,
  });
  expect(rows).toHaveLength(total);
  const row = rows.find((r) => r.Key === key);
  expect(row?.SDGs).toContain('16.3');
  expect(Object.values(row ?? {}).join(' ')).toContain('Establish expressly in the Criminal Code');
});
