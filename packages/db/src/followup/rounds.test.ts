import { roundCreateSchema } from '@tatabbu/domain';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { queryRows } from '../audit/sql.js';
import { StaleVersionError } from '../errors.js';
import { FollowUpInputError, InvalidTransitionError } from './errors.js';
import { createRound, getRound, listRounds, patchRound } from './rounds.js';
import { followUpTestWorld, justiceDraft, openRoundFixture } from './test-fixtures.js';

const world = followUpTestWorld();

const draftRound = (input: Record<string, unknown>) =>
  createRound(
    world.db,
    { kind: 'all' },
    roundCreateSchema.parse({ title: { en: 'Round' }, deadline: '2099-01-31', ...input }),
    world.f.coordinator.id,
  );

describe('creating a round', () => {
  it('asks, by default, the institutions responsible for the chosen recommendations and measures', async () => {
    const round = await draftRound({
      recommendationIds: [world.f.r1.id, world.f.r2.id, world.f.r3.id],
      measureIds: [world.f.measure.id],
    });
    expect(round.status).toBe('draft');
    expect(round.itemCount).toBe(4);
    const asked = Object.fromEntries(round.institutions.map((i) => [i.institution.code, i.completion.asked]));
    // Justice: §1 (lead), §2 (lead), measure 1.1; Health: §1 (contributing), §3 (lead).
    expect(asked).toEqual({ MJ: 3, MS: 2 });
    expect(round.completion.asked).toBe(5);
    const [audit] = await queryRows<{ action: string }>(
      world.db,
      sql`select action from audit_events where entity = 'round' and entity_id = ${round.id}`,
    );
    expect(audit?.action).toBe('round.create');
  });

  it('takes the recommendations matching the list filters', async () => {
    const round = await draftRound({ filters: { institution: [world.f.health.id] } });
    expect(round.items.map((i) => i.subject.label).sort()).toEqual(['A/HRC/36/6 §1', 'A/HRC/36/6 §3']);
  });

  it('asks a named institution responsible for none of the items about all of them', async () => {
    const round = await draftRound({
      recommendationIds: [world.f.r3.id],
      institutionIds: [world.f.justice.id],
    });
    expect(round.institutions.map((i) => [i.institution.code, i.completion.asked])).toEqual([['MJ', 1]]);
  });

  it('refuses unknown recommendations or institutions, and items nobody is responsible for, changing nothing', async () => {
    const before = await listRounds(world.db, { kind: 'all' }, { page: 1, pageSize: 100 });
    await expect(draftRound({ recommendationIds: [crypto.randomUUID()] })).rejects.toBeInstanceOf(
      FollowUpInputError,
    );
    await expect(
      draftRound({ recommendationIds: [world.f.r1.id], institutionIds: [crypto.randomUUID()] }),
    ).rejects.toBeInstanceOf(FollowUpInputError);
    await expect(draftRound({ filters: { q: 'no such words anywhere' } })).rejects.toBeInstanceOf(
      FollowUpInputError,
    );
    const after = await listRounds(world.db, { kind: 'all' }, { page: 1, pageSize: 100 });
    expect(after.total).toBe(before.total);
  });
});

describe('the life of a round', () => {
  it('goes draft → open → closed and no other way, version-checked', async () => {
    const round = await draftRound({ recommendationIds: [world.f.r1.id] });
    await expect(
      patchRound(world.db, round.id, { version: round.version, status: 'closed' }, null),
    ).rejects.toBeInstanceOf(InvalidTransitionError);
    const open = await patchRound(world.db, round.id, { version: round.version, status: 'open' }, null);
    expect(open.status).toBe('open');
    expect(open.openedAt).not.toBeNull();
    await expect(
      patchRound(world.db, round.id, { version: round.version, deadline: '2099-02-01' }, null),
    ).rejects.toBeInstanceOf(StaleVersionError);
    await expect(
      patchRound(world.db, round.id, { version: open.version, status: 'draft' }, null),
    ).rejects.toBeInstanceOf(InvalidTransitionError);
    const closed = await patchRound(world.db, round.id, { version: open.version, status: 'closed' }, null);
    expect(closed.status).toBe('closed');
    await expect(
      patchRound(world.db, round.id, { version: closed.version, status: 'open' }, null),
    ).rejects.toBeInstanceOf(InvalidTransitionError);
  });

  it('counts what is overdue once the deadline has passed', async () => {
    const round = await openRoundFixture(world.db, world.f, { deadline: '2020-01-31' });
    expect(round.completion.overdue).toBe(5);
    const id = await justiceDraft(world.db, world.f, round.id);
    const detail = await getRound(world.db, { kind: 'all' }, round.id);
    const justice = detail?.institutions.find((i) => i.institution.code === 'MJ')?.completion;
    expect(justice).toMatchObject({ asked: 3, drafted: 1, overdue: 3 });
    expect(detail?.items.find((i) => i.subject.id === world.f.r1.id)?.institutions).toContainEqual({
      institutionId: world.f.justice.id,
      updateId: id,
      updateStatus: 'draft',
    });
  });
});

describe('who sees which rounds', () => {
  it('shows an institution only the open rounds that ask it, and only its own items', async () => {
    const open = await openRoundFixture(world.db, world.f);
    const hidden = await draftRound({ recommendationIds: [world.f.r1.id] });
    const scope = { kind: 'institution', institutionId: world.f.health.id } as const;
    const list = await listRounds(world.db, scope, { page: 1, pageSize: 100 });
    expect(list.items.map((r) => r.id)).toContain(open.id);
    expect(list.items.map((r) => r.id)).not.toContain(hidden.id);
    expect(list.items.every((r) => r.status !== 'draft')).toBe(true);
    const detail = await getRound(world.db, scope, open.id);
    expect(detail?.institutions.map((i) => i.institution.code)).toEqual(['MS']);
    expect(detail?.items.map((i) => i.subject.label).sort()).toEqual(['A/HRC/36/6 §1', 'A/HRC/36/6 §3']);
    expect(detail?.items.flatMap((i) => i.institutions.map((x) => x.institutionId))).not.toContain(
      world.f.justice.id,
    );
    expect(await getRound(world.db, scope, hidden.id)).toBeNull();
  });

  it('shows the public no round at all', async () => {
    const list = await listRounds(world.db, { kind: 'public' }, { page: 1, pageSize: 100 });
    expect(list).toEqual({ items: [], total: 0 });
  });
});
