import type {
  RecommendationFacet,
  RecommendationFilters,
  RecommendationScope,
  Vocabulary,
} from '@tatabbu/domain';
import { and, type SQL, sql } from 'drizzle-orm';
import { isUuid, queryRows } from '../audit/sql.js';
import type { Db, Tx } from '../connection.js';
import { scopeCondition, sqlList, textMatch } from './conditions.js';

/** Filters bound to a facet; left out when counting that facet, so its alternatives keep their counts. */
export type FacetConditions = Record<RecommendationFacet, SQL | null>;

export interface CompiledFilters {
  /** Scope, text search and the filters that have no facet. */
  base: SQL[];
  facets: FacetConditions;
}

/**
 * Vocabularies filtered together: picking an axis and one of its sub-axes, or an SDG goal and a
 * target, widens the selection (OR); picks from different families narrow it (AND), as in any
 * faceted search. The axis family is the one the `axis` facet shows.
 */
const FAMILY: Record<Vocabulary, string> = {
  axis: 'axis',
  subaxis: 'axis',
  sdg_goal: 'sdg',
  sdg_target: 'sdg',
  sdg_indicator: 'sdg',
  uhri_theme: 'uhri_theme',
  affected_person: 'affected_person',
  cluster: 'cluster',
};

/** Malformed or unknown ids match nothing: a filter is never dropped, which would widen the result. */
const FALSE = sql`false`;

/** `column in (values)`; null when the filter is not used. */
function valuesIn(column: SQL, values: readonly string[]): SQL | null {
  return values.length ? sql`${column} in ${sqlList(values)}` : null;
}

/**
 * Selected terms expanded to their descendants (an axis matches its sub-axes), grouped by family:
 * one condition per family.
 */
async function termConditions(
  db: Db | Tx,
  termIds: readonly string[],
): Promise<Map<string, SQL> | SQL | null> {
  if (termIds.length === 0) return null;
  const ids = termIds.filter(isUuid);
  if (ids.length === 0) return FALSE;
  const rows = await queryRows<{ vocabulary: Vocabulary; id: string }>(
    db,
    sql`with recursive picked(root, vocabulary, id) as (
          select id, vocabulary, id from terms where id in ${sqlList(ids)}
          union
          select p.root, p.vocabulary, t.id from picked p join terms t on t.parent_id = p.id)
        select vocabulary, id from picked`,
  );
  if (rows.length === 0) return FALSE;
  const byFamily = new Map<string, string[]>();
  for (const { vocabulary, id } of rows) {
    const family = FAMILY[vocabulary] ?? vocabulary;
    byFamily.set(family, [...(byFamily.get(family) ?? []), id]);
  }
  const conditions = new Map<string, SQL>();
  for (const [family, familyIds] of byFamily) {
    conditions.set(
      family,
      sql`r.id in (select rt.recommendation_id from recommendation_terms rt where rt.term_id in ${sqlList([...new Set(familyIds)])})`,
    );
  }
  return conditions;
}

export async function compileFilters(
  db: Db | Tx,
  scope: RecommendationScope,
  query: RecommendationFilters,
): Promise<CompiledFilters> {
  const base: SQL[] = [scopeCondition(scope)];
  const q = query.q?.trim();
  if (q) base.push(textMatch(q));
  if (query.mechanismType.length) {
    base.push(
      sql`r.mechanism_id in (select id from mechanisms where type in ${sqlList(query.mechanismType)})`,
    );
  }
  if (query.reviewId !== undefined)
    base.push(isUuid(query.reviewId) ? sql`r.review_id = ${query.reviewId}` : FALSE);
  if (query.published !== undefined) base.push(sql`r.published = ${query.published === 'true'}`);

  let axis: SQL | null = null;
  const terms = await termConditions(db, query.term);
  if (terms instanceof Map) {
    for (const [family, condition] of terms) {
      if (family === 'axis') axis = condition;
      else base.push(condition);
    }
  } else if (terms) {
    base.push(terms);
  }

  const mechanism = query.mechanism.length
    ? sql`r.mechanism_id in (select id from mechanisms where code in ${sqlList(query.mechanism)})`
    : null;
  const institutionIds = query.institution.filter(isUuid);
  const institution =
    query.institution.length === 0
      ? null
      : institutionIds.length === 0
        ? FALSE
        : sql`r.id in (select a.recommendation_id from assignments a
            where a.ended_at is null and a.institution_id in ${sqlList(institutionIds)})`;
  const state = query.state.length
    ? sql`r.id in (select s.recommendation_id from recommendation_states s
        where s.country_iso2 in ${sqlList(query.state.map((s) => s.toUpperCase()))})`
    : null;

  return {
    base,
    facets: {
      mechanism,
      position: valuesIn(sql`r.position`, query.position),
      status: valuesIn(sql`r.status`, query.status),
      axis,
      institution,
      state,
    },
  };
}

/** Every condition, for the page of results and the total. */
export function allConditions(filters: CompiledFilters): SQL {
  const facetParts = Object.values(filters.facets).filter(
    (condition): condition is SQL => condition !== null,
  );
  return and(...filters.base, ...facetParts) ?? sql`true`;
}
