import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { seedMoroccoDemo } from '@tatabbu/db';
import type { DocumentJob, DocumentRequestInput } from '@tatabbu/domain';
import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { addTestUser, asUser, type Session, signIn, startTestApp, type TestApp } from './helpers.js';

let t: TestApp;
let coordinator: Session;
let focalPoint: Session;
/** The institution with the most demo updates, its focal point, and another institution. */
let busy: string;
let other: string;
let plan: string;

beforeAll(async () => {
  t = await startTestApp({ reference: true });
  await seedMoroccoDemo(t.database.db, loadConfig({}).dataRoot);
  const rows = async <T>(q: ReturnType<typeof sql>) => (await t.database.db.execute(q)).rows as T[];
  const [top] = await rows<{ id: string }>(
    sql`select institution_id as id from progress_updates group by institution_id order by count(*) desc, institution_id limit 1`,
  );
  const [second] = await rows<{ id: string }>(
    sql`select id from institutions where id <> ${top?.id} and code like 'didh-%' order by code limit 1`,
  );
  const [demoPlan] = await rows<{ id: string }>(sql`select id from action_plans limit 1`);
  busy = top?.id ?? '';
  other = second?.id ?? '';
  plan = demoPlan?.id ?? '';
  const coord = await addTestUser(t.database, 'coordinator');
  const focal = await addTestUser(t.database, 'focal_point', { institutionId: busy });
  coordinator = await signIn(t.app, coord.email);
  focalPoint = await signIn(t.app, focal.email);
});
afterAll(async () => t?.close());

const post = (s: Session | null, payload: DocumentRequestInput | Record<string, unknown>, lang = 'en') =>
  t.app.inject({
    method: 'POST',
    url: '/api/v1/documents',
    payload,
    headers: s ? asUser(s, lang) : { 'accept-language': lang },
  });

/** Polls the job until it is done or failed. */
async function finished(s: Session, id: string): Promise<DocumentJob> {
  for (let i = 0; i < 600; i++) {
    const res = await t.app.inject({ url: `/api/v1/documents/${id}`, headers: asUser(s) });
    const job = res.json() as DocumentJob;
    if (job.status === 'done' || job.status === 'failed') return job;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('document job did not finish');
}

async function generate(
  s: Session,
  payload: DocumentRequestInput,
): Promise<{ job: DocumentJob; bytes: Buffer }> {
  const res = await post(s, payload);
  expect(res.statusCode, res.body).toBe(202);
  const job = await finished(s, res.json().id);
  expect(job.status, job.failureReason ?? '').toBe('done');
  const file = await t.app.inject({ url: `/api/v1/documents/${job.id}/file`, headers: asUser(s) });
  expect(file.statusCode).toBe(200);
  expect(file.headers['content-type']).toBe(job.mediaType);
  expect(file.headers['content-disposition']).toContain(job.fileName ?? '?');
  return { job, bytes: file.rawPayload };
}

const documentXml = (bytes: Buffer) =>
  strFromU8(unzipSync(new Uint8Array(bytes))['word/document.xml'] ?? new Uint8Array());

/** Files kept for the LibreOffice check at the end (one conversion for all). */
const forLibreOffice: Record<string, Buffer> = {};

describe('POST /api/v1/documents: who may generate what', () => {
  it('refuses the anonymous public, a report to a focal point, another institution’s sheet', async () => {
    expect((await post(null, { kind: 'matrix', lang: 'fr' })).statusCode).toBe(401);
    expect((await post(focalPoint, { kind: 'report', lang: 'fr' })).statusCode).toBe(403);
    expect((await post(focalPoint, { kind: 'measure_cards', lang: 'fr', planId: plan })).statusCode).toBe(
      403,
    );
    const refused = await post(
      focalPoint,
      { kind: 'institution_sheet', lang: 'fr', institutionId: other },
      'fr',
    );
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.message).toBe('Votre rôle ne permet pas cette action.');
  });

  it('explains bad input in the reader’s language and queues nothing', async () => {
    const before = (await t.app.inject({ url: '/api/v1/documents', headers: asUser(coordinator) })).json()
      .items.length;
    const missing = await post(coordinator, { kind: 'institution_sheet', lang: 'ar' }, 'ar');
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.message).toBe('بعض المعطيات المرسلة غير صالحة.');
    expect((await post(coordinator, { kind: 'poster', lang: 'fr' })).statusCode).toBe(400);
    const unknown = await post(coordinator, {
      kind: 'measure_cards',
      lang: 'fr',
      planId: crypto.randomUUID(),
    });
    expect(unknown.statusCode).toBe(404);
    expect(
      (await t.app.inject({ url: '/api/v1/documents', headers: asUser(coordinator) })).json().items,
    ).toHaveLength(before);
  });
});

describe('generated documents from the demo data', () => {
  it('builds the implementation matrix of the list query: right rows, frozen header, filters, right-to-left in Arabic', async () => {
    const { job, bytes } = await generate(coordinator, {
      kind: 'matrix',
      lang: 'ar',
      filters: { mechanism: ['UPR'] },
    });
    expect(job.fileName).toMatch(/^implementation-matrix-ar-\d{4}-\d{2}-\d{2}\.xlsx$/);
    expect(job.progressDone).toBe(222);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect(sheet?.name).toBe('مصفوفة التنفيذ');
    expect(sheet?.views[0]).toMatchObject({ state: 'frozen', ySplit: 1, rightToLeft: true });
    expect(sheet?.autoFilter).toBeTruthy();
    expect(sheet?.rowCount).toBe(223);
    const header = ((sheet?.getRow(1).values ?? []) as string[]).filter(Boolean);
    expect(header).toEqual(
      expect.arrayContaining([
        'المعرف',
        'المؤسسة الرائدة',
        'المؤسسات المساهمة',
        'آخر تحيين مصادق عليه',
        'الإجراءات',
      ]),
    );
    const narrativeColumn = header.indexOf('آخر تحيين مصادق عليه') + 1;
    const narratives = [];
    for (let r = 2; r <= 223; r++)
      narratives.push(String(sheet?.getRow(r).getCell(narrativeColumn).value ?? ''));
    expect(narratives.filter((n) => n.startsWith('[بيانات توضيحية]')).length).toBeGreaterThan(0);
  });

  it('builds the matrix in French left to right, and in English with the same rows', async () => {
    const books = [];
    for (const lang of ['fr', 'en'] as const) {
      const { bytes } = await generate(coordinator, {
        kind: 'matrix',
        lang,
        filters: { mechanism: ['UPR'] },
      });
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
      books.push(workbook.worksheets[0]);
    }
    const [fr, en] = books;
    expect(fr?.name).toBe('Matrice de mise en œuvre');
    expect(fr?.views[0]).toMatchObject({ rightToLeft: false });
    expect(fr?.getRow(1).getCell(1).value).toBe('Clé');
    expect(en?.getRow(1).getCell(1).value).toBe('Key');
    expect(en?.rowCount).toBe(fr?.rowCount);
  });

  it('builds a mid-term report draft in French and in Arabic: groups, updates, TOC field, annex, right to left', async () => {
    const fr = await generate(coordinator, {
      kind: 'report',
      lang: 'fr',
      reportType: 'upr_midterm',
      grouping: 'cluster',
    });
    const frXml = documentXml(fr.bytes);
    expect(frXml).toContain('Projet de rapport à mi-parcours au titre de l&apos;Examen périodique universel');
    expect(frXml).toContain('TOC \\h \\o &quot;1-1&quot;');
    expect(frXml).toContain('[Données illustratives]');
    expect(frXml).toContain('Annexe : tableau des recommandations');
    expect(frXml).not.toContain('<w:bidi/>');
    const ar = await generate(coordinator, {
      kind: 'report',
      lang: 'ar',
      reportType: 'upr_midterm',
      grouping: 'cluster',
      filters: { mechanism: ['UPR'] },
    });
    const arXml = documentXml(ar.bytes);
    expect(arXml).toContain('مشروع تقرير منتصف المدة');
    expect(arXml).toContain('<w:bidi/>');
    expect(arXml).toContain('<w:rtl/>');
    expect(arXml).toContain('<w:bidiVisual/>');
    expect(arXml).toContain('أفادت');
    // Grouped by the national framework's axes (the demo's clusters), in their order.
    expect(arXml).toMatch(/>1\. [^<]+<\/w:t>/);
    forLibreOffice['report-ar.docx'] = ar.bytes;
    forLibreOffice['report-fr.docx'] = fr.bytes;
  });

  it('sums up one institution, for staff and for its own focal point', async () => {
    const { bytes } = await generate(focalPoint, {
      kind: 'institution_sheet',
      lang: 'ar',
      institutionId: busy,
    });
    const xml = documentXml(bytes);
    expect(xml).toContain('بطاقة ملخصة');
    expect(xml).toContain('ما تم إنجازه');
    forLibreOffice['sheet-ar.docx'] = bytes;
    const en = await generate(coordinator, { kind: 'institution_sheet', lang: 'en', institutionId: busy });
    expect(documentXml(en.bytes)).toContain('Owed (open rounds)');
  });

  it('lays out the demo plan’s measure cards', async () => {
    const { job, bytes } = await generate(coordinator, { kind: 'measure_cards', lang: 'fr', planId: plan });
    expect(job.progressTotal).toBeGreaterThan(10);
    const xml = documentXml(bytes);
    expect(xml).toContain('Fiches des mesures');
    expect(xml).toContain('Recommandations liées');
    forLibreOffice['cards-fr.docx'] = bytes;
  });

  it('lists my documents only, and hides another user’s job', async () => {
    const mine = (await t.app.inject({ url: '/api/v1/documents', headers: asUser(focalPoint) })).json();
    expect(mine.items).toHaveLength(1);
    const theirs = (await t.app.inject({ url: '/api/v1/documents', headers: asUser(coordinator) })).json()
      .items[0];
    expect(
      (await t.app.inject({ url: `/api/v1/documents/${theirs.id}`, headers: asUser(focalPoint) })).statusCode,
    ).toBe(404);
    expect(
      (await t.app.inject({ url: `/api/v1/documents/${theirs.id}/file`, headers: asUser(focalPoint) }))
        .statusCode,
    ).toBe(404);
  });

  it('opens in LibreOffice with the Arabic text there', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tatabbu-docs-'));
    const files = Object.entries(forLibreOffice).map(([name, bytes]) => {
      writeFileSync(path.join(dir, name), bytes);
      return path.join(dir, name);
    });
    expect(files).toHaveLength(4);
    execFileSync(
      'soffice',
      [
        '--headless',
        `-env:UserInstallation=file://${dir}/profile`,
        '--convert-to',
        'pdf',
        '--outdir',
        dir,
        ...files,
      ],
      {
        timeout: 120_000,
        stdio: 'ignore',
      },
    );
    const text = (name: string) => {
      execFileSync('pdftotext', [
        '-enc',
        'UTF-8',
        path.join(dir, name.replace('.docx', '.pdf')),
        path.join(dir, `${name}.txt`),
      ]);
      return readFileSync(path.join(dir, `${name}.txt`), 'utf8');
    };
    expect(text('report-ar.docx')).toContain('التوصيات');
    expect(text('report-fr.docx')).toContain('Données illustratives');
    expect(text('sheet-ar.docx')).toContain('بطاقة');
    expect(text('cards-fr.docx')).toContain('Fiches des mesures');
  }, 180_000);
});
