import { schema, seedMoroccoDemo } from '@tatabbu/db';
import { exchangeDocumentSchema } from '@tatabbu/domain';
import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { addTestUser, asUser, signIn, startTestApp, type TestApp } from './helpers.js';

let t: TestApp;
let published: number;
const FORMULA_KEY = 'TEST/FORMULA §1';
beforeAll(async () => {
  t = await startTestApp({ reference: true });
  published = (await seedMoroccoDemo(t.database.db, loadConfig({}).dataRoot)).recommendations;
  // One unpublished recommendation whose text a spreadsheet would run as a formula.
  const [upr] = await t.database.db.select().from(schema.mechanisms).where(eq(schema.mechanisms.code, 'UPR'));
  await t.database.db.insert(schema.recommendations).values({
    key: FORMULA_KEY,
    mechanismId: upr?.id ?? '',
    textFr: '=HYPERLINK("http://evil.example","cliquez")',
    textAr: '@SUM(1+1)',
    published: false,
  });
});
afterAll(async () => t?.close());

const get = (url: string, headers: Record<string, string> = {}) => t.app.inject({ url, headers });
/** Data rows of a CSV without its header (one per recommendation; quoted cells may hold newlines). */
const csvKeys = (body: string) =>
  body
    .split('\r\n')
    .slice(1)
    .filter((line) => /^"?[A-Z][A-Za-z]*\//.test(line))
    .map((line) => line.split(',')[0]?.replaceAll('"', ''));

describe('GET /api/v1/exports/recommendations.csv', () => {
  it('gives the public the published recommendations as UTF-8 CSV with a BOM, Arabic intact', async () => {
    const res = await get('/api/v1/exports/recommendations.csv?lang=ar');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toMatch(
      /^attachment; filename="recommendations-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    expect(res.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const body = res.body.replace(/^\uFEFF/, '');
    expect(body.split('\r\n')[0]).toMatch(/^المعرف,الآلية,رمز الوثيقة/);
    expect(body).toContain('إلغاء عقوبة الإعدام');
    expect(body).not.toContain(FORMULA_KEY);
    expect(new Set(csvKeys(body)).size).toBe(published);
  });

  it('respects the filters of the list', async () => {
    const list = (await get('/api/v1/recommendations?mechanism=CAT&q=torture&pageSize=1')).json();
    const res = await get('/api/v1/exports/recommendations.csv?mechanism=CAT&q=torture&lang=fr');
    const keys = csvKeys(res.body);
    expect(keys.length).toBe(list.total);
    expect(keys.every((k) => k?.startsWith('CAT/'))).toBe(true);
  });

  it('neutralises formula cells for a coordinator, and audits the non-public export', async () => {
    const coordinator = await addTestUser(t.database, 'coordinator');
    const session = await signIn(t.app, coordinator.email);
    const res = await get(
      `/api/v1/exports/recommendations.csv?q=${encodeURIComponent('"TEST/FORMULA"')}&lang=fr`,
      asUser(session, 'fr'),
    );
    expect(res.body).toContain(`'=HYPERLINK(""http://evil.example"",""cliquez"")`);
    expect(res.body).toContain("'@SUM(1+1)");
    expect(res.body).not.toMatch(/(^|,)"?=HYPERLINK/m);
    const events = await t.database.db
      .select()
      .from(schema.auditEvents)
      .where(eq(schema.auditEvents.action, 'recommendation.export'));
    expect(events.map((e) => e.actorId)).toContain(coordinator.id);
  });
});

describe('GET /api/v1/exports/recommendations.xlsx', () => {
  async function workbook(query: string) {
    const res = await get(`/api/v1/exports/recommendations.xlsx?${query}`);
    expect(res.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = book.worksheets[0];
    if (!sheet) throw new Error('no sheet');
    return sheet;
  }

  it('opens, right to left for Arabic, with a frozen, filtered header', async () => {
    const sheet = await workbook('lang=ar&mechanism=UPR');
    expect(sheet.views[0]).toMatchObject({ rightToLeft: true, state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBeTruthy();
    expect(sheet.getRow(1).getCell(1).value).toBe('المعرف');
    expect(sheet.getRow(2).getCell(2).value).toBe('UPR');
    expect(String(sheet.getRow(2).getCell(6).value)).toMatch(/[\u0600-\u06FF]/);
    expect(sheet.rowCount - 1).toBe(
      (await get('/api/v1/recommendations?mechanism=UPR&pageSize=1')).json().total,
    );
  });

  it('is left to right with French headers for French', async () => {
    const sheet = await workbook('lang=fr&mechanism=CEDAW');
    expect(sheet.views[0]?.rightToLeft).toBeFalsy();
    expect(sheet.getRow(1).getCell(1).value).toBe('Clé');
  });
});

describe('GET /api/v1/exports/recommendations.json', () => {
  it('is a valid Tatabbu exchange document with natural keys', async () => {
    const res = await get('/api/v1/exports/recommendations.json?mechanism=UPR&state=FR');
    expect(res.statusCode).toBe(200);
    const doc = exchangeDocumentSchema.parse(res.json());
    expect(doc.recommendations.length).toBeGreaterThan(0);
    for (const record of doc.recommendations) {
      expect(record.mechanism).toBe('UPR');
      expect(record.recommendingStates).toContain('FR');
      expect(record.document?.symbol).toMatch(/^A\/HRC\//);
    }
    expect(
      doc.recommendations.some((r) => r.terms.some((term) => term.vocabulary === 'axis' && term.code)),
    ).toBe(true);
  });

  it('rejects an unknown format', async () => {
    expect((await get('/api/v1/exports/recommendations.pdf')).statusCode).toBe(400);
  });
});
