import {
  type ImplementationStatus,
  isDemoPlanCode,
  type LocalizedText,
  type PlanScope,
  type RecommendationMeasure,
  type RecommendationScope,
} from '@tatabbu/domain';
import { sql } from 'drizzle-orm';
import { recordAudit, recordAuditEvents } from '../audit/record.js';
import { inTransaction, isUuid, queryRows } from '../audit/sql.js';
import type { Db, Tx } from '../connection.js';
import { NotFoundError } from '../errors.js';
import { scopeCondition, sqlList, statusDateOf, statusOf } from '../recommendations/conditions.js';
import { PlanReferenceError } from './errors.js';
import { planScopeCondition } from './plans.js';

async function mustExist(tx: Tx, measureId: string): Promise<void> {
  const [found] = isUuid(measureId)
    ? await queryRows<{ id: string }>(tx, sql`select id from measures where id = ${measureId} for update`)
    : [];
  if (!found) throw new NotFoundError('measure', measureId);
}

/**
 * Links a measure to the recommendations it implements. Already-linked ones are left as they are;
 * an unknown recommendation id fails the whole call. One audit event per new link.
 */
export async function linkRecommendations(
  db: Db | Tx,
  measureId: string,
  recommendationIds: readonly string[],
  actorId: string | null,
): Promise<{ linked: number }> {
  const ids = [...new Set(recommendationIds)];
  return inTransaction(db, async (tx) => {
    await mustExist(tx, measureId);
    const known = await queryRows<{ id: string; key: string }>(
      tx,
      sql`select id, key from recommendations where id in ${sqlList(ids)}`,
    );
    const missing = ids.filter((id) => !known.some((k) => k.id === id));
    if (missing.length) throw new PlanReferenceError('recommendationIds', missing);
    const added = await queryRows<{ recommendation_id: string }>(
      tx,
      sql`insert into measure_recommendations (measure_id, recommendation_id, created_by)
          select ${measureId}, r.id, ${actorId} from recommendations r where r.id in ${sqlList(ids)}
          on conflict do nothing returning recommendation_id`,
    );
    const keyOf = new Map(known.map((k) => [k.id, k.key]));
    await recordAuditEvents(
      tx,
      added.map(({ recommendation_id: rid }) => ({
        actorId,
        action: 'measure.link',
        entity: 'measure',
        entityId: measureId,
        after: { recommendationId: rid, key: keyOf.get(rid) },
      })),
    );
    return { linked: added.length };
  });
}

/** Removes one link; NotFoundError when there was none (so a double click answers 404, not silence). */
export async function unlinkRecommendation(
  db: Db | Tx,
  measureId: string,
  recommendationId: string,
  actorId: string | null,
): Promise<void> {
  await inTransaction(db, async (tx) => {
    await mustExist(tx, measureId);
    const removed = await queryRows<{ key: string }>(
      tx,
      sql`delete from measure_recommendations mr using recommendations r
          where mr.measure_id = ${measureId} and mr.recommendation_id = ${recommendationId}
            and r.id = mr.recommendation_id returning r.key`,
    );
    if (removed.length === 0) throw new NotFoundError('measure_recommendation', recommendationId);
    await recordAudit(tx, {
      actorId,
      action: 'measure.unlink',
      entity: 'measure',
      entityId: measureId,
      before: { recommendationId, key: removed[0]?.key },
    });
  });
}

/**
 * The measures implementing one recommendation, for the recommendation page. Null when the reader
 * may not see the recommendation; plans out of the reader's scope are left out.
 */
export async function listRecommendationMeasures(
  db: Db | Tx,
  scope: PlanScope,
  recScope: RecommendationScope,
  recommendationId: string,
): Promise<RecommendationMeasure[] | null> {
  if (!isUuid(recommendationId)) return null;
  const [visible] = await queryRows<{ id: string }>(
    db,
    sql`select r.id from recommendations r where r.id = ${recommendationId} and ${scopeCondition(recScope)}`,
  );
  if (!visible) return null;
  const rows = await queryRows<{
    id: string;
    number: string;
    name: LocalizedText;
    status: ImplementationStatus | null;
    status_date: string | null;
    plan_id: string;
    plan_code: string;
    plan_name: LocalizedText;
  }>(
    db,
    sql`select m.id, m.number, m.name, ${statusOf(scope, 'm')} as status,
          ${statusDateOf(scope, 'm')}::text as status_date,
          p.id as plan_id, p.code as plan_code, p.name as plan_name
        from measure_recommendations mr join measures m on m.id = mr.measure_id
          join action_plans p on p.id = m.plan_id
        where mr.recommendation_id = ${recommendationId} and ${planScopeCondition(scope)}
        order by p.code, m.number`,
  );
  return rows.map((r) => ({
    id: r.id,
    number: r.number,
    name: r.name,
    status: r.status,
    statusDate: r.status_date,
    plan: { id: r.plan_id, code: r.plan_code, name: r.plan_name, demo: isDemoPlanCode(r.plan_code) },
  }));
}
