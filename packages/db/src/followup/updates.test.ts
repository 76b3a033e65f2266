import { nextUpdateStatus, type UpdateCreate, type UpdateStatus } from '@tatabbu/domain';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { queryRows } from '../audit/sql.js';
import { ConflictError, NotFoundError } from '../errors.js';
import { getRecommendationHistory } from '../recommendations/history.js';
import { FollowUpInputError, InvalidTransitionError } from './errors.js';
import { loadHome } from './home.js';
import { createRound } from './rounds.js';
import { followUpTestWorld, justiceDraft, openRoundFixture } from './test-fixtures.js';
import { getUpdate, listUpdates } from './updates-read.js';
import { createUpdate, stepUpdate, type UpdateStep } from './updates-write.js';

const world = followUpTestWorld();

const ALL = { kind: 'all' } as const;
const justiceScope = () => ({ kind: 'institution', institutionId: world.f.justice.id }) as const;
const healthScope = () => ({ kind: 'institution', institutionId: world.f.health.id }) as const;
const PUBLIC = { kind: 'public' } as const;

async function version(id: string) {
  return (await getUpdate(world.db, ALL, id))?.version ?? -1;
}
const step = async (id: string, action: UpdateStep, extra: { comment?: string } = {}) =>
  stepUpdate(world.db, id, action, { version: await version(id), ...extra }, world.f.coordinator.id);

/** The steps that bring a new draft to `status`. */
const PATH: Record<UpdateStatus, UpdateStep[]> = {
  draft: [],
  submitted: ['submit'],
  returned: ['submit', 'return'],
  validated: ['submit', 'validate'],
  published: ['submit', 'validate', 'publish'],
};
const STEPS: UpdateStep[] = ['save', 'submit', 'return', 'validate', 'publish'];

describe('starting an update', () => {
  it('needs an open round that asks the institution about the item', async () => {
    const round = await openRoundFixture(world.db, world.f);
    const id = await justiceDraft(world.db, world.f, round.id);
    const update = await getUpdate(world.db, justiceScope(), id);
    expect(update).toMatchObject({
      status: 'draft',
      version: 0,
      proposedStatus: 'implemented',
      progress: 100,
    });
    expect(update?.narrative.fr).toBe('Loi adoptée en 2024.');
    expect(update?.versions.map((v) => v.action)).toEqual(['create']);
    // One update per institution and item in a round.
    await expect(justiceDraft(world.db, world.f, round.id)).rejects.toBeInstanceOf(ConflictError);
    // Health is not responsible for §2.
    await expect(
      createUpdate(
        world.db,
        { roundId: round.id, recommendationId: world.f.r2.id, institutionId: world.f.health.id },
        world.f.healthFocal.id,
      ),
    ).rejects.toBeInstanceOf(FollowUpInputError);
    const draftRound = await createRound(
      world.db,
      ALL,
      {
        title: { en: 'Draft' },
        instructions: {},
        deadline: '2099-01-01',
        recommendationIds: [world.f.r1.id],
      },
      null,
    );
    await expect(justiceDraft(world.db, world.f, draftRound.id)).rejects.toBeInstanceOf(
      InvalidTransitionError,
    );
  });

  it('refuses a period that ends before it starts', async () => {
    const round = await openRoundFixture(world.db, world.f);
    await expect(
      justiceDraft(world.db, world.f, round.id, { periodStart: '2024-06-01', periodEnd: '2024-01-01' }),
    ).rejects.toBeInstanceOf(FollowUpInputError);
  });
});

describe('the workflow', () => {
  for (const from of Object.keys(PATH) as UpdateStatus[]) {
    it(`from ${from}, allows exactly the steps of the domain's transition table`, async () => {
      for (const action of STEPS) {
        const round = await openRoundFixture(world.db, world.f);
        const id = await justiceDraft(world.db, world.f, round.id);
        for (const s of PATH[from]) await step(id, s, { comment: 'more detail please' });
        const before = await version(id);
        const expected = nextUpdateStatus(from, action);
        const attempt = step(id, action, { comment: 'more detail please' });
        if (expected === null) {
          await expect(attempt).rejects.toBeInstanceOf(InvalidTransitionError);
          expect(await version(id)).toBe(before);
        } else {
          await attempt;
          const after = await getUpdate(world.db, ALL, id);
          expect(after?.status).toBe(expected);
          expect(after?.version).toBe(before + 1);
        }
      }
    });
  }

  it('does not submit an update without a narrative and a proposed status', async () => {
    const round = await openRoundFixture(world.db, world.f);
    const id = await justiceDraft(world.db, world.f, round.id, { narrative: {}, proposedStatus: null });
    await expect(step(id, 'submit')).rejects.toBeInstanceOf(FollowUpInputError);
    expect((await getUpdate(world.db, ALL, id))?.status).toBe('draft');
  });

  it('returns with a comment only, and takes the resubmission', async () => {
    const round = await openRoundFixture(world.db, world.f);
    const id = await justiceDraft(world.db, world.f, round.id);
    await step(id, 'submit');
    await expect(step(id, 'return', { comment: '  ' })).rejects.toBeInstanceOf(FollowUpInputError);
    await step(id, 'return', { comment: 'Name the law and its date.' });
    const returned = await getUpdate(world.db, justiceScope(), id);
    expect(returned?.reviewComment).toBe('Name the law and its date.');
    // Another institution and the public never see the coordinator's comment.
    expect(await getUpdate(world.db, healthScope(), id)).toBeNull();
    await stepUpdate(
      world.db,
      id,
      'save',
      { version: await version(id), content: { narrative: { fr: 'Loi 27-14 du 25 août 2016.' } } },
      world.f.justiceFocal.id,
    );
    await step(id, 'submit');
    const resubmitted = await getUpdate(world.db, ALL, id);
    expect(resubmitted?.status).toBe('submitted');
    expect(resubmitted?.narrative.fr).toBe('Loi 27-14 du 25 août 2016.');
    expect(resubmitted?.versions.map((v) => [v.version, v.action])).toEqual([
      [4, 'submit'],
      [3, 'save'],
      [2, 'return'],
      [1, 'submit'],
      [0, 'create'],
    ]);
    expect(resubmitted?.versions.find((v) => v.action === 'return')?.comment).toBe(
      'Name the law and its date.',
    );
  });

  it('gives NotFound for an unknown update', async () => {
    await expect(
      stepUpdate(world.db, crypto.randomUUID(), 'submit', { version: 0 }, null),
    ).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe('validation sets the official status', () => {
  /** An update in a new open round, submitted and validated: what validation did is then checked. */
  const validatedUpdate = async (
    content: Omit<UpdateCreate, 'roundId'> & { institutionId: string },
    authorId: string,
  ) => {
    const round = await openRoundFixture(world.db, world.f);
    const id = await createUpdate(world.db, { roundId: round.id, ...content }, authorId);
    await step(id, 'submit');
    await step(id, 'validate');
    return id;
  };

  it('of the recommendation, with a status change and audit events, in one step', async () => {
    const id = await validatedUpdate(
      {
        recommendationId: world.f.r3.id,
        institutionId: world.f.health.id,
        narrative: { ar: 'تم إحداث المرصد.' },
        originalLang: 'ar',
        proposedStatus: 'in_progress',
      },
      world.f.healthFocal.id,
    );
    const [rec] = await queryRows<{ status: string; status_origin: string; is_today: boolean }>(
      world.db,
      sql`select status, status_origin, status_date = current_date as is_today from recommendations where id = ${world.f.r3.id}`,
    );
    expect(rec).toEqual({ status: 'in_progress', status_origin: 'validated_update', is_today: true });
    const changes = await queryRows<{ from_status: string; to_status: string; update_id: string }>(
      world.db,
      sql`select from_status, to_status, update_id from status_changes where recommendation_id = ${world.f.r3.id}`,
    );
    expect(changes).toEqual([{ from_status: 'not_started', to_status: 'in_progress', update_id: id }]);
    const audits = await queryRows<{ action: string }>(
      world.db,
      sql`select action from audit_events where entity_id in (${id}, ${world.f.r3.id}) order by seq`,
    );
    expect(audits.map((a) => a.action)).toEqual([
      'progress_update.create',
      'progress_update.submit',
      'recommendation.status_from_update',
      'progress_update.validate',
    ]);

    // The public sees neither the update nor the status change until it is published.
    const before = await getRecommendationHistory(world.db, { kind: 'published' }, world.f.r3.id, {
      lang: 'en',
      withEvents: false,
    });
    expect(before?.followUp).toEqual({ updates: [], steps: [], statusChanges: [] });
    await step(id, 'publish');
    const after = await getRecommendationHistory(world.db, { kind: 'published' }, world.f.r3.id, {
      lang: 'en',
      withEvents: false,
    });
    expect(after?.followUp.updates.map((u) => u.narrative.ar)).toEqual(['تم إحداث المرصد.']);
    expect(after?.followUp.statusChanges.map((c) => c.toStatus)).toEqual(['in_progress']);
    expect(after?.followUp.steps.map((s) => s.action)).toEqual(['publish', 'validate', 'submit']);
    expect(after?.followUp.steps.every((s) => s.actorName === null && s.comment === null)).toBe(true);
  });

  it('is no trace, for another institution, of an update it may not read', async () => {
    const id = await validatedUpdate(
      {
        recommendationId: world.f.r3.id,
        institutionId: world.f.health.id,
        narrative: { en: 'Observatory set up.' },
        proposedStatus: 'implemented',
      },
      world.f.healthFocal.id,
    );
    // §3 is published, so Justice reads it — but not Health's validated, unpublished update.
    const changesSeenBy = async (institutionId: string) =>
      (
        await getRecommendationHistory(
          world.db,
          { kind: 'published_or_institution', institutionId },
          world.f.r3.id,
          { lang: 'en', withEvents: false },
        )
      )?.followUp.statusChanges.map((c) => c.updateId);
    expect(await changesSeenBy(world.f.health.id)).toContain(id);
    expect(await changesSeenBy(world.f.justice.id)).not.toContain(id);
    await step(id, 'publish');
    expect(await changesSeenBy(world.f.justice.id)).toContain(id);
  });

  it('of a measure', async () => {
    const id = await validatedUpdate(
      {
        measureId: world.f.measure.id,
        institutionId: world.f.justice.id,
        narrative: { en: 'Done.' },
        proposedStatus: 'implemented',
      },
      world.f.justiceFocal.id,
    );
    const [measure] = await queryRows<{ status: string }>(
      world.db,
      sql`select status from measures where id = ${world.f.measure.id}`,
    );
    expect(measure?.status).toBe('implemented');
    const [change] = await queryRows<{ update_id: string }>(
      world.db,
      sql`select update_id from status_changes where measure_id = ${world.f.measure.id}`,
    );
    expect(change?.update_id).toBe(id);
  });
});

describe('who sees which updates', () => {
  it('shows an institution its own updates and the published ones; the public only published ones', async () => {
    const round = await openRoundFixture(world.db, world.f);
    const draft = await justiceDraft(world.db, world.f, round.id);
    const r2 = await justiceDraft(world.db, world.f, round.id, { recommendationId: world.f.r2.id });
    for (const s of ['submit', 'validate', 'publish'] as const) await step(r2, s);
    const ids = async (scope: Parameters<typeof listUpdates>[1]) =>
      (await listUpdates(world.db, scope, { page: 1, pageSize: 100, round: round.id })).items.map(
        (u) => u.id,
      );
    expect(await ids(ALL)).toEqual(expect.arrayContaining([draft, r2]));
    expect(await ids(justiceScope())).toEqual(expect.arrayContaining([draft, r2]));
    // §2 is published as an update but the recommendation itself is not public.
    expect(await ids(healthScope())).toEqual([]);
    expect(await ids(PUBLIC)).toEqual([]);
    const r1 = await justiceDraft(world.db, world.f, (await openRoundFixture(world.db, world.f)).id);
    for (const s of ['submit', 'validate', 'publish'] as const) await step(r1, s);
    const published = await listUpdates(world.db, PUBLIC, { page: 1, pageSize: 100, status: 'published' });
    expect(published.items.map((u) => u.id)).toContain(r1);
    expect(published.items.every((u) => u.status === 'published' && u.reviewComment === null)).toBe(true);
    const anyStatus = await listUpdates(world.db, PUBLIC, { page: 1, pageSize: 100, status: 'draft' });
    expect(anyStatus.total).toBe(0);
  });
});

describe('the home page', () => {
  it("lists an institution's assignments, what is due soonest first, and what came back", async () => {
    const late = await openRoundFixture(world.db, world.f, { deadline: '2020-06-30' });
    const id = await justiceDraft(world.db, world.f, late.id);
    await step(id, 'submit');
    await step(id, 'return', { comment: 'Add the figures.' });
    const home = await loadHome(world.db, justiceScope());
    expect(home.institution?.code).toBe('MJ');
    expect(home.assigned).toMatchObject({ lead: 2, contributing: 0 });
    const first = home.due.items[0];
    expect(first?.round.id).toBe(late.id);
    expect(first?.overdue).toBe(true);
    expect(
      home.due.items.every((d, i, all) => i === 0 || (all[i - 1]?.round.deadline ?? '') <= d.round.deadline),
    ).toBe(true);
    expect(home.returned.find((u) => u.id === id)?.reviewComment).toBe('Add the figures.');

    const desk = await loadHome(world.db, ALL);
    expect(desk.rounds.some((r) => r.id === late.id)).toBe(true);
    expect(desk.toReview.items.every((u) => u.status === 'submitted')).toBe(true);
  });
});
