import {
  DASHBOARD_DIMENSIONS,
  type Dashboard,
  type DashboardDimension,
  type RecommendationFilters,
  type RecommendationScope,
  recurringOpenFilters,
} from '@tatabbu/domain';
import { reads } from '../concurrent-reads.js';
import type { Db, Tx } from '../connection.js';
import { followUpScope } from '../followup/scope.js';
import { dimensionChart } from './by-dimension.js';
import { countByStatus, countSelected, statusTrend } from './counts.js';
import { openRoundCompletion } from './rounds.js';

/** What the anonymous public is not shown: who owns what, the rounds and their deadlines, the trend. */
const PUBLIC_DIMENSIONS: readonly DashboardDimension[] = DASHBOARD_DIMENSIONS.filter(
  (d) => d !== 'institution',
);

/**
 * The strategic dashboard over the list's filters, within the reader's scope. `audience` public is
 * the anonymous portal: published recommendations only (the scope says so) and the public parts.
 */
export async function loadDashboard(
  db: Db | Tx,
  scope: RecommendationScope,
  filters: RecommendationFilters,
  audience: 'signed_in' | 'public',
): Promise<Dashboard> {
  const signedIn = audience === 'signed_in';
  const dimensions = signedIn ? DASHBOARD_DIMENSIONS : PUBLIC_DIMENSIONS;
  const [total, status, charts, trend, recurringOpen, withoutTag, withoutLead, rounds] = await reads(
    db,
    () => countSelected(db, scope, filters),
    () => countByStatus(db, scope, filters),
    () => Promise.all(dimensions.map((d) => dimensionChart(db, scope, filters, d))),
    () => (signedIn ? statusTrend(db, scope, filters) : Promise.resolve(null)),
    () => countSelected(db, scope, recurringOpenFilters(filters)),
    () => countSelected(db, scope, { ...filters, tagged: 'false' }),
    () => (signedIn ? countSelected(db, scope, { ...filters, lead: 'false' }) : Promise.resolve(null)),
    () => (signedIn ? openRoundCompletion(db, followUpScope(scope)) : Promise.resolve(null)),
  );
  return { total, status, charts, trend, attention: { recurringOpen, withoutTag, withoutLead }, rounds };
}
