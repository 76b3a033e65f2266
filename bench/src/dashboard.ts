import {
  countByStatus,
  countSelected,
  type Db,
  dimensionChart,
  followUpScope,
  loadDashboard,
  openRoundCompletion,
  statusTrend,
} from '@tatabbu/db';
import {
  DASHBOARD_DIMENSIONS,
  type RecommendationFilters,
  type RecommendationScope,
  recommendationFiltersSchema,
  recurringOpenFilters,
} from '@tatabbu/domain';
import { type Figure, percentiles } from './measure.js';

/**
 * Each aggregate of the strategic dashboard on its own (p50/p95 over `repeats` runs), for the
 * coordinator (everything) unfiltered and filtered, and the whole anonymous summary: the issue's
 * target is ≤ 200 ms per aggregate at 250,000 recommendations.
 */
type Task = [string, (scope: RecommendationScope, f: RecommendationFilters) => Promise<unknown>];

export async function benchDashboard(db: Db, figures: Figure[], repeats: number): Promise<number> {
  const staff: RecommendationScope = { kind: 'all' };
  const cases: [string, RecommendationScope, RecommendationFilters][] = [
    ['coordinator', staff, recommendationFiltersSchema.parse({})],
    [
      'coordinator, UPR supported',
      staff,
      recommendationFiltersSchema.parse({ mechanism: 'UPR', position: 'supported' }),
    ],
  ];
  const tasks: Task[] = [
    ['total', (s, f) => countSelected(db, s, f)],
    ['by status', (s, f) => countByStatus(db, s, f)],
    ...DASHBOARD_DIMENSIONS.map((d): Task => [`status × ${d}`, (s, f) => dimensionChart(db, s, f, d)]),
    ['status changes per quarter', (s, f) => statusTrend(db, s, f)],
    ['recurring and open', (s, f) => countSelected(db, s, recurringOpenFilters(f))],
    ['without a tag', (s, f) => countSelected(db, s, { ...f, tagged: 'false' })],
    ['without a lead', (s, f) => countSelected(db, s, { ...f, lead: 'false' })],
    ['open rounds by institution', (s) => openRoundCompletion(db, followUpScope(s))],
  ];
  let worst = 0;
  for (const [label, scope, filters] of cases) {
    for (const [task, run] of tasks) {
      const { p50, p95 } = await percentiles(() => run(scope, filters), repeats);
      worst = Math.max(worst, p95);
      figures.push({
        step: `dashboard (${label}): ${task}`,
        value: `${p50.toFixed(0)} ms`,
        note: `p95 ${p95.toFixed(0)} ms`,
      });
    }
    const whole = await percentiles(() => loadDashboard(db, scope, filters, 'signed_in'), repeats);
    figures.push({
      step: `dashboard (${label}): whole page, aggregates in parallel`,
      value: `${whole.p50.toFixed(0)} ms`,
      note: `p95 ${whole.p95.toFixed(0)} ms`,
    });
  }
  const summary = await percentiles(
    () => loadDashboard(db, { kind: 'published' }, recommendationFiltersSchema.parse({}), 'public'),
    repeats,
  );
  figures.push({
    step: 'dashboard (anonymous): public summary, whole',
    value: `${summary.p50.toFixed(0)} ms`,
    note: `p95 ${summary.p95.toFixed(0)} ms`,
  });
  figures.push({
    step: 'dashboard: worst p95 of one aggregate',
    value: `${worst.toFixed(0)} ms`,
    note: `${tasks.length} aggregates × ${cases.length} queries × ${repeats} runs`,
  });
  return worst;
}
