import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type Database, schema } from '@tatabbu/db';
import type { UpdateStatus } from '@tatabbu/domain';
import { and, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addTestUser, asUser, type Session, signIn, startTestApp, type TestApp } from './helpers.js';
import { multipart } from './imports-helpers.js';

const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n2 0 obj <</Type /Pages /Kids [] /Count 0>> endobj\n' +
    'trailer <</Root 1 0 R>>\n%%EOF\n',
);
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);
const ARABIC_NAME = 'تقرير المتابعة 2025.pdf';
const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

let t: TestApp;
let app: FastifyInstance;
let database: Database;
let blobDir: string;
let ownInstitution: string;
let otherInstitution: string;
let s: Record<'coordinator' | 'admin' | 'focal' | 'contributor' | 'otherFocal' | 'cso', Session>;
let names: Record<string, string>;

async function institution(code: string) {
  const [row] = await database.db
    .insert(schema.institutions)
    .values({ code, name: { fr: code } })
    .returning();
  return row?.id as string;
}

async function plan(published: boolean) {
  const [p] = await database.db
    .insert(schema.actionPlans)
    .values({ code: `PANDDH-${Math.random()}`, name: { fr: 'Plan' }, published })
    .returning();
  const [m] = await database.db
    .insert(schema.measures)
    .values({ planId: p?.id as string, number: '1' })
    .returning();
  return { planId: p?.id as string, measureId: m?.id as string };
}

/**
 * A progress update written straight into the database (the update API is another feature), on a
 * measure of a draft plan unless `publicSubject`.
 */
async function progressUpdate(status: UpdateStatus, institutionId = ownInstitution, publicSubject = false) {
  const { measureId } = await plan(publicSubject);
  const [round] = await database.db
    .insert(schema.rounds)
    .values({ title: { fr: 'Cycle' }, deadline: '2026-12-31', status: 'open' })
    .returning();
  const [u] = await database.db
    .insert(schema.progressUpdates)
    .values({ roundId: round?.id as string, measureId, institutionId, status })
    .returning();
  return u?.id as string;
}

const setStatus = (id: string, status: UpdateStatus) =>
  database.db.update(schema.progressUpdates).set({ status }).where(eq(schema.progressUpdates.id, id));

function upload(
  session: Session | null,
  owner: { ownerType: string; ownerId: string },
  file: { name: string; bytes: Uint8Array },
  lang = 'en',
) {
  const body = multipart(owner, file);
  return app.inject({
    method: 'POST',
    url: '/api/v1/attachments',
    headers: { ...(session ? asUser(session, lang) : {}), 'content-type': body.contentType },
    payload: body.payload,
  });
}

const list = (session: Session | null, ownerType: string, ownerId: string, extra = '') =>
  app.inject({
    method: 'GET',
    url: `/api/v1/attachments?ownerType=${ownerType}&ownerId=${ownerId}${extra}`,
    headers: session ? asUser(session) : {},
  });

const download = (session: Session | null, id: string, extra = '') =>
  app.inject({
    method: 'GET',
    url: `/api/v1/attachments/${id}/content${extra}`,
    headers: session ? asUser(session) : {},
  });

const remove = (session: Session, id: string) =>
  app.inject({ method: 'DELETE', url: `/api/v1/attachments/${id}`, headers: asUser(session) });

const blobFiles = () =>
  readdirSync(blobDir, { recursive: true, withFileTypes: true }).filter(
    (e) => e.isFile() && !e.parentPath.endsWith('tmp'),
  ).length;

beforeAll(async () => {
  blobDir = mkdtempSync(path.join(tmpdir(), 'tatabbu-attachments-'));
  t = await startTestApp({ env: { TATABBU_BLOB_DIR: blobDir, TATABBU_ATTACHMENT_MAX_MB: '0.01' } });
  ({ app, database } = t);
  ownInstitution = await institution('MIN-JUSTICE');
  otherInstitution = await institution('MIN-SANTE');
  const users = {
    coordinator: await addTestUser(database, 'coordinator'),
    admin: await addTestUser(database, 'admin'),
    focal: await addTestUser(database, 'focal_point', { institutionId: ownInstitution }),
    contributor: await addTestUser(database, 'contributor', { institutionId: ownInstitution }),
    otherFocal: await addTestUser(database, 'focal_point', { institutionId: otherInstitution }),
    cso: await addTestUser(database, 'cso'),
  };
  s = Object.fromEntries(
    await Promise.all(Object.entries(users).map(async ([k, u]) => [k, await signIn(app, u.email)])),
  );
  names = Object.fromEntries(Object.entries(users).map(([k, u]) => [k, u.name]));
});

afterAll(async () => {
  await t?.close();
});

describe('evidence files of a progress update', () => {
  it('a focal point adds a PDF with an Arabic name to its draft; the metadata and audit trail say what was stored', async () => {
    const updateId = await progressUpdate('draft');
    const res = await upload(
      s.focal,
      { ownerType: 'progress_update', ownerId: updateId },
      {
        name: ARABIC_NAME,
        bytes: PDF,
      },
    );
    expect(res.statusCode).toBe(201);
    const created = res.json();
    expect(created).toMatchObject({
      ownerType: 'progress_update',
      ownerId: updateId,
      fileName: ARABIC_NAME,
      mediaType: 'application/pdf',
      size: PDF.length,
      sha256: sha(PDF),
      createdBy: { name: names.focal },
      deletedAt: null,
    });
    expect(created).not.toHaveProperty('storageKey');

    const [event] = await database.db
      .select()
      .from(schema.auditEvents)
      .where(and(eq(schema.auditEvents.entity, 'attachment'), eq(schema.auditEvents.entityId, created.id)));
    expect(event?.action).toBe('attachment.create');
    expect(event?.after).toMatchObject({
      fileName: ARABIC_NAME,
      size: PDF.length,
      sha256: sha(PDF),
      ownerId: updateId,
    });

    const listed = await list(s.contributor, 'progress_update', updateId);
    expect(listed.statusCode).toBe(200);
    expect(listed.json()).toMatchObject({
      canEdit: true,
      items: [{ id: created.id, fileName: ARABIC_NAME }],
    });
  });

  it('downloads as an attachment with the sniffed type, the exact Arabic name and a sandbox', async () => {
    const updateId = await progressUpdate('draft');
    // Named .txt and sent as application/octet-stream: the bytes say PNG and that is what is served.
    const created = (
      await upload(
        s.focal,
        { ownerType: 'progress_update', ownerId: updateId },
        {
          name: 'صورة الاجتماع.txt',
          bytes: PNG,
        },
      )
    ).json();
    const res = await download(s.focal, created.id);
    expect(res.statusCode).toBe(200);
    expect(res.rawPayload.equals(PNG)).toBe(true);
    expect(res.headers['content-type']).toBe('image/png');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toContain('sandbox');
    expect(res.headers['content-security-policy']).toContain("default-src 'none'");
    const disposition = String(res.headers['content-disposition']);
    expect(disposition.startsWith('attachment;')).toBe(true);
    const encoded = /filename\*=UTF-8''([^;]+)/.exec(disposition)?.[1] ?? '';
    expect(decodeURIComponent(encoded)).toBe('صورة الاجتماع.txt');
    expect(/filename="([^"]*)"/.exec(disposition)?.[1]).toBe('file.txt');
  });

  it('another institution, a CSO member and the public learn nothing of a draft (404), coordinators read it', async () => {
    const updateId = await progressUpdate('draft');
    const { id } = (
      await upload(
        s.focal,
        { ownerType: 'progress_update', ownerId: updateId },
        {
          name: 'note.pdf',
          bytes: PDF,
        },
      )
    ).json();
    for (const who of [s.otherFocal, s.cso, null]) {
      expect((await list(who, 'progress_update', updateId)).statusCode).toBe(404);
      expect((await download(who, id)).statusCode).toBe(404);
    }
    const other = await upload(
      s.otherFocal,
      { ownerType: 'progress_update', ownerId: updateId },
      {
        name: 'x.pdf',
        bytes: PDF,
      },
    );
    expect(other.statusCode).toBe(404);
    expect((await download(s.coordinator, id)).statusCode).toBe(200);
    const forCoordinator = await list(s.coordinator, 'progress_update', updateId);
    expect(forCoordinator.json()).toMatchObject({ canEdit: false, items: [{ id }] });
    // Coordinators review updates; they do not write the institution's evidence.
    const coordinatorUpload = await upload(
      s.coordinator,
      { ownerType: 'progress_update', ownerId: updateId },
      {
        name: 'x.pdf',
        bytes: PDF,
      },
    );
    expect(coordinatorUpload.statusCode).toBe(403);
  });

  it('once published, everyone may read the files and nobody may change them', async () => {
    const updateId = await progressUpdate('draft', ownInstitution, true);
    const { id } = (
      await upload(
        s.contributor,
        { ownerType: 'progress_update', ownerId: updateId },
        {
          name: 'preuve.pdf',
          bytes: PDF,
        },
      )
    ).json();
    await setStatus(updateId, 'published');
    for (const who of [null, s.cso, s.otherFocal]) {
      expect((await list(who, 'progress_update', updateId)).json()).toMatchObject({
        canEdit: false,
        items: [{ id }],
      });
      expect((await download(who, id)).rawPayload.equals(PDF)).toBe(true);
    }
    expect(
      (await upload(null, { ownerType: 'progress_update', ownerId: updateId }, { name: 'a.pdf', bytes: PDF }))
        .statusCode,
    ).toBe(401);
    expect(
      (
        await upload(
          s.focal,
          { ownerType: 'progress_update', ownerId: updateId },
          { name: 'a.pdf', bytes: PDF },
        )
      ).statusCode,
    ).toBe(403);
    expect((await remove(s.focal, id)).statusCode).toBe(403);
  });

  it('a published update on a measure of a draft plan keeps its files with staff and its institution', async () => {
    const updateId = await progressUpdate('draft');
    const { id } = (
      await upload(
        s.contributor,
        { ownerType: 'progress_update', ownerId: updateId },
        { name: 'p.pdf', bytes: PDF },
      )
    ).json();
    await setStatus(updateId, 'published');
    for (const who of [null, s.cso, s.otherFocal]) {
      expect((await list(who, 'progress_update', updateId)).statusCode).toBe(404);
      expect((await download(who, id)).statusCode).toBe(404);
    }
    for (const who of [s.coordinator, s.focal])
      expect((await download(who, id)).rawPayload.equals(PDF)).toBe(true);
  });

  it('a submitted update is frozen; a returned one takes files again', async () => {
    const updateId = await progressUpdate('submitted');
    const owner = { ownerType: 'progress_update', ownerId: updateId };
    expect((await upload(s.contributor, owner, { name: 'a.pdf', bytes: PDF })).statusCode).toBe(403);
    await setStatus(updateId, 'returned');
    expect((await upload(s.contributor, owner, { name: 'a.pdf', bytes: PDF })).statusCode).toBe(201);
  });

  it('refuses an HTML page renamed .pdf with a localised message, and keeps nothing', async () => {
    const updateId = await progressUpdate('draft');
    const before = blobFiles();
    const res = await upload(
      s.focal,
      { ownerType: 'progress_update', ownerId: updateId },
      { name: 'rapport.pdf', bytes: Buffer.from('<!DOCTYPE html><script>alert(1)</script>') },
      'fr',
    );
    expect(res.statusCode).toBe(422);
    expect(res.json().error.code).toBe('file_type_refused');
    expect(res.json().error.message).toContain("n'est pas accepté");
    const empty = await upload(
      s.focal,
      { ownerType: 'progress_update', ownerId: updateId },
      {
        name: 'vide.pdf',
        bytes: new Uint8Array(),
      },
      'ar',
    );
    expect(empty.json().error).toMatchObject({ code: 'file_empty', message: 'هذا الملف فارغ.' });
    expect(blobFiles()).toBe(before);
    expect((await list(s.focal, 'progress_update', updateId)).json().items).toEqual([]);
  });

  it('answers 413 past the size limit, in the user language, and keeps nothing', async () => {
    const updateId = await progressUpdate('draft');
    const before = blobFiles();
    const big = Buffer.alloc(20 * 1024, 'a'); // the test app's limit is 0.01 MB ≈ 10 kB
    const res = await upload(
      s.focal,
      { ownerType: 'progress_update', ownerId: updateId },
      {
        name: 'big.txt',
        bytes: big,
      },
      'ar',
    );
    expect(res.statusCode).toBe(413);
    expect(res.json().error.code).toBe('file_too_large');
    expect(res.json().error.message).toContain('الحد الأقصى');
    expect(res.json().error.details.limitBytes).toBe(Math.floor(0.01 * 1024 * 1024));
    expect(blobFiles()).toBe(before);
    expect((await list(s.focal, 'progress_update', updateId)).json().items).toEqual([]);
  });

  it('wants the owner fields before the file, and an owner that exists', async () => {
    const updateId = await progressUpdate('draft');
    // The file first, then the fields: refused before anything is stored.
    const boundary = 'tatabbu-order-test';
    const part = (headers: string, value: string | Buffer) =>
      Buffer.concat([
        Buffer.from(`--${boundary}\r\n${headers}\r\n\r\n`),
        Buffer.from(value),
        Buffer.from('\r\n'),
      ]);
    const payload = Buffer.concat([
      part('content-disposition: form-data; name="file"; filename="a.pdf"', PDF),
      part('content-disposition: form-data; name="ownerType"', 'progress_update'),
      part('content-disposition: form-data; name="ownerId"', updateId),
      Buffer.from(`--${boundary}--\r\n`),
    ]);
    const before = blobFiles();
    const fileFirst = await app.inject({
      method: 'POST',
      url: '/api/v1/attachments',
      headers: { ...asUser(s.focal), 'content-type': `multipart/form-data; boundary=${boundary}` },
      payload,
    });
    expect(fileFirst.statusCode).toBe(400);
    expect(blobFiles()).toBe(before);
    const unknown = await upload(
      s.focal,
      { ownerType: 'progress_update', ownerId: crypto.randomUUID() },
      {
        name: 'a.pdf',
        bytes: PDF,
      },
    );
    expect(unknown.statusCode).toBe(404);
    expect((await list(s.focal, 'progress_update', updateId)).json().items).toEqual([]);
  });

  it('removing keeps the bytes: gone from the list, still reachable to coordinators and admins', async () => {
    const updateId = await progressUpdate('draft');
    const { id } = (
      await upload(
        s.focal,
        { ownerType: 'progress_update', ownerId: updateId },
        {
          name: ARABIC_NAME,
          bytes: PDF,
        },
      )
    ).json();
    expect((await remove(s.otherFocal, id)).statusCode).toBe(404);
    expect((await remove(s.contributor, id)).statusCode).toBe(204);
    expect((await remove(s.contributor, id)).statusCode).toBe(404);

    expect((await list(s.focal, 'progress_update', updateId)).json().items).toEqual([]);
    expect((await download(s.focal, id)).statusCode).toBe(404);
    expect((await download(s.focal, id, '?includeDeleted=true')).statusCode).toBe(404);
    expect((await list(s.focal, 'progress_update', updateId, '&includeDeleted=true')).statusCode).toBe(403);

    for (const staff of [s.coordinator, s.admin]) {
      const res = await download(staff, id, '?includeDeleted=true');
      expect(res.statusCode).toBe(200);
      expect(res.rawPayload.equals(PDF)).toBe(true);
    }
    const withRemoved = (
      await list(s.coordinator, 'progress_update', updateId, '&includeDeleted=true')
    ).json();
    expect(withRemoved.items).toMatchObject([{ id, deletedBy: { name: names.contributor } }]);
    expect(withRemoved.items[0].deletedAt).toBeTruthy();

    const events = await database.db
      .select()
      .from(schema.auditEvents)
      .where(and(eq(schema.auditEvents.entity, 'attachment'), eq(schema.auditEvents.entityId, id)));
    expect(events.map((e) => e.action)).toEqual(['attachment.create', 'attachment.delete']);
    expect(events[1]?.after).toMatchObject({ fileName: ARABIC_NAME, sha256: sha(PDF), size: PDF.length });
  });
  it('a deleted record leaves its files to the audit trail: coordinators only, with includeDeleted', async () => {
    const updateId = await progressUpdate('draft');
    const { id } = (
      await upload(
        s.focal,
        { ownerType: 'progress_update', ownerId: updateId },
        { name: 'trace.pdf', bytes: PDF },
      )
    ).json();
    await database.db.delete(schema.progressUpdates).where(eq(schema.progressUpdates.id, updateId));
    expect((await download(s.focal, id)).statusCode).toBe(404);
    expect((await download(s.coordinator, id)).statusCode).toBe(404);
    expect((await list(s.focal, 'progress_update', updateId, '&includeDeleted=true')).statusCode).toBe(404);
    const back = await download(s.coordinator, id, '?includeDeleted=true');
    expect(back.statusCode).toBe(200);
    expect(back.rawPayload.equals(PDF)).toBe(true);
    const listed = await list(s.admin, 'progress_update', updateId, '&includeDeleted=true');
    expect(listed.json()).toMatchObject({ canEdit: false, items: [{ id, fileName: 'trace.pdf' }] });
    expect((await remove(s.focal, id)).statusCode).toBe(404);
  });
});

describe('evidence files of a measure', () => {
  it('coordinators manage them; a draft plan is hidden from the public and CSOs, a published one is not', async () => {
    const { planId, measureId } = await plan(false);
    const owner = { ownerType: 'measure', ownerId: measureId };
    expect((await upload(s.focal, owner, { name: 'a.pdf', bytes: PDF })).statusCode).toBe(403);
    const created = await upload(s.coordinator, owner, { name: 'مخطط.png', bytes: PNG });
    expect(created.statusCode).toBe(201);
    const { id } = created.json();

    for (const who of [null, s.cso]) {
      expect((await list(who, 'measure', measureId)).statusCode).toBe(404);
      expect((await download(who, id)).statusCode).toBe(404);
    }
    expect((await list(s.focal, 'measure', measureId)).json()).toMatchObject({
      canEdit: false,
      items: [{ id }],
    });
    expect((await list(s.coordinator, 'measure', measureId)).json().canEdit).toBe(true);

    await database.db
      .update(schema.actionPlans)
      .set({ published: true })
      .where(eq(schema.actionPlans.id, planId));
    expect((await list(null, 'measure', measureId)).json().items).toHaveLength(1);
    expect((await download(null, id)).rawPayload.equals(PNG)).toBe(true);
    expect((await remove(s.focal, id)).statusCode).toBe(403);
    expect((await remove(s.coordinator, id)).statusCode).toBe(204);
  });
});

describe('with the default settings', () => {
  let big: TestApp;
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'tatabbu-attachments-default-'));
    big = await startTestApp({ env: { TATABBU_BLOB_DIR: dir } });
  });
  afterAll(async () => {
    await big?.close();
  });

  it('takes a file of several megabytes (beyond the JSON body limit) and gives the same bytes back', async () => {
    const [inst] = await big.database.db
      .insert(schema.institutions)
      .values({ code: 'MIN-X', name: { fr: 'X' } })
      .returning();
    const focal = await addTestUser(big.database, 'focal_point', { institutionId: inst?.id as string });
    const session = await signIn(big.app, focal.email);
    const [p] = await big.database.db
      .insert(schema.actionPlans)
      .values({ code: 'P', name: { fr: 'P' } })
      .returning();
    const [m] = await big.database.db
      .insert(schema.measures)
      .values({ planId: p?.id as string, number: '1' })
      .returning();
    const [round] = await big.database.db
      .insert(schema.rounds)
      .values({ title: { fr: 'C' }, deadline: '2026-12-31' })
      .returning();
    const [u] = await big.database.db
      .insert(schema.progressUpdates)
      .values({ roundId: round?.id as string, measureId: m?.id, institutionId: inst?.id as string })
      .returning();
    const bytes = Buffer.concat([
      Buffer.from('%PDF-1.7\n'),
      Buffer.alloc(3 * 1024 * 1024, 0x20),
      Buffer.from('\n%%EOF\n'),
    ]);
    const body = multipart(
      { ownerType: 'progress_update', ownerId: u?.id as string },
      { name: 'scan.pdf', bytes },
    );
    const res = await big.app.inject({
      method: 'POST',
      url: '/api/v1/attachments',
      headers: { ...asUser(session), 'content-type': body.contentType },
      payload: body.payload,
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      size: bytes.length,
      sha256: sha(bytes),
      mediaType: 'application/pdf',
    });
    const back = await big.app.inject({
      method: 'GET',
      url: `/api/v1/attachments/${res.json().id}/content`,
      headers: asUser(session),
    });
    expect(back.headers['content-length']).toBe(String(bytes.length));
    expect(sha(back.rawPayload)).toBe(sha(bytes));

    // Two files in one request: refused as a whole, nothing kept.
    const count = () =>
      readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).length;
    const before = count();
    const boundary = 'two-files';
    const filePart = (name: string) =>
      Buffer.concat([
        Buffer.from(
          `--${boundary}\r\ncontent-disposition: form-data; name="file"; filename="${name}"\r\n\r\n`,
        ),
        PDF,
        Buffer.from('\r\n'),
      ]);
    const two = await big.app.inject({
      method: 'POST',
      url: '/api/v1/attachments',
      headers: { ...asUser(session), 'content-type': `multipart/form-data; boundary=${boundary}` },
      payload: Buffer.concat([
        Buffer.from(
          `--${boundary}\r\ncontent-disposition: form-data; name="ownerType"\r\n\r\nprogress_update\r\n` +
            `--${boundary}\r\ncontent-disposition: form-data; name="ownerId"\r\n\r\n${u?.id}\r\n`,
        ),
        filePart('a.pdf'),
        filePart('b.pdf'),
        Buffer.from(`--${boundary}--\r\n`),
      ]),
    });
    expect(two.statusCode).toBe(413);
    expect(count()).toBe(before);
    const listed = await big.app.inject({
      method: 'GET',
      url: `/api/v1/attachments?ownerType=progress_update&ownerId=${u?.id}`,
      headers: asUser(session),
    });
    expect(listed.json().items).toHaveLength(1);
  });
});
