import { readFileSync } from 'node:fs';
import { type Browser, expect, type Page, test } from '@playwright/test';
import { asAdministrator, createUser, screenshotPath, seriousViolations, signIn } from './support';

/**
 * Issue 5's dashboard in the browser, in English and Arabic: a number of the dashboard opens the
 * list it counts, with the same total; the table view is a real table; the CSV holds the numbers.
 */

const COORDINATOR = { email: 'dashboard-coordinator@example.org', password: 'numbers open their lists 4' };

const TEXT = {
  en: {
    title: 'Strategic dashboard',
    axisChart: 'Status by national action plan axis',
    mechanismChart: 'Status by mechanism',
    table: 'Table',
    total: 'Total',
  },
  ar: {
    title: 'لوحة القيادة الاستراتيجية',
    axisChart: 'وضعية التنفيذ حسب محور خطة العمل الوطنية',
    mechanismChart: 'وضعية التنفيذ حسب الآلية',
    table: 'جدول',
    total: 'المجموع',
  },
};

/** A count as shown in either language (Western or Arabic-Indic digits, group separators). */
const toNumber = (shown: string): number =>
  Number(shown.replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x0660)).replace(/\D/g, ''));

test.beforeAll(async ({ playwright, baseURL }) => {
  await asAdministrator(playwright, baseURL, async (api, admin) => {
    await createUser(playwright, baseURL, api, admin, {
      ...COORDINATOR,
      name: 'Dashboard Coordinator',
      role: 'coordinator',
    });
  });
});

async function coordinatorIn(browser: Browser, locale: string): Promise<Page> {
  const page = await (await browser.newContext({ locale })).newPage();
  await signIn(page.request, COORDINATOR.email, [COORDINATOR.password], COORDINATOR.password);
  return page;
}

for (const lang of ['en', 'ar'] as const) {
  test(`the dashboard's numbers open lists with the same total (${lang})`, async ({ browser }) => {
    const text = TEXT[lang];
    const page = await coordinatorIn(browser, lang === 'en' ? 'en-GB' : 'ar-MA');
    await page.goto('/app/dashboard');
    await expect(page.getByRole('heading', { level: 1, name: text.title })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('dir', lang === 'ar' ? 'rtl' : 'ltr');
    const axis = page.getByRole('region', { name: text.axisChart });
    // The chart's own element (the SVG inside it is an image too).
    await expect(axis.getByRole('img', { name: new RegExp(`^${text.axisChart}`) })).toBeVisible();
    await expect(axis.locator('svg').first()).toBeVisible();
    if (lang === 'ar') await page.screenshot({ path: screenshotPath('dashboard-ar.png'), fullPage: true });
    expect(await seriousViolations(page, 'main')).toEqual([]);

    // The table view: a real table, each number a link to its list.
    await axis.getByText(text.table, { exact: true }).click();
    const table = axis.getByRole('table');
    await expect(table.getByRole('columnheader', { name: text.total })).toBeVisible();
    const firstTotal = table.locator('tbody tr').first().locator('td').first().getByRole('link');
    const shown = toNumber(await firstTotal.innerText());
    expect(shown).toBeGreaterThan(0);
    await firstTotal.click();
    await expect(page).toHaveURL(/\/app\/recommendations\?term=/);
    const heading = page.locator('#results-heading');
    await expect(heading).not.toHaveText(/…|\.\.\./);
    await expect.poll(async () => toNumber(await heading.innerText())).toBe(shown);

    // The CSV of a chart holds its table: the header and a row per mechanism.
    await page.goBack();
    const mechanisms = page.getByRole('region', { name: text.mechanismChart });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      mechanisms.getByRole('button', { name: /CSV/ }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    const csv = readFileSync(await download.path(), 'utf8').replace(/^\uFEFF/, '');
    const [header, ...rows] = csv.trim().split('\r\n');
    expect(header).toContain(text.total);
    expect(rows.length).toBeGreaterThan(1);
    expect(rows.every((row) => /,\d+(,\d+)*$/.test(row))).toBe(true);
  });
}

test('the public summary counts the published recommendations the portal lists', async ({ browser }) => {
  const page = await (await browser.newContext({ locale: 'en-GB' })).newPage();
  await page.goto('/summary');
  const total = page.getByTestId('number-total');
  await expect(total).toBeVisible();
  await expect(page.getByRole('img').first()).toBeVisible();
  expect(await seriousViolations(page, 'main')).toEqual([]);
  const shown = toNumber(await total.innerText());
  await total.click();
  await expect(page).toHaveURL(/\/recommendations$/);
  await expect.poll(async () => toNumber(await page.locator('#results-heading').innerText())).toBe(shown);
});
