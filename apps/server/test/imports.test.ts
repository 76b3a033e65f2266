import { readFileSync } from 'node:fs';
import path from 'node:path';
import { MAX_UPLOAD_BYTES } from '@tatabbu/domain';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addTestUser, asUser, type Session, signIn, startTestApp, type TestApp } from './helpers.js';
import { SOURCES, source, upload, waitForJob } from './imports-helpers.js';

const readFixture = (name: string) => readFileSync(path.resolve(SOURCES, '../read', name));

let t: TestApp;
let coordinator: Session;
beforeAll(async () => {
  t = await startTestApp({ reference: true });
  coordinator = await signIn(t.app, (await addTestUser(t.database, 'coordinator')).email);
});
afterAll(async () => t?.close());

const get = (url: string, lang = 'en') => t.app.inject({ url, headers: asUser(coordinator, lang) });
const post = (url: string, payload: unknown, lang = 'en') =>
  t.app.inject({ method: 'POST', url, payload: payload as object, headers: asUser(coordinator, lang) });
const importCount = async () => (await get('/api/v1/imports')).json().total as number;
const recommendationTotal = async () =>
  (await get('/api/v1/recommendations?pageSize=1')).json().total as number;

describe('imports over HTTP', () => {
  it('previews a UN working-group report, commits it, and finds nothing to change on re-import', async () => {
    const file = { name: 'A-HRC-21-3.txt', bytes: source('un-text-upr-en-A-HRC-21-3.txt') };
    const started = await upload(t.app, coordinator, file);
    expect(started.statusCode).toBe(202);
    expect(started.json()).toMatchObject({
      status: 'running',
      format: 'un-text',
      fileName: 'A-HRC-21-3.txt',
    });

    const preview = await waitForJob(t.app, coordinator, started.json().id);
    expect(preview.status).toBe('previewed');
    expect(preview.counts.new).toBeGreaterThanOrEqual(10);
    expect(preview.counts.errors).toBe(0);
    expect(preview.rows[0]).toMatchObject({ outcome: 'new', key: expect.stringContaining('A/HRC/21/3') });
    const before = await recommendationTotal();

    const committed = await post(`/api/v1/imports/${preview.id}/commit`, { version: preview.version });
    expect(committed.statusCode).toBe(200);
    expect(committed.json().status).toBe('committed');
    expect(await recommendationTotal()).toBe(before + preview.counts.new);
    const found = await get(`/api/v1/recommendations?q=${encodeURIComponent('enforced disappearances')}`);
    expect(found.json().total).toBeGreaterThan(0);

    // Committing twice is refused; so is a version read before the commit.
    const again = await post(`/api/v1/imports/${preview.id}/commit`, { version: committed.json().version });
    expect(again.statusCode).toBe(409);

    const second = await upload(t.app, coordinator, file);
    const repeat = await waitForJob(t.app, coordinator, second.json().id);
    expect(repeat.counts).toMatchObject({ new: 0, updated: 0, unchanged: preview.counts.new });
    const list = await get('/api/v1/imports');
    expect(list.json().items[0]).toMatchObject({ id: repeat.id, fileName: 'A-HRC-21-3.txt' });
  });

  it('imports a UPR Info CSV straight through with dryRun=false', async () => {
    const res = await upload(
      t.app,
      coordinator,
      { name: 'upr-info.csv', bytes: source('upr-info-morocco-and-others.csv') },
      { dryRun: 'false' },
    );
    expect(res.statusCode).toBe(202);
    const job = await waitForJob(t.app, coordinator, res.json().id);
    expect(job.format).toBe('upr-info');
    expect(job.status).toBe('committed');
    expect(job.counts.new).toBeGreaterThan(50);
  });

  it('previews a UHRI export with its rows and a page of problems', async () => {
    const res = await upload(t.app, coordinator, { name: 'uhri.csv', bytes: source('uhri-morocco.csv') });
    const job = await waitForJob(t.app, coordinator, res.json().id, '?rowsPageSize=5');
    expect(job.format).toBe('uhri');
    expect(job.status).toBe('previewed');
    expect(job.counts.total).toBeGreaterThan(5);
    expect(job.rows.length).toBeLessThanOrEqual(5);
    expect(job.rowsTotal).toBe(job.counts.total);
  });

  it('answers 409 on a stale version', async () => {
    const res = await upload(t.app, coordinator, { name: 'uhri.csv', bytes: source('uhri-morocco.csv') });
    const job = await waitForJob(t.app, coordinator, res.json().id);
    const stale = await post(`/api/v1/imports/${job.id}/commit`, { version: job.version + 7 }, 'fr');
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('stale_version');
    expect(stale.json().error.message).toMatch(/modifié/);
    const discarded = await post(`/api/v1/imports/${job.id}/discard`, { version: job.version });
    expect(discarded.json().status).toBe('discarded');
  });

  it('refuses unknown, damaged and oversized files with a localised reason and stores nothing', async () => {
    const imports = await importCount();
    const total = await recommendationTotal();

    const binary = await upload(
      t.app,
      coordinator,
      { name: 'photo.bin', bytes: new Uint8Array([0, 1, 2, 255, 254, 0, 7]) },
      {},
      { lang: 'fr' },
    );
    expect(binary.statusCode).toBe(422);
    expect(binary.json().error).toMatchObject({
      code: 'unknown_format',
      message: expect.stringMatching(/format/),
    });
    expect(await importCount()).toBe(imports);

    const big = await upload(
      t.app,
      coordinator,
      { name: 'big.csv', bytes: new Uint8Array(MAX_UPLOAD_BYTES + 10) },
      {},
      { lang: 'ar' },
    );
    expect(big.statusCode).toBe(413);
    expect(big.json().error.code).toBe('file_too_large');
    expect(big.json().error.message).toMatch(/الملف/);

    // A truncated XLSX: a job is kept to say why, and no recommendation is written.
    const xlsx = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0, 8, 0, 1, 2, 3, 4]);
    const res = await upload(
      t.app,
      coordinator,
      { name: 'cut.xlsx', bytes: xlsx },
      { dryRun: 'false' },
      { lang: 'fr' },
    );
    expect(res.statusCode).toBe(202);
    const failed = await waitForJob(t.app, coordinator, res.json().id, '', 'fr');
    expect(failed.status).toBe('failed');
    expect(failed.problems[0].message).toMatch(/Excel/);
    expect(await recommendationTotal()).toBe(total);
  });

  it('inspects a spreadsheet for the mapping step and keeps saved mappings', async () => {
    const res = await upload(
      t.app,
      coordinator,
      { name: 'uhri.csv', bytes: source('uhri-morocco.csv') },
      {},
      { url: '/api/v1/imports/inspect' },
    );
    expect(res.statusCode).toBe(200);
    const inspection = res.json();
    expect(inspection.detectedFormat).toBe('uhri');
    expect(inspection.headers).toContain('Document Symbol');
    expect(inspection.sample.length).toBeGreaterThan(0);
    expect(inspection.sample.length).toBeLessThanOrEqual(10);

    const saved = await post('/api/v1/import-mappings', {
      name: 'Ministry sheet',
      mapping: { columns: { 'text.fr': 'Texte' } },
    });
    expect(saved.statusCode).toBe(201);
    expect(
      (await get('/api/v1/import-mappings')).json().items.map((m: { name: string }) => m.name),
    ).toContain('Ministry sheet');
    const removed = await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/import-mappings/${saved.json().id}`,
      headers: asUser(coordinator),
    });
    expect(removed.statusCode).toBe(204);
  });

  it('imports a Windows-1256 spreadsheet through a column mapping, Arabic intact', async () => {
    const mapping = JSON.stringify({
      columns: { key: 'الرمز', 'text.ar': 'النص' },
      defaultMechanism: 'UPR',
    });
    const res = await upload(
      t.app,
      coordinator,
      { name: 'didh.csv', bytes: readFixture('morocco-ar.windows-1256.csv') },
      { format: 'csv', mapping, dryRun: 'false' },
    );
    expect(res.statusCode, res.body).toBe(202);
    const job = await waitForJob(t.app, coordinator, res.json().id);
    expect(job).toMatchObject({ status: 'committed', format: 'csv', counts: { new: 5, errors: 0 } });
    const found = await get(`/api/v1/recommendations?q=${encodeURIComponent('الأمازيغية')}&lang=ar`);
    expect(found.json().total).toBeGreaterThan(0);
    expect(JSON.stringify(found.json().items)).toContain('الأمازيغ');
  });

  it('imports an XLSX workbook with a mapping, dates given as Excel serials', async () => {
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('Recommandations');
    sheet.addRow(['Référence', 'Texte', 'Date']);
    sheet.addRow(['CAT/C/MAR/CO/5 §12', "Garantir l'accès à un avocat dès la garde à vue", 44000]);
    sheet.addRow(['CAT/C/MAR/CO/5 §14', 'Enquêter sur toutes les allégations de torture', 44000]);
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const mapping = JSON.stringify({
      columns: { key: 'Référence', 'text.fr': 'Texte', date: 'Date' },
      defaultMechanism: 'CAT',
    });
    const res = await upload(t.app, coordinator, { name: 'cat.xlsx', bytes }, { mapping, dryRun: 'false' });
    const job = await waitForJob(t.app, coordinator, res.json().id);
    expect(job).toMatchObject({ status: 'committed', format: 'xlsx', counts: { new: 2, errors: 0 } });
    const found = (await get(`/api/v1/recommendations?q=${encodeURIComponent('avocat')}`)).json();
    expect(found.items[0]).toMatchObject({ key: 'CAT/C/MAR/CO/5 §12', date: '2020-06-18' });
  });

  it('reads back its own exchange export into another instance without loss', async () => {
    const exported = await get('/api/v1/exports/recommendations.json?mechanism=UPR&sort=key');
    expect(exported.statusCode).toBe(200);
    const document = exported.json();
    expect(document.recommendations.length).toBeGreaterThan(10);

    const other = await startTestApp({ reference: true });
    try {
      const officer = await signIn(other.app, (await addTestUser(other.database, 'coordinator')).email);
      const res = await upload(
        other.app,
        officer,
        { name: 'exchange.json', bytes: exported.rawPayload },
        { dryRun: 'false' },
      );
      const job = await waitForJob(other.app, officer, res.json().id);
      expect(job).toMatchObject({ status: 'committed', format: 'tatabbu-json', counts: { errors: 0 } });
      expect(job.counts.new).toBe(document.recommendations.length);
      const again = await other.app.inject({
        url: '/api/v1/exports/recommendations.json?mechanism=UPR&sort=key',
        headers: asUser(officer),
      });
      const strip = (d: { recommendations: unknown[] }) => d.recommendations;
      expect(strip(again.json())).toEqual(strip(document));
    } finally {
      await other.close();
    }
  });

  it('is for coordinators and administrators only', async () => {
    const focal = await signIn(t.app, (await addTestUser(t.database, 'focal_point')).email);
    const file = { name: 'A-HRC-21-3.txt', bytes: source('un-text-upr-en-A-HRC-21-3.txt') };
    expect((await upload(t.app, focal, file)).statusCode).toBe(403);
    expect((await t.app.inject({ url: '/api/v1/imports', headers: asUser(focal) })).statusCode).toBe(403);
    const anonymous = await t.app.inject({ url: '/api/v1/imports' });
    expect(anonymous.statusCode).toBe(401);
  });
});
