import {
  CONTENT_LANGS,
  type ContentLang,
  type RecommendationFacet,
  type RecommendationFilters,
  type RecommendationScope,
  type Vocabulary,
} from '@tatabbu/domain';
import { and, type SQL, sql } from 'drizzle-orm';
import { isUuid, queryRows } from '../audit/sql.js';
import type { Db, Tx } from '../connection.js';
import { scopeCondition, sqlList, statusOf, textMatch } from './conditions.js';

/** Filters bound to a facet; left out when counting that facet, so its alternatives keep their counts. */
export type FacetConditions = Record<RecommendationFacet, SQL | null>;

export interface CompiledFilters {
  /** Scope, text search and the filters that have no facet. */
  base: SQL[];
  facets: FacetConditions;
  /** The status column the scope sees (`statusOf`), for counts by status. */
  status: SQL;
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

/** Which facet a vocabulary family's filter belongs to; families without a facet narrow the base. */
const FAMILY_FACET: Partial<Record<string, RecommendationFacet>> = {
  axis: 'axis',
  uhri_theme: 'theme',
  affected_person: 'affectedPerson',
  sdg: 'sdg',
};

const TEXT_COLUMN: Record<ContentLang, string> = {
  ar: 'text_ar',
  fr: 'text_fr',
  en: 'text_en',
  es: 'text_es',
};
const isContentLang = (v: string): v is ContentLang => (CONTENT_LANGS as readonly string[]).includes(v);

/** Text available in any of the languages picked. */
function languageCondition(langs: readonly string[]): SQL | null {
  if (langs.length === 0) return null;
  const known = langs.filter(isContentLang);
  if (known.length === 0) return FALSE;
  return sql`(${sql.join(
    known.map((l) => sql`${sql.raw(`r.${TEXT_COLUMN[l]}`)} is not null`),
    sql` or `,
  )})`;
}

/** Linked, in either direction, to a recommendation it repeats or that repeats it. */
export const RECURRING = sql`(exists (select 1 from recommendation_links l
    where l.kind = 'recurring' and l.from_id = r.id)
  or exists (select 1 from recommendation_links l where l.kind = 'recurring' and l.to_id = r.id))`;

/** A current lead institution: the recommendation has an owner. */
const HAS_LEAD = sql`exists (select 1 from assignments a
    where a.recommendation_id = r.id and a.role = 'lead' and a.ended_at is null)`;

/** Tagged with at least one vocabulary term. */
const TAGGED = sql`exists (select 1 from recommendation_terms rt where rt.recommendation_id = r.id)`;

function cycleCondition(cycles: readonly string[]): SQL | null {
  if (cycles.length === 0) return null;
  const numbers = cycles.filter((c) => /^\d{1,3}$/.test(c)).map(Number);
  if (numbers.length === 0) return FALSE;
  return sql`r.review_id in (select id from reviews where cycle in ${sqlList(numbers)})`;
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
  if (query.from) base.push(sql`r.date >= ${query.from}`);
  if (query.lead !== undefined) base.push(query.lead === 'true' ? HAS_LEAD : sql`not ${HAS_LEAD}`);
  if (query.tagged !== undefined) base.push(query.tagged === 'true' ? TAGGED : sql`not ${TAGGED}`);
  if (query.to) base.push(sql`r.date <= ${query.to}`);

  const termFacets: Partial<Record<RecommendationFacet, SQL>> = {};
  const terms = await termConditions(db, query.term);
  if (terms instanceof Map) {
    for (const [family, condition] of terms) {
      const facet = FAMILY_FACET[family];
      if (facet) termFacets[facet] = condition;
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
  const recurring =
    query.recurring === undefined ? null : query.recurring === 'true' ? RECURRING : sql`not ${RECURRING}`;

  return {
    base,
    status: statusOf(scope),
    facets: {
      mechanism,
      position: valuesIn(sql`r.position`, query.position),
      status: valuesIn(statusOf(scope), query.status),
      axis: termFacets.axis ?? null,
      institution,
      state,
      cycle: cycleCondition(query.cycle),
      theme: termFacets.theme ?? null,
      affectedPerson: termFacets.affectedPerson ?? null,
      sdg: termFacets.sdg ?? null,
      language: languageCondition(query.language),
      recurring,
      published: query.published === undefined ? null : sql`r.published = ${query.published === 'true'}`,
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
