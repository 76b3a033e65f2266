import type { RoundCreateInput, UpdateCreate } from '@tatabbu/domain';
import { roundCreateSchema } from '@tatabbu/domain';
import { afterAll, beforeAll } from 'vitest';
import type { Database, Db } from '../connection.js';
import {
  actionPlans,
  assignments,
  institutions,
  measureInstitutions,
  measures,
  mechanisms,
  recommendations,
  users,
} from '../schema/index.js';
import { one, openTestDatabase } from '../testing.js';
import { createRound, patchRound } from './rounds.js';
import { createUpdate } from './updates-write.js';

/**
 * Two ministries: Justice leads §1 and §2 and carries measure 1.1; Health contributes to §1 and
 * leads §3 (published). One coordinator, a focal point and a contributor of Justice, a focal point
 * of Health, a CSO member.
 */
export async function insertFollowUpFixtures(db: Db) {
  const justice = await one(
    db
      .insert(institutions)
      .values({ code: 'MJ', name: { fr: 'Ministère de la Justice', en: 'Ministry of Justice' } })
      .returning(),
  );
  const health = await one(
    db
      .insert(institutions)
      .values({ code: 'MS', name: { fr: 'Ministère de la Santé', en: 'Ministry of Health' } })
      .returning(),
  );
  const upr = await one(
    db
      .insert(mechanisms)
      .values({ code: 'UPR', type: 'upr', name: { en: 'UPR' }, sort: 1 })
      .returning(),
  );
  const rec = (key: string, published: boolean) =>
    one(
      db
        .insert(recommendations)
        .values({ key, mechanismId: upr.id, textEn: `Text of ${key}`, published, status: 'not_started' })
        .returning(),
    );
  const r1 = await rec('A/HRC/36/6 §1', true);
  const r2 = await rec('A/HRC/36/6 §2', false);
  const r3 = await rec('A/HRC/36/6 §3', true);
  await db.insert(assignments).values([
    { recommendationId: r1.id, institutionId: justice.id, role: 'lead' },
    { recommendationId: r1.id, institutionId: health.id, role: 'contributing' },
    { recommendationId: r2.id, institutionId: justice.id, role: 'lead' },
    { recommendationId: r3.id, institutionId: health.id, role: 'lead' },
  ]);
  const plan = await one(
    db
      .insert(actionPlans)
      .values({ code: 'PANDDH', name: { fr: 'PANDDH' }, published: true })
      .returning(),
  );
  const measure = await one(
    db
      .insert(measures)
      .values({ planId: plan.id, number: '1.1', name: { fr: 'Mesure 1.1' } })
      .returning(),
  );
  await db.insert(measureInstitutions).values({ measureId: measure.id, institutionId: justice.id });
  const user = (
    name: string,
    role: (typeof users.$inferInsert)['role'],
    institutionId: string | null = null,
  ) =>
    one(
      db
        .insert(users)
        .values({ email: `${name}@example.org`, name, role, institutionId, passwordHash: 'x' })
        .returning(),
    );
  const coordinator = await user('coordinator', 'coordinator');
  const justiceFocal = await user('justice-focal', 'focal_point', justice.id);
  const justiceContributor = await user('justice-contributor', 'contributor', justice.id);
  const healthFocal = await user('health-focal', 'focal_point', health.id);
  const cso = await user('cso', 'cso');
  return {
    justice,
    health,
    r1,
    r2,
    r3,
    measure,
    coordinator,
    justiceFocal,
    justiceContributor,
    healthFocal,
    cso,
  };
}
export type FollowUpFixtures = Awaited<ReturnType<typeof insertFollowUpFixtures>>;

/**
 * A test file's own database holding the follow-up fixtures: opened before its tests, closed after.
 * Read `db` and `f` inside tests (they are set once `beforeAll` has run).
 */
export function followUpTestWorld() {
  let database: Database | undefined;
  let fixtures: FollowUpFixtures | undefined;
  beforeAll(async () => {
    database = await openTestDatabase();
    fixtures = await insertFollowUpFixtures(database.db);
  });
  afterAll(() => database?.close());
  const ready = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('the follow-up test world is read before beforeAll ran');
    return value;
  };
  return {
    get db(): Db {
      return ready(database).db;
    },
    get f(): FollowUpFixtures {
      return ready(fixtures);
    },
  };
}

/** An open round over §1, §2, §3 and measure 1.1, asking the responsible institutions. */
export async function openRoundFixture(db: Db, f: FollowUpFixtures, extra: Partial<RoundCreateInput> = {}) {
  const created = await createRound(
    db,
    { kind: 'all' },
    roundCreateSchema.parse({
      title: { fr: 'Rapport à mi-parcours', en: 'Mid-term report' },
      deadline: '2099-12-31',
      recommendationIds: [f.r1.id, f.r2.id, f.r3.id],
      measureIds: [f.measure.id],
      ...extra,
    }),
    f.coordinator.id,
  );
  return patchRound(db, created.id, { version: created.version, status: 'open' }, f.coordinator.id);
}

/** A draft update by Justice on §1, ready to submit. */
export async function justiceDraft(
  db: Db,
  f: FollowUpFixtures,
  roundId: string,
  more: Partial<UpdateCreate> = {},
) {
  return createUpdate(
    db,
    {
      roundId,
      recommendationId: f.r1.id,
      institutionId: f.justice.id,
      narrative: { fr: 'Loi adoptée en 2024.' },
      originalLang: 'fr',
      proposedStatus: 'implemented',
      progress: 100,
      ...more,
    },
    f.justiceContributor.id,
  );
}
