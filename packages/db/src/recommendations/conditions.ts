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
 * Natural order of keys: "§144.2" before "§144.10". The key is cut into alternating text and number
 * chunks (numbers at even positions), numbers left-padded, and the chunk arrays compared byte-wise,
 * identically on PGlite and PostgreSQL whatever their default collation.
 * (Measured: about 6× cheaper than padding and trimming with a second regexp_replace; a stored
 * generated column with an index would make it free — see the report.)
 */
export const naturalKey = (alias = 'r'): SQL =>
  sql`(array(select case when chunk.n % 2 = 0 then lpad(chunk.t, 18, '0') else chunk.t end
      from unnest(string_to_array(regexp_replace(${sql.raw(alias)}.key, '([0-9]+)', chr(1) || '\\1' || chr(1), 'g'), chr(1)))
        with ordinality as chunk(t, n)
      order by chunk.n) collate "C")`;
