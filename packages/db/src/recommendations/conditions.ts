import type { RecommendationScope } from '@tatabbu/domain';
import { type SQL, sql } from 'drizzle-orm';
import { escapeLike } from '../audit/sql.js';
import { parseSearchQuery } from './search-query.js';

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
/**
 * The implementation status a scope sees: the public (anonymous, civil society, observers) sees the
 * published one, which lags a validated update until it is published (migration 0012). Measures have
 * the same columns (0013): `statusOf(planScope, 'm')`.
 */
export const statusOf = (scope: { kind: string }, alias = 'r'): SQL =>
  sql.raw(`${alias}.${scope.kind === 'published' ? 'public_status' : 'status'}`);

/** The date of the status `statusOf` gives. */
export const statusDateOf = (scope: { kind: string }, alias = 'r'): SQL =>
  sql.raw(`${alias}.${scope.kind === 'published' ? 'public_status_date' : 'status_date'}`);

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
 * text (quotes and minus signs pass through both), French and English stemmed without accents by
 * the `tatabbu_fr`/`tatabbu_en` configurations of the indexed columns (migration search_accents),
 * and a language-neutral, accent-free form.
 */
const tsQueries = (q: string) => ({
  ar: sql`websearch_to_tsquery('arabic', tatabbu_strip_clitics(tatabbu_normalize(${q})))`,
  fr: sql`websearch_to_tsquery('tatabbu_fr', ${q})`,
  en: sql`websearch_to_tsquery('tatabbu_en', ${q})`,
  simple: sql`websearch_to_tsquery('tatabbu_simple', tatabbu_normalize(${q}))`,
});

/** The text of some language matches `q` (websearch syntax). */
function anyLanguageMatches(r: SQL, q: string): SQL {
  const t = tsQueries(q);
  return sql`${r}.search_ar @@ ${t.ar} or ${r}.search_fr @@ ${t.fr} or ${r}.search_en @@ ${t.en}
    or ${r}.search_simple @@ ${t.simple}`;
}

/** Document symbols and paragraph numbers ("144.117", "CEDAW/C/MAR") are found inside the key. */
const keyPattern = (q: string) => `%${escapeLike(q)}%`;

/**
 * Words and "phrases" match in any language (or inside the key); every `-word` or `-"phrase"`
 * must be absent from all languages.
 */
export function textMatch(q: string, alias = 'r'): SQL {
  const r = sql.raw(alias);
  const { include, exclude } = parseSearchQuery(q);
  const parts: SQL[] = [];
  if (include) parts.push(sql`(${anyLanguageMatches(r, include)} or ${r}.key ilike ${keyPattern(include)})`);
  for (const excluded of exclude) parts.push(sql`not (${anyLanguageMatches(r, excluded)})`);
  return parts.length ? sql`(${sql.join(parts, sql` and `)})` : sql`true`;
}

/**
 * Relevance: the best rank over the language columns (the text matched in one of them), with a key
 * match above any text match and the exact key above all.
 */
export function textRank(q: string, alias = 'r'): SQL {
  const r = sql.raw(alias);
  const { include } = parseSearchQuery(q);
  if (!include) return sql`0`;
  const t = tsQueries(include);
  return sql`(greatest(ts_rank(${r}.search_ar, ${t.ar}), ts_rank(${r}.search_fr, ${t.fr}),
      ts_rank(${r}.search_en, ${t.en}), ts_rank(${r}.search_simple, ${t.simple}))
    + case when lower(${r}.key) = lower(${include}) then 2 when ${r}.key ilike ${keyPattern(include)} then 1 else 0 end)`;
}

/**
 * Natural order of keys, so that "§144.2" sorts before "§144.10": the database keeps
 * `key_sort` (digit runs zero-padded, see migration 0003), compared byte-wise so that PGlite and
 * PostgreSQL agree whatever their default collation.
 */
export const naturalKey = (alias = 'r'): SQL => sql`${sql.raw(alias)}.key_sort collate "C"`;
