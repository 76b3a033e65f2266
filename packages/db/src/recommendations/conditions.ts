import type { RecommendationScope } from '@tatabbu/domain';
import { type SQL, sql } from 'drizzle-orm';
import { escapeLike } from '../audit/sql.js';

/**
 * SQL building blocks over a `recommendations` row aliased in the query (default `r`).
 * Every list and lookup goes through `scopeCondition`, so what a user may see is decided in one place.
 */

/** `in (…)` list of bound parameters; callers handle the empty list themselves. */
export const sqlList = (values: readonly unknown[]): SQL =>
  sql`(${sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  )})`;

/** Visible to the public: published and not confidential. */
const publicCondition = (r: SQL) => sql`(${r}.published and not ${r}.confidential)`;

/**
 * - all: staff see everything;
 * - published: the public portal, observers, CSOs;
 * - published_or_institution: a focal point or contributor also sees what is currently assigned
 *   to their institution. Confidential records stay out: access to them needs an explicit grant,
 *   which does not exist yet (see `can()` in the domain).
 */
export function scopeCondition(scope: RecommendationScope, alias = 'r'): SQL {
  const r = sql.raw(alias);
  switch (scope.kind) {
    case 'all':
      return sql`true`;
    case 'published':
      return publicCondition(r);
    case 'published_or_institution':
      return sql`(not ${r}.confidential and (${r}.published or ${r}.id in (
        select a.recommendation_id from assignments a
        where a.institution_id = ${scope.institutionId} and a.ended_at is null)))`;
  }
}

/**
 * The query in each language's form: Arabic normalised and stripped of clitics like the indexed
 * text, French and English stemmed by their configurations, and a language-neutral form.
 */
const tsQueries = (q: string) => ({
  ar: sql`websearch_to_tsquery('arabic', tatabbu_strip_clitics(tatabbu_normalize(${q})))`,
  fr: sql`websearch_to_tsquery('french', ${q})`,
  en: sql`websearch_to_tsquery('english', ${q})`,
  simple: sql`websearch_to_tsquery('simple', tatabbu_normalize(${q}))`,
});

/** Document symbols and paragraph numbers ("144.117", "CEDAW/C/MAR") are found inside the key. */
const keyPattern = (q: string) => `%${escapeLike(q)}%`;

export function textMatch(q: string, alias = 'r'): SQL {
  const r = sql.raw(alias);
  const t = tsQueries(q);
  return sql`(${r}.search_ar @@ ${t.ar} or ${r}.search_fr @@ ${t.fr} or ${r}.search_en @@ ${t.en}
    or ${r}.search_simple @@ ${t.simple} or ${r}.key ilike ${keyPattern(q)})`;
}

/**
 * Relevance: the best rank over the language columns (the text matched in one of them), with a key
 * match above any text match and the exact key above all.
 */
export function textRank(q: string, alias = 'r'): SQL {
  const r = sql.raw(alias);
  const t = tsQueries(q);
  return sql`(greatest(ts_rank(${r}.search_ar, ${t.ar}), ts_rank(${r}.search_fr, ${t.fr}),
      ts_rank(${r}.search_en, ${t.en}), ts_rank(${r}.search_simple, ${t.simple}))
    + case when lower(${r}.key) = lower(${q}) then 2 when ${r}.key ilike ${keyPattern(q)} then 1 else 0 end)`;
}

/**
 * Natural order of keys, so that "§144.2" sorts before "§144.10": the database keeps
 * `key_sort` (digit runs zero-padded, see migration 0003), compared byte-wise so that PGlite and
 * PostgreSQL agree whatever their default collation.
 */
export const naturalKey = (alias = 'r'): SQL => sql`${sql.raw(alias)}.key_sort collate "C"`;
