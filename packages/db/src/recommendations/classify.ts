import type { Position, Recommendation, RecommendationScope, TermRef } from '@tatabbu/domain';
import { sql } from 'drizzle-orm';
import { lastAuditActor } from '../audit/list.js';
import { recordAudit } from '../audit/record.js';
import { inTransaction, isoTimestamp, isUuid, queryRows } from '../audit/sql.js';
import type { Db, Tx } from '../connection.js';
import { NotFoundError, StaleVersionError } from '../errors.js';
import { expandTermChange } from './classify-terms.js';
import { scopeCondition, sqlList } from './conditions.js';
import { getRecommendation } from './get.js';

export interface ClassificationChange {
  /** The version the editor read. */
  version: number;
  /** The State's position; null clears it, undefined leaves it. */
  position?: Position | null | undefined;
  terms?: { add?: readonly string[] | undefined; remove?: readonly string[] | undefined } | undefined;
}

/** What the audit trail keeps of a classification: the position and the tags, with their names. */
interface ClassificationState {
  position: Position | null;
  terms: TermRef[];
}

async function classificationOf(tx: Tx, id: string, position: Position | null): Promise<ClassificationState> {
  const terms = await queryRows<TermRef>(
    tx,
    sql`select t.id, t.code, t.vocabulary, t.name from recommendation_terms rt join terms t on t.id = rt.term_id
        where rt.recommendation_id = ${id} order by t.vocabulary, t.sort, t.code`,
  );
  return { position, terms };
}

/**
 * Sets the State's position and adds/removes tags of one recommendation, if the stored version is
 * still `change.version` (one UPDATE … WHERE version = …): otherwise StaleVersionError, or
 * NotFoundError when it does not exist in `scope`. One audit event with before and after.
 */
export async function classifyRecommendation(
  db: Db | Tx,
  scope: RecommendationScope,
  id: string,
  change: ClassificationChange,
  actorId: string | null,
): Promise<Recommendation> {
  if (!isUuid(id)) throw new NotFoundError('recommendation', id);
  await inTransaction(db, async (tx) => {
    const terms = await expandTermChange(tx, change.terms ?? {});
    const [current] = await queryRows<{ position: Position | null; version: number; updated_at: string }>(
      tx,
      sql`select r.position, r.version, ${isoTimestamp(sql`r.updated_at`)} as updated_at
          from recommendations r where r.id = ${id} and ${scopeCondition(scope)} for update`,
    );
    if (!current) throw new NotFoundError('recommendation', id);
    if (current.version !== change.version) {
      throw new StaleVersionError(
        'recommendation',
        id,
        change.version,
        current.version,
        current.updated_at,
        await lastAuditActor(tx, 'recommendation', id),
      );
    }
    const before = await classificationOf(tx, id, current.position);

    if (terms.remove.length) {
      await tx.execute(
        sql`delete from recommendation_terms where recommendation_id = ${id} and term_id in ${sqlList(terms.remove)}`,
      );
    }
    if (terms.add.length) {
      await tx.execute(
        sql`insert into recommendation_terms (recommendation_id, term_id)
            select ${id}, t.id from terms t where t.id in ${sqlList(terms.add)}
            on conflict do nothing`,
      );
    }
    const position = change.position === undefined ? current.position : change.position;
    await tx.execute(
      sql`update recommendations set position = ${position}, version = version + 1, updated_at = now()
          where id = ${id}`,
    );
    const after = await classificationOf(tx, id, position);
    await recordAudit(tx, {
      actorId,
      action: 'recommendation.classify',
      entity: 'recommendation',
      entityId: id,
      before,
      after,
    });
  });
  const updated = await getRecommendation(db, scope, id);
  if (!updated) throw new NotFoundError('recommendation', id);
  return updated;
}
