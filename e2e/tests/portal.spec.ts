import { expect, type Page, test } from '@playwright/test';
import { screenshotPath, seriousViolations } from './support';

/**
 * The public portal as an anonymous visitor on a phone, in Arabic and in English: every page opens
 * directly from its address, fits 390 px without sideways scrolling, and has no serious or
 * critical accessibility violation (axe-core, WCAG 2.1 AA rules).
 */
test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

const PHONE_WIDTH = 390;

interface PortalPage {
  name: string;
  path: string;
  /** Something only this page shows once its data has arrived. */
  ready: (page: Page) => Promise<void>;
}

async function firstPublished(page: Page, url: string): Promise<string> {
  const res = await page.request.get(url);
  expect(res.ok(), url).toBe(true);
  const body = (await res.json()) as { items: { id: string }[] };
  const id = body.items[0]?.id;
  if (!id) throw new Error(`nothing published at ${url}`);
  return id;
}

async function portalPages(page: Page): Promise<PortalPage[]> {
  const recommendation = await firstPublished(page, '/api/v1/recommendations?pageSize=1&sort=key');
  const plan = await firstPublished(page, '/api/v1/plans');
  const heading = async (p: Page) => {
    await expect(p.getByRole('heading', { level: 1 })).toBeVisible();
  };
  /** The page's heading, and a link of its main content to `href` (its data has arrived). */
  const cards = (href: RegExp) => async (p: Page) => {
    await heading(p);
    await expect
      .poll(() =>
        p
          .locator('main a')
          .evaluateAll(
            (links, source) => links.some((a) => new RegExp(source).test(a.getAttribute('href') ?? '')),
            href.source,
          ),
      )
      .toBe(true);
  };
  return [
    { name: 'home', path: '/', ready: cards(/^\/recommendations\?mechanism=/) },
    { name: 'list', path: '/recommendations', ready: cards(/^\/recommendations\/[0-9a-f-]{36}$/) },
    {
      name: 'recommendation',
      path: `/recommendations/${recommendation}`,
      ready: async (p) => {
        await heading(p);
        await expect(p.locator('.recommendation-text').first()).toBeVisible();
      },
    },
    { name: 'sdgs', path: '/sdgs', ready: cards(/^\/sdgs\/17$/) },
    {
      name: 'sdg-goal',
      path: '/sdgs/16',
      ready: async (p) => {
        await heading(p);
        await expect(p.getByRole('table').first().locator('tbody tr').first()).toContainText('16.1');
      },
    },
    { name: 'mechanisms', path: '/mechanisms', ready: cards(/^\/mechanisms\/UPR$/) },
    {
      name: 'mechanism',
      path: '/mechanisms/UPR',
      ready: async (p) => {
        await heading(p);
        await expect(p.getByRole('table').first()).toContainText('A/HRC/36/6');
      },
    },
    { name: 'plans', path: '/plans', ready: heading },
    { name: 'plan', path: `/plans/${plan}`, ready: heading },
    { name: 'open-data', path: '/open-data', ready: cards(/^\/open-data\/dictionary$/) },
    {
      name: 'dictionary',
      path: '/open-data/dictionary',
      ready: async (p) => {
        await heading(p);
        await expect(p.getByRole('table').nth(1)).toContainText('terms[].vocabulary');
      },
    },
    { name: 'summary', path: '/summary', ready: heading },
    { name: 'login', path: '/login', ready: heading },
  ];
}

for (const lang of ['ar', 'en'] as const) {
  test.describe(lang, () => {
    // The browser's language: what a first-time visitor's phone sends.
    test.use({ locale: lang });
    test(`every portal page in ${lang === 'ar' ? 'Arabic' : 'English'} on a phone is accessible and fits`, async ({
      page,
    }) => {
      test.setTimeout(240_000);
      for (const entry of await portalPages(page)) {
        await test.step(entry.name, async () => {
          await page.goto(entry.path);
          await entry.ready(page);
          await expect(page.locator('html')).toHaveAttribute('lang', lang);
          await expect(page.locator('html')).toHaveAttribute('dir', lang === 'ar' ? 'rtl' : 'ltr');
          await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
          const width = await page.evaluate(() => document.documentElement.scrollWidth);
          expect(width, `${entry.path} scrolls sideways`).toBeLessThanOrEqual(PHONE_WIDTH);
          expect(await seriousViolations(page), entry.path).toEqual([]);
          if (lang === 'ar') {
            await page.screenshot({ path: screenshotPath(`portal-${entry.name}-ar.png`), fullPage: true });
          }
        });
      }
    });
  });
}

test.describe('in English', () => {
  test.use({ locale: 'en-GB' });
  test('a shared recommendation link opens the page directly with a title and a description', async ({
    page,
  }) => {
    const res = await page.request.get('/api/v1/recommendations?pageSize=1&sort=key&lang=en');
    const first = (await res.json()).items[0] as { id: string; key: string };
    await page.goto(`/recommendations/${first.id}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(first.key);
    await expect(page).toHaveTitle(`${first.key} · Tatabbu`);
    const description = page.locator('meta[name="description"]');
    await expect(description).toHaveCount(1);
    expect(await description.getAttribute('content')).toMatch(
      new RegExp(`^${first.key.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')} — \\S`),
    );
  });
});

test.describe('in French', () => {
  test.use({ locale: 'fr-FR' });
  test('the open-data page downloads published data and links its schema and dictionary', async ({
    page,
  }) => {
    await page.goto('/open-data');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Données ouvertes');
    await expect(page.getByText('Creative Commons Attribution 4.0')).toBeVisible();
    const total = (await (await page.request.get('/api/v1/recommendations?pageSize=1')).json())
      .total as number;

    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Télécharger le CSV' }).click();
    const csv = await (await download).path();
    const { readFileSync } = await import('node:fs');
    const lines = readFileSync(csv, 'utf8').replace(/^\uFEFF/, '');
    expect(lines.split('\n')[0]).toContain('Clé');

    const json = await page.request.get(
      (await page.getByRole('link', { name: 'Télécharger le JSON' }).getAttribute('href')) ?? '',
    );
    const exchange = await json.json();
    expect(exchange.format).toBe('tatabbu-exchange');
    expect(exchange.recommendations).toHaveLength(total);
    expect(exchange.recommendations.every((r: { published?: boolean }) => r.published !== false)).toBe(true);

    const schema = await page.request.get(
      (await page.getByRole('link', { name: /Schéma JSON/ }).getAttribute('href')) ?? '',
    );
    expect((await schema.json()).$id).toBe('urn:tatabbu:schema:exchange:v1');

    await page.getByRole('link', { name: /Dictionnaire des données/ }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dictionnaire des données');
    await expect(page.getByRole('table').first()).toContainText('Clé');
    await expect(page.getByRole('table').first()).toContainText('non entamé');
  });
});
