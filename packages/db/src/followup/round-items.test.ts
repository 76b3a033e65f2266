import { roundCreateSchema, roundItemsAddSchema, roundItemsRemoveSchema } from '@tatabbu/domain';
import { describe, expect, it } from 'vitest';
import { StaleVersionError } from '../errors.js';
import { FollowUpInputError, InvalidTransitionError } from './errors.js';
import { addRoundItems, removeRoundItems } from './round-items.js';
import { createRound, patchRound } from './rounds.js';
import { followUpTestWorld, justiceDraft } from './test-fixtures.js';

const world = followUpTestWorld();

const roundOn = async (recommendationIds: string[]) =>
  createRound(
    world.db,
    { kind: 'all' },
    roundCreateSchema.parse({ title: { en: 'Round' }, deadline: '2099-01-31', recommendationIds }),
    world.f.coordinator.id,
  );
const add = (id: string, input: Record<string, unknown>) =>
  addRoundItems(world.db, { kind: 'all' }, id, roundItemsAddSchema.parse(input), world.f.coordinator.id);
const remove = (id: string, input: Record<string, unknown>) =>
  removeRoundItems(world.db, id, roundItemsRemoveSchema.parse(input), world.f.coordinator.id);
const askedBy = (round: Awaited<ReturnType<typeof roundOn>>) =>
  Object.fromEntries(round.institutions.map((i) => [i.institution.code, i.completion.asked]));

describe('changing what a round asks', () => {
  it('adds recommendations and measures, and asks the institutions responsible for them', async () => {
    const round = await roundOn([world.f.r3.id]);
    expect(askedBy(round)).toEqual({ MS: 1 });
    const wider = await add(round.id, {
      version: round.version,
      recommendationIds: [world.f.r2.id, world.f.r3.id],
      measureIds: [world.f.measure.id],
    });
    expect(wider.itemCount).toBe(3);
    // Justice leads §2 and measure 1.1; §3 was already there and is not doubled.
    expect(askedBy(wider)).toEqual({ MJ: 2, MS: 1 });
    expect(wider.version).toBe(round.version + 1);
  });

  it('refuses a stale version, unknown items and a closed round, changing nothing', async () => {
    const round = await roundOn([world.f.r3.id]);
    await expect(
      add(round.id, { version: round.version + 1, recommendationIds: [world.f.r1.id] }),
    ).rejects.toBeInstanceOf(StaleVersionError);
    await expect(
      add(round.id, { version: round.version, recommendationIds: [crypto.randomUUID()] }),
    ).rejects.toBeInstanceOf(FollowUpInputError);
    const open = await patchRound(world.db, round.id, { version: round.version, status: 'open' }, null);
    const closed = await patchRound(world.db, round.id, { version: open.version, status: 'closed' }, null);
    await expect(
      add(round.id, { version: closed.version, recommendationIds: [world.f.r1.id] }),
    ).rejects.toBeInstanceOf(InvalidTransitionError);
    expect(closed.itemCount).toBe(1);
  });

  it('removes items nobody reported on, and keeps those with an update', async () => {
    const round = await roundOn([world.f.r1.id, world.f.r2.id, world.f.r3.id]);
    const open = await patchRound(world.db, round.id, { version: round.version, status: 'open' }, null);
    await justiceDraft(world.db, world.f, round.id);
    await expect(
      remove(round.id, { version: open.version, recommendationIds: [world.f.r1.id] }),
    ).rejects.toBeInstanceOf(FollowUpInputError);
    const narrower = await remove(round.id, { version: open.version, recommendationIds: [world.f.r2.id] });
    expect(narrower.items.map((i) => i.subject.label).sort()).toEqual(['A/HRC/36/6 §1', 'A/HRC/36/6 §3']);
    await expect(
      remove(round.id, { version: narrower.version, recommendationIds: [world.f.r1.id, world.f.r3.id] }),
    ).rejects.toBeInstanceOf(FollowUpInputError);
  });
});
