import type { Role, UiLocale, UpdateAction, UpdateStatus } from '@tatabbu/domain';
import { eq, sql } from 'drizzle-orm';
import type { Db } from '../connection.js';
import {
  assignments,
  institutions,
  mechanisms,
  progressUpdates,
  progressUpdateVersions,
  recommendations,
  roundInstitutions,
  roundItems,
  rounds,
  users,
} from '../schema/index.js';
import { one } from '../testing.js';

/**
 * A small follow-up world for the notification tests: two ministries with their focal points and
 * a contributor, a coordinator, two recommendations; helpers write assignments, rounds and update
 * steps the way the other features do (rows only), so the sweep can be tested on its own.
 */
export async function seedNotificationWorld(db: Db) {
  const institution = (code: string, fr: string) =>
    one(
      db
        .insert(institutions)
        .values({ code, name: { fr, ar: fr, en: fr } })
        .returning(),
    );
  const justice = await institution('MJ', 'Ministère de la Justice');
  const health = await institution('MS', 'Ministère de la Santé');
  const user = (email: string, role: Role, locale: UiLocale | null, institutionId: string | null = null) =>
    one(
      db
        .insert(users)
        .values({
          email,
          name: email.split('@')[0] as string,
          role,
          locale,
          institutionId,
          passwordHash: 'x',
        })
        .returning(),
    );
  const coordinator = await user('coord@didh.ma', 'coordinator', 'fr');
  const focalJustice = await user('focal.justice@justice.ma', 'focal_point', 'ar', justice.id);
  const contributorJustice = await user('contrib.justice@justice.ma', 'contributor', 'en', justice.id);
  const focalHealth = await user('focal.health@sante.ma', 'focal_point', null, health.id);
  const mechanism = await one(db.insert(mechanisms).values({ code: 'CAT', type: 'treaty_body' }).returning());
  const recommendation = (key: string) =>
    one(db.insert(recommendations).values({ key, mechanismId: mechanism.id, textFr: key }).returning());
  const rec1 = await recommendation('CAT/C/MAR/CO/5 §10');
  const rec2 = await recommendation('CAT/C/MAR/CO/5 §12');

  const assign = (recommendationId: string, institutionId: string, by: string | null = coordinator.id) =>
    one(
      db
        .insert(assignments)
        .values({ recommendationId, institutionId, role: 'lead', assignedBy: by })
        .returning(),
    );

  /** An open round asking `institutionIds` about `recommendationIds`, due on `deadline` (YYYY-MM-DD). */
  async function openRound(deadline: string, institutionIds: string[], recommendationIds: string[]) {
    const round = await one(
      db
        .insert(rounds)
        .values({
          title: { fr: 'Rapport à mi-parcours', ar: 'تقرير منتصف المدة', en: 'Mid-term report' },
          deadline,
          status: 'open',
          openedAt: sql`now()` as unknown as string,
          createdBy: coordinator.id,
        })
        .returning(),
    );
    await db
      .insert(roundInstitutions)
      .values(institutionIds.map((institutionId) => ({ roundId: round.id, institutionId })));
    await db
      .insert(roundItems)
      .values(recommendationIds.map((recommendationId) => ({ roundId: round.id, recommendationId })));
    return round;
  }

  /** An update of `institutionId` drafted by `authorId`. */
  async function draftUpdate(
    roundId: string,
    recommendationId: string,
    institutionId: string,
    authorId: string,
  ) {
    const update = await one(
      db
        .insert(progressUpdates)
        .values({ roundId, recommendationId, institutionId, createdBy: authorId, narrativeFr: 'Texte' })
        .returning(),
    );
    await db.insert(progressUpdateVersions).values({
      updateId: update.id,
      version: 0,
      action: 'create',
      status: 'draft',
      snapshot: {},
      actorId: authorId,
    });
    return update;
  }

  /** One workflow step on an update, as the follow-up feature records it. */
  async function step(
    updateId: string,
    action: UpdateAction,
    status: UpdateStatus,
    actorId: string,
    comment?: string,
  ) {
    const [row] = await db
      .update(progressUpdates)
      .set({ status, version: sql`${progressUpdates.version} + 1`, reviewComment: comment ?? null })
      .where(eq(progressUpdates.id, updateId))
      .returning();
    if (!row) throw new Error('no such update');
    await db.insert(progressUpdateVersions).values({
      updateId,
      version: row.version,
      action,
      status,
      snapshot: {},
      comment: comment ?? null,
      actorId,
    });
    return row;
  }

  /**
   * The usual start of a report: a round asking Justice about `recommendationId`, due on `deadline`;
   * Justice's contributor drafts the update and Justice's focal point submits it.
   */
  async function submittedJusticeUpdate(recommendationId: string, deadline: string) {
    const round = await openRound(deadline, [justice.id], [recommendationId]);
    const update = await draftUpdate(round.id, recommendationId, justice.id, contributorJustice.id);
    await step(update.id, 'submit', 'submitted', focalJustice.id);
    return update;
  }

  return {
    justice,
    health,
    coordinator,
    focalJustice,
    contributorJustice,
    focalHealth,
    rec1,
    rec2,
    assign,
    openRound,
    draftUpdate,
    step,
    submittedJusticeUpdate,
  };
}
