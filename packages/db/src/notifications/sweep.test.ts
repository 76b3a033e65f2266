import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../connection.js';
import { assignments, mechanisms, notifications, recommendations } from '../schema/index.js';
import { openTestDatabase } from '../testing.js';
import { sweepNotifications } from './sweep.js';
import { seedNotificationWorld } from './test-world.js';

const DAY = 86_400_000;
const inDays = (n: number, from = new Date()) => new Date(from.getTime() + n * DAY);
const isoDay = (d: Date) => d.toISOString().slice(0, 10);

let database: Database;
let world: Awaited<ReturnType<typeof seedNotificationWorld>>;

beforeAll(async () => {
  database = await openTestDatabase();
  world = await seedNotificationWorld(database.db);
});
afterAll(() => database.close());

const of = async (userId: string, kind?: string) =>
  database.db
    .select()
    .from(notifications)
    .where(
      kind
        ? and(eq(notifications.userId, userId), eq(notifications.kind, kind as never))
        : eq(notifications.userId, userId),
    );

describe('sweepNotifications', () => {
  it('notifies nothing that happened before the first sweep (the watermark)', async () => {
    await world.assign(world.rec1.id, world.justice.id); // historical, e.g. the demo data
    expect(await sweepNotifications(database.db, new Date())).toEqual({});
    expect(await of(world.focalJustice.id)).toHaveLength(0);
  });

  it('tells the focal points of an institution about a new assignment, exactly once', async () => {
    await world.assign(world.rec2.id, world.justice.id);
    await world.assign(world.rec2.id, world.health.id, world.focalHealth.id); // self-assigned: not notified
    expect(await sweepNotifications(database.db, new Date())).toEqual({ assignment: 1 });
    expect(await sweepNotifications(database.db, new Date())).toEqual({});
    const [n] = await of(world.focalJustice.id, 'assignment');
    expect(n?.payload).toMatchObject({
      recommendationId: world.rec2.id,
      recommendationKey: 'CAT/C/MAR/CO/5 §12',
    });
    expect(await of(world.contributorJustice.id, 'assignment')).toHaveLength(0);
    expect(await of(world.focalHealth.id)).toHaveLength(0);
  });

  it('tells a focal point once about a bulk assignment, with the count', async () => {
    const [mechanism] = await database.db.select().from(mechanisms).limit(1);
    const recs = await database.db
      .insert(recommendations)
      .values(
        [23, 24, 25].map((n) => ({ key: `CAT/C/MAR/CO/5 §${n}`, mechanismId: mechanism?.id as string })),
      )
      .returning();
    // One statement, as a bulk assignment writes them: the same time and author for every row.
    await database.db.insert(assignments).values(
      recs.map((r) => ({
        recommendationId: r.id,
        institutionId: world.health.id,
        role: 'lead' as const,
        assignedBy: world.coordinator.id,
      })),
    );
    expect(await sweepNotifications(database.db, new Date())).toEqual({ assignment_batch: 1 });
    const [n] = await of(world.focalHealth.id, 'assignment_batch');
    expect(n?.payload).toMatchObject({ count: 3, institutionId: world.health.id });
    expect(await of(world.focalHealth.id, 'assignment')).toHaveLength(0);
  });

  it('sends round reminders 7 days and 1 day before the deadline and when overdue, only while items are not submitted', async () => {
    const deadline = inDays(6);
    const round = await world.openRound(
      isoDay(deadline),
      [world.justice.id, world.health.id],
      [world.rec1.id, world.rec2.id],
    );
    const now = new Date();
    // Health has no item assigned in the round except rec2; Justice has rec1 and rec2.
    expect(await sweepNotifications(database.db, now)).toMatchObject({ round_opened: 3, deadline_7d: 3 });
    expect((await of(world.focalJustice.id, 'round_opened'))[0]?.payload).toMatchObject({
      roundId: round.id,
    });
    expect((await of(world.contributorJustice.id, 'deadline_7d'))[0]?.payload).toMatchObject({ items: 2 });

    // Health submits its only item: no more reminders for Health.
    const update = await world.draftUpdate(round.id, world.rec2.id, world.health.id, world.focalHealth.id);
    await world.step(update.id, 'submit', 'submitted', world.focalHealth.id);
    const created = await sweepNotifications(database.db, inDays(5, now));
    expect(created).toMatchObject({ deadline_1d: 2, submitted: 1 });
    expect(await of(world.focalHealth.id, 'deadline_1d')).toHaveLength(0);
    expect(await sweepNotifications(database.db, inDays(5, now))).toEqual({});

    expect(await sweepNotifications(database.db, inDays(8, now))).toEqual({ overdue: 2 });
    expect(await of(world.focalHealth.id, 'overdue')).toHaveLength(0);
  });

  it('follows an update through submit, return (with the comment), validate and publish', async () => {
    const update = await world.submittedJusticeUpdate(world.rec1.id, isoDay(inDays(30)));
    await world.step(update.id, 'return', 'returned', world.coordinator.id, 'Ajoutez les chiffres de 2024');
    await world.step(update.id, 'submit', 'submitted', world.focalJustice.id);
    await world.step(update.id, 'validate', 'validated', world.coordinator.id);
    await world.step(update.id, 'publish', 'published', world.coordinator.id);
    const created = await sweepNotifications(database.db, new Date());
    // Two submissions → the coordinator twice; return, validate, publish → focal point and author.
    expect(created).toMatchObject({ submitted: 2, returned: 2, validated: 2, published: 2 });
    const [returned] = await of(world.contributorJustice.id, 'returned');
    expect(returned?.payload).toMatchObject({ updateId: update.id, comment: 'Ajoutez les chiffres de 2024' });
    expect(await of(world.coordinator.id, 'returned')).toHaveLength(0);
    expect(await of(world.focalHealth.id, 'validated')).toHaveLength(0);
  });

  it('creates each notification once when sweeps run at the same time', async () => {
    await world.assign(world.rec1.id, world.health.id);
    const results = await Promise.all([1, 2, 3].map(() => sweepNotifications(database.db, new Date())));
    expect(results.reduce((sum, r) => sum + (r.assignment ?? 0), 0)).toBe(1);
    expect(await of(world.focalHealth.id, 'assignment')).toHaveLength(1);
  });
});

describe('sweepNotifications on an instance that has run for a while', () => {
  it('looks back one week at most, so a sweep does not re-read the whole history', async () => {
    const db = await openTestDatabase();
    try {
      const w = await seedNotificationWorld(db.db);
      await sweepNotifications(db.db, inDays(-30)); // the instance started a month ago
      const old = await w.assign(w.rec1.id, w.justice.id);
      const recent = await w.assign(w.rec2.id, w.justice.id);
      await db.db
        .update(assignments)
        .set({ assignedAt: inDays(-8).toISOString() })
        .where(eq(assignments.id, old.id));
      await db.db
        .update(assignments)
        .set({ assignedAt: inDays(-3).toISOString() })
        .where(eq(assignments.id, recent.id));
      expect(await sweepNotifications(db.db, new Date())).toEqual({ assignment: 1 });
      const [n] = await db.db.select().from(notifications).where(eq(notifications.userId, w.focalJustice.id));
      expect(n?.payload).toMatchObject({ recommendationId: w.rec2.id });
    } finally {
      await db.close();
    }
  });
});
