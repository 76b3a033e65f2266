import { type SQL, sql } from 'drizzle-orm';

/**
 * The pairs (item, institution) a round asks for, as a query with columns round_id, item_id,
 * recommendation_id, measure_id, institution_id. An institution the round asks is asked about the
 * items it is responsible for (a current lead or contributing assignment, or a measure it carries)
 * and those it already reported on; one responsible for none of the items (the coordinator named it
 * on purpose) is asked about all of them. `where` may only filter rounds (`i.round_id`) and
 * institutions (`ri.institution_id`) — whole partitions; `pairWhere` filters the resulting pairs.
 */
export function askedPairs(where: SQL, pairWhere: SQL = sql`true`): SQL {
  return sql`select round_id, item_id, recommendation_id, measure_id, institution_id from (
      select i.round_id, i.id as item_id, i.recommendation_id, i.measure_id, ri.institution_id, x.responsible,
             bool_or(x.responsible) over (partition by i.round_id, ri.institution_id) as responsible_for_some
      from round_items i
      join round_institutions ri on ri.round_id = i.round_id
      cross join lateral (select (
        exists (select 1 from assignments a where a.recommendation_id = i.recommendation_id
                and a.institution_id = ri.institution_id and a.ended_at is null)
        or exists (select 1 from measure_institutions mi where mi.measure_id = i.measure_id
                   and mi.institution_id = ri.institution_id)
        or exists (select 1 from progress_updates pu where pu.round_id = i.round_id
                   and pu.institution_id = ri.institution_id
                   and (pu.recommendation_id = i.recommendation_id or pu.measure_id = i.measure_id))
      ) as responsible) x
      where ${where}
    ) pairs where (responsible or not responsible_for_some) and ${pairWhere}`;
}

/** Counts of a set of pairs joined to their updates (`u`) and rounds (`ro`), as completion columns. */
export const COMPLETION_COLUMNS = sql`count(*)::int as asked,
  count(*) filter (where u.status = 'draft')::int as drafted,
  count(*) filter (where u.status = 'submitted')::int as submitted,
  count(*) filter (where u.status = 'returned')::int as returned,
  count(*) filter (where u.status = 'validated')::int as validated,
  count(*) filter (where u.status = 'published')::int as published,
  count(*) filter (where ro.status <> 'draft' and ro.deadline < current_date
                   and (u.status is null or u.status in ('draft', 'returned')))::int as overdue`;

/** Joins each pair `p` to its update, if any. */
export const PAIR_UPDATE_JOIN = sql`left join progress_updates u on u.round_id = p.round_id
  and u.institution_id = p.institution_id
  and (u.recommendation_id = p.recommendation_id or u.measure_id = p.measure_id)`;
