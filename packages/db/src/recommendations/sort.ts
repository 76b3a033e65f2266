import type { RecommendationListQuery } from '@tatabbu/domain';
import { type SQL, sql } from 'drizzle-orm';
import { naturalKey, textRank } from './conditions.js';

type Sort = RecommendationListQuery['sort'];

/**
 * ORDER BY for the list (needs `r` and its mechanism `m`). Every order ends on the id so that
 * pages never overlap or skip rows when values tie.
 */
export function orderBy(sort: Sort, q: string | undefined): SQL {
  const byKey = sql`m.sort, m.code, ${naturalKey()}, r.id`;
  switch (sort) {
    case 'relevance':
      // Without a search there is no relevance: the natural reading order of the sources.
      return q ? sql`${textRank(q)} desc, ${byKey}` : byKey;
    case 'key':
      return byKey;
    case '-key':
      return sql`m.sort desc, m.code desc, ${naturalKey()} desc, r.id desc`;
    case 'date':
      return sql`r.date asc nulls last, ${byKey}`;
    case '-date':
      return sql`r.date desc nulls last, ${byKey}`;
    case '-updated':
      return sql`r.updated_at desc, r.id`;
  }
}
