import { recommendationFiltersSchema } from '@tatabbu/domain';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../accounts/index.js';
import { queryRows } from '../audit/sql.js';
import type { Database } from '../connection.js';
import { seedMoroccoDemo } from '../demo/morocco.js';
import { dataRootDefault, loadReferenceData } from '../reference/load.js';
import { openTestDatabase } from '../testing.js';
import { countDocumentRecommendations, documentRecommendationBatches } from './follow-up-data.js';
import {
  claimDocumentJob,
  createDocumentJob,
  failDocumentJob,
  finishDocumentJob,
  getDocumentJob,
  listMyDocumentJobs,
  markInterruptedDocumentJobsFailed,
  setDocumentProgress,
  sweepExpiredDocumentJobs,
} from './jobs.js';
import { loadInstitutionSheet, loadMeasureCards } from './sheet-data.js';

let database: Database;
let userId: string;

beforeAll(async () => {
  database = await openTestDatabase();
  await loadReferenceData(database.db, dataRootDefault());
  await seedMoroccoDemo(database.db, dataRootDefault());
  const user = await createUser(
    database.db,
    {
      email: 'coord@example.org',
      name: 'Coordinator',
      role: 'coordinator',
      passwordHash: 'x',
      mustChangePassword: false,
    },
    null,
  );
  userId = user.id;
});
afterAll(async () => {
  await database?.close();
});

const filters = (query: Record<string, unknown> = {}) => recommendationFiltersSchema.parse(query);

describe('document jobs', () => {
  it('go queued → running → done with progress, are listed for their author, and audited', async () => {
    const job = await createDocumentJob(database.db, {
      kind: 'matrix',
      lang: 'ar',
      params: { a: 1 },
      actorId: userId,
    });
    expect(job.status).toBe('queued');
    expect(await claimDocumentJob(database.db, job.id, 10)).toBe(true);
    expect(await claimDocumentJob(database.db, job.id, 10)).toBe(false);
    await setDocumentProgress(database.db, job.id, 4, 10);
    expect((await getDocumentJob(database.db, job.id))?.progressDone).toBe(4);
    await finishDocumentJob(database.db, job.id, {
      fileName: 'm.xlsx',
      mediaType: 'application/x',
      size: 12,
      storageKey: 'k1',
    });
    const done = await getDocumentJob(database.db, job.id);
    expect(done).toMatchObject({ status: 'done', progressDone: 10, size: 12, storageKey: 'k1' });
    expect(done?.expiresAt).not.toBeNull();
    expect((await listMyDocumentJobs(database.db, userId)).map((j) => j.id)).toContain(job.id);
    const [audit] = await queryRows<{ n: number }>(
      database.db,
      sql`select count(*)::int as n from audit_events where action = 'document.generate' and entity_id = ${job.id}`,
    );
    expect(audit?.n).toBe(1);
    expect(await getDocumentJob(database.db, 'not-a-uuid')).toBeNull();
  });

  it('fail with a reason, are failed when a restart interrupted them, and expire with their file', async () => {
    const a = await createDocumentJob(database.db, {
      kind: 'report',
      lang: 'fr',
      params: {},
      actorId: userId,
    });
    await failDocumentJob(database.db, a.id, 'boom');
    expect((await getDocumentJob(database.db, a.id))?.failureReason).toBe('boom');
    const b = await createDocumentJob(database.db, {
      kind: 'report',
      lang: 'fr',
      params: {},
      actorId: userId,
    });
    expect(await markInterruptedDocumentJobsFailed(database.db)).toBeGreaterThanOrEqual(1);
    expect((await getDocumentJob(database.db, b.id))?.status).toBe('failed');
    const later = new Date(Date.now() + 25 * 3600 * 1000);
    expect(await sweepExpiredDocumentJobs(database.db, later)).toContain('k1');
    expect(await listMyDocumentJobs(database.db, userId)).toHaveLength(2);
  });
});

describe('document data', () => {
  it('gives the filtered recommendations with their latest validated narrative and measures, scoped', async () => {
    const all = { kind: 'all' } as const;
    const total = await countDocumentRecommendations(database.db, all, filters());
    expect(total).toBe(595);
    const rows = [];
    for await (const batch of documentRecommendationBatches(database.db, all, filters(), 200))
      rows.push(...batch);
    expect(rows).toHaveLength(595);
    const withUpdates = rows.filter((r) => r.updates.length > 0);
    expect(withUpdates).toHaveLength(36);
    expect(withUpdates[0]?.updates[0]?.narrative.ar).toContain('بيانات توضيحية');
    expect(rows.filter((r) => r.measures.length > 0).length).toBeGreaterThan(500);
    // The public sees the published updates only (27 of the 36 validated).
    let published = 0;
    for await (const batch of documentRecommendationBatches(database.db, { kind: 'published' }, filters()))
      published += batch.filter((r) => r.updates.length > 0).length;
    expect(published).toBe(27);
    expect(await countDocumentRecommendations(database.db, all, filters({ mechanism: 'UPR' }))).toBe(222);
  });

  it('sums up an institution: what it holds, has done and owes', async () => {
    const [lead] = await queryRows<{ institution_id: string; n: number }>(
      database.db,
      sql`select institution_id, count(*)::int as n from progress_updates group by institution_id order by n desc limit 1`,
    );
    const sheet = await loadInstitutionSheet(database.db, lead?.institution_id ?? '');
    expect(sheet.done).toHaveLength(lead?.n ?? -1);
    expect(sheet.holds.length).toBeGreaterThanOrEqual(sheet.done.length);
    expect(sheet.holds[0]?.role).toBe('lead');
    // The demo round is closed: nothing is owed until a round opens and asks it.
    expect(sheet.owes).toHaveLength(0);
    const recommendationId = sheet.holds[0]?.id as string;
    const [round] = await queryRows<{ id: string }>(
      database.db,
      sql`insert into rounds (title, deadline, status) values ('{"fr":"Campagne 2025"}'::jsonb, '2025-01-31', 'open') returning id`,
    );
    await database.db.execute(
      sql`insert into round_institutions values (${round?.id}, ${lead?.institution_id})`,
    );
    await database.db.execute(
      sql`insert into round_items (round_id, recommendation_id) values (${round?.id}, ${recommendationId})`,
    );
    const owed = await loadInstitutionSheet(database.db, lead?.institution_id ?? '', '2025-02-01');
    expect(owed.owes).toMatchObject([{ id: recommendationId, overdue: true, updateStatus: null }]);
  });

  it('lays out the demo plan as measure cards, refusing an unpublished plan to public callers', async () => {
    const [plan] = await queryRows<{ id: string }>(database.db, sql`select id from action_plans limit 1`);
    const data = await loadMeasureCards(database.db, plan?.id ?? '', { publishedOnly: true });
    expect(data.cards.length).toBeGreaterThan(10);
    expect(data.cards[0]?.axis?.number).toBe('1');
    expect(data.cards[0]?.recommendations.length).toBeGreaterThan(0);
    expect(data.cards[0]?.institutions[0]?.role).toBe('lead');
    await database.db.execute(sql`update action_plans set published = false where id = ${plan?.id}`);
    await expect(loadMeasureCards(database.db, plan?.id ?? '', { publishedOnly: true })).rejects.toThrow(
      /not found/,
    );
    await database.db.execute(sql`update action_plans set published = true where id = ${plan?.id}`);
  });
});
