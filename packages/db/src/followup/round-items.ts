import type { RecommendationScope, RoundDetail, RoundItemsAdd, RoundItemsRemove } from '@tatabbu/domain';
import { sql } from 'drizzle-orm';
import { recordAudit } from '../audit/record.js';
import { inTransaction, isUuid, queryRows } from '../audit/sql.js';
import type { Db, Tx } from '../connection.js';
import { NotFoundError } from '../errors.js';
import { sqlList } from '../recommendations/conditions.js';
import { FollowUpInputError, InvalidTransitionError } from './errors.js';
import { addInstitutions, getRound, lockRound, recommendationSelection } from './rounds.js';

const itemCounts = (tx: Tx, roundId: string) =>
  queryRows<{ recommendations: number; measures: number }>(
    tx,
    sql`select count(recommendation_id)::int as recommendations, count(measure_id)::int as measures
        from round_items where round_id = ${roundId}`,
  ).then(([row]) => row ?? { recommendations: 0, measures: 0 });

/** A closed round is a record of what was asked: its items no longer change. */
function refuseClosed(status: string, action: string) {
  if (status === 'closed') throw new InvalidTransitionError('round', status, action);
}

async function readBack(db: Db | Tx, id: string): Promise<RoundDetail> {
  const round = await getRound(db, { kind: 'all' }, id);
  if (!round) throw new NotFoundError('round', id);
  return round;
}

/**
 * Widens a draft or open round: more recommendations and measures, and the institutions to ask
 * about them. Items already in the round are left as they are; version-checked and audited.
 */
export async function addRoundItems(
  db: Db | Tx,
  scope: RecommendationScope,
  id: string,
  input: RoundItemsAdd,
  actorId: string | null,
): Promise<RoundDetail> {
  if (!isUuid(id)) throw new NotFoundError('round', id);
  await inTransaction(db, async (tx) => {
    const round = await lockRound(tx, id, input.version);
    refuseClosed(round.status, 'add_items');
    const before = await itemCounts(tx, id);
    const condition = await recommendationSelection(tx, scope, input);
    if (condition) {
      await tx.execute(
        sql`insert into round_items (round_id, recommendation_id)
            select ${id}::uuid, r.id from recommendations r where ${condition}
            on conflict do nothing`,
      );
    }
    const measureIds = [...new Set((input.measureIds ?? []).filter(isUuid))];
    if (measureIds.length) {
      const known = await queryRows<{ id: string }>(
        tx,
        sql`select id from measures where id in ${sqlList(measureIds)}`,
      );
      if (known.length < measureIds.length) throw new FollowUpInputError('measureIds', 'unknown measure');
      await tx.execute(
        sql`insert into round_items (round_id, measure_id)
            select ${id}::uuid, m.id from measures m where m.id in ${sqlList(measureIds)}
            on conflict do nothing`,
      );
    }
    if (input.recommendationIds) {
      const known = await queryRows<{ n: number }>(
        tx,
        sql`select count(*)::int as n from recommendations where id in ${sqlList(input.recommendationIds)}`,
      );
      if ((known[0]?.n ?? 0) < new Set(input.recommendationIds).size) {
        throw new FollowUpInputError('recommendationIds', 'unknown recommendation');
      }
    }
    const after = await itemCounts(tx, id);
    await addInstitutions(tx, id, input.institutionIds);
    await recordAudit(tx, {
      actorId,
      action: 'round.items_add',
      entity: 'round',
      entityId: id,
      before: { items: before },
      after: {
        items: after,
        selection: input.filters ? { filters: input.filters } : { ids: input.recommendationIds ?? [] },
        measureIds,
        institutionIds: input.institutionIds ?? null,
      },
    });
    await tx.execute(sql`update rounds set version = version + 1, updated_at = now() where id = ${id}`);
  });
  return readBack(db, id);
}

/**
 * Takes items out of a draft or open round. An item an institution has already reported on stays:
 * its updates and their history belong to the round.
 */
export async function removeRoundItems(
  db: Db | Tx,
  id: string,
  input: RoundItemsRemove,
  actorId: string | null,
): Promise<RoundDetail> {
  if (!isUuid(id)) throw new NotFoundError('round', id);
  await inTransaction(db, async (tx) => {
    const round = await lockRound(tx, id, input.version);
    refuseClosed(round.status, 'remove_items');
    const recommendationIds = input.recommendationIds.filter(isUuid);
    const measureIds = input.measureIds.filter(isUuid);
    const subject = sql`(${recommendationIds.length ? sql`recommendation_id in ${sqlList(recommendationIds)}` : sql`false`}
      or ${measureIds.length ? sql`measure_id in ${sqlList(measureIds)}` : sql`false`})`;
    const reported = await queryRows<{ n: number }>(
      tx,
      sql`select count(*)::int as n from progress_updates where round_id = ${id} and ${subject}`,
    );
    if ((reported[0]?.n ?? 0) > 0) {
      throw new FollowUpInputError(
        'recommendationIds',
        'an institution has already reported on one of these items: it stays in the round',
      );
    }
    const removed = await queryRows<{ recommendation_id: string | null; measure_id: string | null }>(
      tx,
      sql`delete from round_items where round_id = ${id} and ${subject}
          returning recommendation_id, measure_id`,
    );
    if (removed.length === 0) throw new FollowUpInputError('recommendationIds', 'not in the round');
    const left = await itemCounts(tx, id);
    if (left.recommendations + left.measures === 0) {
      throw new FollowUpInputError('recommendationIds', 'a round asks about at least one item');
    }
    await recordAudit(tx, {
      actorId,
      action: 'round.items_remove',
      entity: 'round',
      entityId: id,
      before: {
        recommendationIds: removed.flatMap((r) => (r.recommendation_id ? [r.recommendation_id] : [])),
        measureIds: removed.flatMap((r) => (r.measure_id ? [r.measure_id] : [])),
      },
      after: { items: left },
    });
    await tx.execute(sql`update rounds set version = version + 1, updated_at = now() where id = ${id}`);
  });
  return readBack(db, id);
}
