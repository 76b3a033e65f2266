import type { TermRef } from '@tatabbu/domain';
import { type SQL, sql } from 'drizzle-orm';
import { queryRows } from '../audit/sql.js';
import { reads } from '../concurrent-reads.js';
import type { Db, Tx } from '../connection.js';
import { sqlList } from './conditions.js';

/** Some term ids of a classification request do not exist: nothing is changed. */
export class UnknownTermsError extends Error {
  override readonly name = 'UnknownTermsError';
  constructor(readonly termIds: readonly string[]) {
    super(`unknown terms: ${termIds.join(', ')}`);
  }
}

/** SDG vocabularies form one tree: goal → target → indicator. */
const SDG = sql`('sdg_goal', 'sdg_target', 'sdg_indicator')`;

export interface ExpandedChange {
  /** Picked terms and the SDG goals (and targets) they imply. */
  add: string[];
  /** Picked terms and, for SDGs, their targets and indicators (a goal never stays implied). */
  remove: string[];
  /** The picked terms as references, for the audit trail. */
  added: TermRef[];
  removed: TermRef[];
}

async function termRefs(db: Db | Tx, ids: readonly string[]): Promise<TermRef[]> {
  if (ids.length === 0) return [];
  return queryRows<TermRef>(
    db,
    sql`select id, code, vocabulary, name from terms where id in ${sqlList(ids)} order by vocabulary, sort, code`,
  );
}

/** Ids reached from `ids` in SDG vocabularies, following `step` (up to parents or down to children). */
async function sdgClosure(db: Db | Tx, ids: readonly string[], step: SQL): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await queryRows<{ id: string }>(
    db,
    sql`with recursive reached(id, parent_id, vocabulary) as (
          select id, parent_id, vocabulary from terms where id in ${sqlList(ids)}
          union
          select t.id, t.parent_id, t.vocabulary from reached r join terms t on ${step}
          where r.vocabulary in ${SDG} and t.vocabulary in ${SDG})
        select distinct id from reached`,
  );
  return rows.map((r) => r.id);
}

/**
 * Checks every id exists and applies the vocabulary rules: a target SDG implies its goal; removing
 * a goal removes its targets. Axes, sub-axes and the other vocabularies are stored as picked.
 */
export async function expandTermChange(
  db: Db | Tx,
  change: { add?: readonly string[] | undefined; remove?: readonly string[] | undefined },
): Promise<ExpandedChange> {
  const add = [...new Set(change.add ?? [])];
  const remove = [...new Set(change.remove ?? [])];
  const [added, removed] = await reads(
    db,
    () => termRefs(db, add),
    () => termRefs(db, remove),
  );
  const known = new Set([...added, ...removed].map((t) => t.id));
  const unknown = [...add, ...remove].filter((id) => !known.has(id));
  if (unknown.length) throw new UnknownTermsError(unknown);
  const [addClosure, removeClosure] = await reads(
    db,
    () => sdgClosure(db, add, sql`t.id = r.parent_id`),
    () => sdgClosure(db, remove, sql`t.parent_id = r.id`),
  );
  return { add: addClosure, remove: removeClosure, added, removed };
}
