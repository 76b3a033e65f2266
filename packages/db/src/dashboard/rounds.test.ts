import { recommendationFiltersSchema } from '@tatabbu/domain';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { followUpTestWorld, justiceDraft, openRoundFixture } from '../followup/test-fixtures.js';
import { rounds } from '../schema/index.js';
import { loadDashboard } from './dashboard.js';
import { openRoundCompletion } from './rounds.js';

const world = followUpTestWorld();
const noFilters = recommendationFiltersSchema.parse({});

describe('dashboard: open rounds', () => {
  it("shows each open round's completion by institution, overdue once its deadline has passed", async () => {
    const { db, f } = world;
    const round = await openRoundFixture(db, f);
    await justiceDraft(db, f, round.id);
    const [shown] = await openRoundCompletion(db, { kind: 'all' });
    expect(shown?.id).toBe(round.id);
    expect(shown?.overdue).toBe(false);
    const byCode = Object.fromEntries(
      shown?.institutions.map((i) => [i.institution.code, i.completion]) ?? [],
    );
    // Justice is asked about §1, §2 and its measure; Health about §1 (contributing) and §3.
    expect(byCode.MJ).toMatchObject({ asked: 3, drafted: 1, submitted: 0, validated: 0, overdue: 0 });
    expect(byCode.MS).toMatchObject({ asked: 2, drafted: 0, overdue: 0 });
    expect(shown?.completion.asked).toBe(5);

    await db.update(rounds).set({ deadline: '2020-01-31' }).where(eq(rounds.id, round.id));
    const [late] = await openRoundCompletion(db, { kind: 'all' });
    expect(late?.overdue).toBe(true);
    // Nothing is submitted yet: every asked pair is overdue, the drafted one too.
    expect(late?.institutions.map((i) => [i.institution.code, i.completion.overdue])).toEqual([
      ['MJ', 3],
      ['MS', 2],
    ]);
  });

  it('a focal point sees their own institution only; CSO members and the public see no rounds', async () => {
    const { db, f } = world;
    const [own] = await openRoundCompletion(db, { kind: 'institution', institutionId: f.health.id });
    expect(own?.institutions.map((i) => i.institution.code)).toEqual(['MS']);
    expect(own?.completion.asked).toBe(2);
    expect(await openRoundCompletion(db, { kind: 'public' })).toEqual([]);
    const cso = await loadDashboard(db, { kind: 'published' }, noFilters, 'signed_in');
    expect(cso.rounds).toEqual([]);
    const anonymous = await loadDashboard(db, { kind: 'published' }, noFilters, 'public');
    expect(anonymous.rounds).toBeNull();
  });
});
