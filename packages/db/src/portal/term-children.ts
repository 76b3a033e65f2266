import type { RecommendationFilters, RecommendationScope, TermChildren } from '@tatabbu/domain';
import { sql } from 'drizzle-orm';
import { queryRows } from '../audit/sql.js';
import type { Db, Tx } from '../connection.js';
import { allConditions, compileFilters } from '../recommendations/filters.js';

interface TermRow {
  id: string;
  vocabulary: TermChildren['parent']['vocabulary'];
  code: string | null;
  parent_id: string | null;
  name: TermChildren['parent']['name'];
  sort: number;
  count: number;
}

const toTerm = (row: TermRow) => ({
  id: row.id,
  vocabulary: row.vocabulary,
  code: row.code,
  parentId: row.parent_id,
  name: row.name,
  sort: row.sort,
});

/**
 * The direct children of a term (an SDG goal's targets, an axis's sub-axes), each with the number
 * of recommendations the scope may see, passing the list's filters, that carry the child or one of
 * its descendants. The same compiled filters as the list, so a count equals the list it opens.
 * Null when the term does not exist.
 */
export async function countTermChildren(
  db: Db | Tx,
  scope: RecommendationScope,
  parentId: string,
  filters: RecommendationFilters,
): Promise<TermChildren | null> {
  const [parent] = await queryRows<TermRow>(
    db,
    sql`select id, vocabulary, code, parent_id, name, sort, 0 as count from terms where id = ${parentId}`,
  );
  if (!parent) return null;
  const compiled = await compileFilters(db, scope, filters);
  const rows = await queryRows<TermRow>(
    db,
    sql`with recursive tree(child_id, term_id) as (
          select id, id from terms where parent_id = ${parentId}
          union
          select x.child_id, t.id from tree x join terms t on t.parent_id = x.term_id),
        counted as (
          select x.child_id, count(distinct r.id)::int as n
          from tree x
          join recommendation_terms rt on rt.term_id = x.term_id
          join recommendations r on r.id = rt.recommendation_id
          where ${allConditions(compiled)}
          group by x.child_id)
        select t.id, t.vocabulary, t.code, t.parent_id, t.name, t.sort, coalesce(c.n, 0)::int as count
        from terms t left join counted c on c.child_id = t.id
        where t.parent_id = ${parentId} and t.active
        order by t.sort, t.code`,
  );
  return {
    parent: toTerm(parent),
    items: rows.map((row) => ({ term: toTerm(row), count: Number(row.count) })),
  };
}
