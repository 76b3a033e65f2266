import type { RecommendationScope } from '@tatabbu/domain';
import { type SQL, sql } from 'drizzle-orm';
import { scopeCondition } from '../recommendations/conditions.js';

/**
 * Who sees which progress updates and rounds, derived from the one recommendation scope of the
 * permission module: staff everything; an institution's members their institution's work plus
 * what is published; everyone else (CSO, observers, the public) only published updates.
 */
export type FollowUpScope =
  | { kind: 'all' }
  | { kind: 'institution'; institutionId: string }
  | { kind: 'public' };

export function followUpScope(scope: RecommendationScope): FollowUpScope {
  if (scope.kind === 'all') return { kind: 'all' };
  if (scope.kind === 'published_or_institution')
    return { kind: 'institution', institutionId: scope.institutionId };
  return { kind: 'public' };
}

/** The update's subject is visible to the public: a published recommendation or a measure of a published plan. */
export const publicSubject = (u: SQL) => sql`(
  (${u}.recommendation_id is not null and exists (select 1 from recommendations pr
     where pr.id = ${u}.recommendation_id and ${scopeCondition({ kind: 'published' }, 'pr')}))
  or (${u}.measure_id is not null and exists (select 1 from measures pm join action_plans pp on pp.id = pm.plan_id
     where pm.id = ${u}.measure_id and pp.published)))`;

/** Updates (aliased `alias`) the scope may read; the public ones only once published. */
export function updateVisible(scope: FollowUpScope, alias = 'u'): SQL {
  const u = sql.raw(alias);
  const published = sql`(${u}.status = 'published' and ${publicSubject(u)})`;
  switch (scope.kind) {
    case 'all':
      return sql`true`;
    case 'institution':
      return sql`(${u}.institution_id = ${scope.institutionId} or ${published})`;
    case 'public':
      return published;
  }
}

/** Rounds (aliased `alias`) the scope may read: institutions see the open and closed rounds that ask them. */
export function roundVisible(scope: FollowUpScope, alias = 'ro'): SQL {
  const ro = sql.raw(alias);
  switch (scope.kind) {
    case 'all':
      return sql`true`;
    case 'institution':
      return sql`(${ro}.status <> 'draft' and exists (select 1 from round_institutions sri
        where sri.round_id = ${ro}.id and sri.institution_id = ${scope.institutionId}))`;
    case 'public':
      return sql`false`;
  }
}

/** The institution whose pairs an institution member is limited to; null for staff. */
export const scopedInstitution = (scope: FollowUpScope): string | null =>
  scope.kind === 'institution' ? scope.institutionId : null;
