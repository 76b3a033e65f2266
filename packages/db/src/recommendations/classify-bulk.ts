import type { BulkClassifyResult, RecommendationFilters, RecommendationScope } from '@tatabbu/domain';
import { type SQL, sql } from 'drizzle-orm';
import { recordAudit } from '../audit/record.js';
import { inTransaction, isUuid, queryRows } from '../audit/sql.js';
import type { Db, Tx } from '../connection.js';
import { expandTermChange } from './classify-terms.js';
import { scopeCondition, sqlList } from './conditions.js';
import { allConditions, compileFilters } from './filters.js';

export type BulkTarget = { ids: readonly string[] } | { filters: RecommendationFilters };

export interface BulkTermChange {
  add: readonly string[];
  remove: readonly string[];
}

/** The selection as a condition on `r`, always inside `scope`. */
async function targetCondition(db: Db | Tx, scope: RecommendationScope, target: BulkTarget): Promise<SQL> {
  if ('ids' in target) {
    const ids = target.ids.filter(isUuid);
    return ids.length ? sql`r.id in ${sqlList(ids)} and ${scopeCondition(scope)}` : sql`false`;
  }
  return allConditions(await compileFilters(db, scope, target.filters));
}

/**
 * Adds and removes terms on every recommendation of `target` in a few set-based statements, whatever
 * their number. The selection is fixed first (a temporary table), so removing the very term the
 * filter selects on still changes the rows it selected. Versions of changed rows are bumped; one
 * audit event summarises the change and lists the changed ids (their timeline shows it).
 */
export async function bulkClassify(
  db: Db | Tx,
  scope: RecommendationScope,
  target: BulkTarget,
  change: BulkTermChange,
  actorId: string | null,
): Promise<BulkClassifyResult> {
  return inTransaction(db, async (tx) => {
    const terms = await expandTermChange(tx, change);
    const where = await targetCondition(tx, scope, target);
    await tx.execute(sql`drop table if exists tatabbu_bulk_targets`);
    await tx.execute(
      sql`create temporary table tatabbu_bulk_targets (id uuid primary key, changed boolean not null default false)
          on commit drop`,
    );
    await tx.execute(
      sql`insert into tatabbu_bulk_targets (id) select r.id from recommendations r where ${where}`,
    );
    if (terms.remove.length) {
      await tx.execute(
        sql`with removed as (
              delete from recommendation_terms rt using tatabbu_bulk_targets b
              where rt.recommendation_id = b.id and rt.term_id in ${sqlList(terms.remove)}
              returning rt.recommendation_id)
            update tatabbu_bulk_targets set changed = true where id in (select recommendation_id from removed)`,
      );
    }
    if (terms.add.length) {
      await tx.execute(
        sql`with added as (
              insert into recommendation_terms (recommendation_id, term_id)
              select b.id, t.id from tatabbu_bulk_targets b cross join terms t where t.id in ${sqlList(terms.add)}
              on conflict do nothing
              returning recommendation_id)
            update tatabbu_bulk_targets set changed = true where id in (select recommendation_id from added)`,
      );
    }
    await tx.execute(
      sql`update recommendations r set version = r.version + 1, updated_at = now()
          from tatabbu_bulk_targets b where b.id = r.id and b.changed`,
    );
    const changedIds = (
      await queryRows<{ id: string }>(tx, sql`select id from tatabbu_bulk_targets where changed order by id`)
    ).map((r) => r.id);
    const [counts] = await queryRows<{ matched: number }>(
      tx,
      sql`select count(*)::int as matched from tatabbu_bulk_targets`,
    );
    const result = { matched: counts?.matched ?? 0, changed: changedIds.length };
    await recordAudit(tx, {
      actorId,
      action: 'recommendation.bulk_classify',
      entity: 'recommendation',
      entityId: null,
      before: null,
      after: {
        selection: 'ids' in target ? { ids: target.ids } : { filters: target.filters },
        added: terms.added,
        removed: terms.removed,
        ...result,
        ids: changedIds,
      },
    });
    return result;
  });
}
