import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../audit/sql.js';
import type { Database } from '../connection.js';
import { loadFollowUpTimeline } from '../followup/timeline.js';
import { dataRootDefault, loadReferenceData } from '../reference/load.js';
import { openTestDatabase } from '../testing.js';
import { isDemoFollowUpSeeded, seedDemoFollowUp } from './follow-up.js';
import { seedMoroccoDemo } from './morocco.js';

let database: Database;

beforeAll(async () => {
  database = await openTestDatabase();
  await loadReferenceData(database.db, dataRootDefault());
  await seedMoroccoDemo(database.db, dataRootDefault());
});
afterAll(async () => {
  await database?.close();
});

const rows = <T>(query: ReturnType<typeof sql>) => queryRows<T>(database.db, query);

describe('demo follow-up', () => {
  it('closes one illustrative round with validated and published updates of a few dozen recommendations', async () => {
    expect(await isDemoFollowUpSeeded(database.db)).toBe(true);
    const [round] = await rows<{ status: string; title: { ar: string; fr: string }; items: number }>(
      sql`select status, title, (select count(*)::int from round_items i where i.round_id = r.id) as items from rounds r`,
    );
    expect(round?.status).toBe('closed');
    expect(round?.title.fr).toContain('illustratives');
    expect(round?.items).toBe(36);
    const counts = await rows<{ status: string; n: number }>(
      sql`select status, count(*)::int as n from progress_updates group by status order by status`,
    );
    expect(counts).toEqual([
      { status: 'published', n: 27 },
      { status: 'validated', n: 9 },
    ]);
    // Every update is the lead institution's, in Arabic and French, marked illustrative, and agrees
    // with the recommendation's demo status (the demo's numbers do not move).
    const [check] = await rows<{ bad: number }>(
      sql`select count(*)::int as bad from progress_updates u join recommendations r on r.id = u.recommendation_id
          where u.narrative_ar not like '[بيانات توضيحية]%' or u.narrative_fr not like '[Données illustratives]%'
             or u.proposed_status <> r.status or r.status_origin <> 'demo'
             or not exists (select 1 from assignments a where a.recommendation_id = r.id
                            and a.institution_id = u.institution_id and a.role = 'lead')`,
    );
    expect(check?.bad).toBe(0);
  });

  it('shows the public the published update, its steps and the status it records', async () => {
    const [published] = await rows<{ recommendation_id: string; narrative_ar: string }>(
      sql`select recommendation_id, narrative_ar from progress_updates where status = 'published' limit 1`,
    );
    const timeline = await loadFollowUpTimeline(
      database.db,
      { kind: 'public' },
      published?.recommendation_id ?? '',
    );
    expect(timeline.updates).toHaveLength(1);
    expect(timeline.steps.map((s) => s.action)).toEqual(['publish', 'validate', 'submit']);
    expect(timeline.statusChanges).toHaveLength(1);
    expect(timeline.statusChanges[0]?.origin).toBe('demo');

    const [validatedOnly] = await rows<{ recommendation_id: string }>(
      sql`select recommendation_id from progress_updates where status = 'validated' limit 1`,
    );
    const hidden = await loadFollowUpTimeline(
      database.db,
      { kind: 'public' },
      validatedOnly?.recommendation_id ?? '',
    );
    expect(hidden.updates).toHaveLength(0);
    expect(hidden.statusChanges).toHaveLength(0);
  });

  it('changes nothing when seeded again', async () => {
    const snapshot = () =>
      rows<{
        t: string;
      }>(sql`select (select count(*) from rounds) || '/' || (select count(*) from progress_updates)
        || '/' || (select count(*) from progress_update_versions) || '/' || (select count(*) from status_changes)
        || '/' || (select count(*) from audit_events) as t`);
    const before = await snapshot();
    expect(await seedDemoFollowUp(database.db)).toBe(0);
    await seedMoroccoDemo(database.db, dataRootDefault());
    expect(await snapshot()).toEqual(before);
  });
});
