import {
  type Dashboard,
  drillDownFilters,
  IMPLEMENTATION_STATUSES,
  type RecommendationFilters,
  type RecommendationScope,
  recommendationFiltersSchema,
  recurringOpenFilters,
} from '@tatabbu/domain';
import { describe, expect, it } from 'vitest';
import { listRecommendations } from '../recommendations/list.js';
import { ALL, PUBLIC, withRecommendationFixtures } from '../recommendations/test-fixtures.js';
import { statusChanges } from '../schema/index.js';
import { loadDashboard } from './dashboard.js';

const ctx = withRecommendationFixtures();
const filters = (query: Record<string, string | string[]> = {}): RecommendationFilters =>
  recommendationFiltersSchema.parse(query);

/** The list's total for filters: what the user sees when opening a number. */
async function listTotal(scope: RecommendationScope, f: RecommendationFilters): Promise<number> {
  const list = await listRecommendations(
    ctx.database.db,
    scope,
    { ...f, page: 1, pageSize: 1, sort: 'key' },
    'fr',
  );
  return list.total;
}

/** Every number of the dashboard next to the total of the list it opens. */
async function numbersAndLists(scope: RecommendationScope, f: RecommendationFilters, d: Dashboard) {
  const pairs: { what: string; shown: number; list: Promise<number> }[] = [];
  const add = (what: string, shown: number, opened: RecommendationFilters) =>
    pairs.push({ what, shown, list: listTotal(scope, opened) });
  add('total', d.total, f);
  for (const [status, n] of Object.entries(d.status)) add(`status ${status}`, n, { ...f, status: [status] });
  for (const chart of d.charts) {
    for (const row of chart.rows) {
      add(`${chart.dimension} ${row.value}`, row.total, drillDownFilters(f, chart, row.value));
      for (const status of IMPLEMENTATION_STATUSES) {
        const n = row.byStatus[status];
        if (n !== undefined)
          add(`${chart.dimension} ${row.value} ${status}`, n, drillDownFilters(f, chart, row.value, status));
      }
    }
  }
  add('recurring open', d.attention.recurringOpen, recurringOpenFilters(f));
  add('without tag', d.attention.withoutTag, { ...f, tagged: 'false' });
  if (d.attention.withoutLead !== null) add('without lead', d.attention.withoutLead, { ...f, lead: 'false' });
  return Promise.all(pairs.map(async (p) => ({ what: p.what, shown: p.shown, list: await p.list })));
}

describe('dashboard', () => {
  it('counts status by mechanism, position, axis, SDG, theme and institution', async () => {
    const { fx } = ctx;
    const d = await loadDashboard(ctx.database.db, ALL, filters(), 'signed_in');
    expect(d.total).toBe(7);
    expect(d.status).toEqual({ in_progress: 2, not_started: 2, implemented: 1 });
    const chart = (dimension: string) => d.charts.find((c) => c.dimension === dimension);
    expect(chart('mechanism')?.rows.map((r) => [r.value, r.total, r.byStatus])).toEqual([
      ['UPR', 3, { in_progress: 1, not_started: 1, implemented: 1 }],
      ['CEDAW', 2, { in_progress: 1, not_started: 1 }],
      ['CAT', 2, {}],
    ]);
    expect(chart('position')?.rows.map((r) => [r.value, r.total])).toEqual([
      ['supported', 2],
      ['noted', 1],
    ]);
    // The sub-axis counts for its axis: §144.2, §144.117, §12 and §14 under axis 1.
    expect(chart('axis')?.rows.map((r) => [r.value, r.total])).toEqual([
      [fx.terms.axis1.id, 4],
      [fx.terms.axis2.id, 1],
    ]);
    expect(chart('sdg')?.rows[0]?.label.fr).toBe('5 — Égalité entre les sexes');
    expect(chart('cycle')?.rows.map((r) => [r.value, r.total])).toEqual([['3', 3]]);
    // The ended assignment of the torture recommendation no longer counts for Justice.
    expect(chart('institution')?.rows.map((r) => [r.label.fr, r.total])).toEqual([
      ['Ministère de la santé', 3],
      ['Ministère de la justice', 2],
    ]);
    expect(d.attention).toEqual({ recurringOpen: 2, withoutTag: 2, withoutLead: 3 });
  });

  it('gives every number the list that shows exactly that many recommendations', async () => {
    const { fx } = ctx;
    const cases: [RecommendationScope, RecommendationFilters][] = [
      [ALL, filters()],
      [PUBLIC, filters()],
      [{ kind: 'published_or_institution', institutionId: fx.institutions.health.id }, filters()],
      // A term of the axis family and one of the SDG family, a mechanism and a status picked.
      [ALL, filters({ term: [fx.terms.subaxis11.id, fx.terms.sdg5.id] })],
      [ALL, filters({ mechanism: ['UPR', 'CEDAW'], status: ['in_progress'] })],
      [ALL, filters({ institution: [fx.institutions.justice.id], position: ['supported'] })],
      [ALL, filters({ q: 'femmes', recurring: 'true' })],
      [ALL, filters({ lead: 'true', tagged: 'true' })],
    ];
    for (const [scope, f] of cases) {
      const d = await loadDashboard(ctx.database.db, scope, f, scope === PUBLIC ? 'public' : 'signed_in');
      const compared = await numbersAndLists(scope, f, d);
      expect(compared.length).toBeGreaterThan(5);
      for (const c of compared) expect({ what: c.what, n: c.shown }).toEqual({ what: c.what, n: c.list });
    }
  });

  it('lists the recommendations without a lead institution and without a tag', async () => {
    const keys = async (f: RecommendationFilters) =>
      (
        await listRecommendations(ctx.database.db, ALL, { ...f, page: 1, pageSize: 100, sort: 'key' }, 'fr')
      ).items.map((i) => i.key);
    // §144.117 has no assignment; the torture one's lead assignment has ended.
    expect(await keys(filters({ lead: 'false' }))).toEqual([
      'A/HRC/36/6 §144.117',
      'CAT/C/MAR/CO/5 §20',
      'CAT/C/MAR/CO/5 §99',
    ]);
    expect(await keys(filters({ tagged: 'false' }))).toEqual(['CAT/C/MAR/CO/5 §20', 'CAT/C/MAR/CO/5 §99']);
    expect(await keys(filters({ tagged: 'true', lead: 'true', mechanism: ['CEDAW'] }))).toEqual([
      'CEDAW/C/MAR/CO/5-6 §12',
      'CEDAW/C/MAR/CO/5-6 §14',
    ]);
  });

  it('shows the public only published, non-confidential recommendations and no owners or rounds', async () => {
    const d = await loadDashboard(ctx.database.db, PUBLIC, filters(), 'public');
    expect(d.total).toBe(4);
    expect(d.charts.map((c) => c.dimension)).not.toContain('institution');
    expect(d.attention.withoutLead).toBeNull();
    expect(d.rounds).toBeNull();
    expect(d.trend).toBeNull();
  });

  it('a focal point counts only what is published or assigned to their institution', async () => {
    const { fx } = ctx;
    const scope: RecommendationScope = {
      kind: 'published_or_institution',
      institutionId: fx.institutions.health.id,
    };
    const d = await loadDashboard(ctx.database.db, scope, filters(), 'signed_in');
    // The four published ones and Health's unpublished §14; not the torture or confidential ones.
    expect(d.total).toBe(5);
    expect(d.charts.find((c) => c.dimension === 'mechanism')?.rows.map((r) => r.value)).toEqual([
      'UPR',
      'CEDAW',
    ]);
  });

  it('counts status changes per quarter of the selected recommendations', async () => {
    const { fx } = ctx;
    await ctx.database.db.insert(statusChanges).values([
      {
        recommendationId: fx.recs.women.id,
        toStatus: 'not_started',
        origin: 'import',
        at: '2024-02-10T10:00:00Z',
      },
      {
        recommendationId: fx.recs.women.id,
        fromStatus: 'not_started',
        toStatus: 'in_progress',
        origin: 'validated_update',
        at: '2024-03-31T23:30:00Z',
      },
      {
        recommendationId: fx.recs.inheritance.id,
        toStatus: 'implemented',
        origin: 'validated_update',
        at: '2024-04-01T00:10:00Z',
      },
      {
        recommendationId: fx.recs.ruralWomen.id,
        toStatus: 'in_progress',
        origin: 'validated_update',
        at: '2024-05-01T00:00:00Z',
      },
    ]);
    const all = await loadDashboard(ctx.database.db, ALL, filters(), 'signed_in');
    expect(all.trend).toEqual([
      { quarter: '2024-Q1', byStatus: { in_progress: 1, not_started: 1 } },
      { quarter: '2024-Q2', byStatus: { implemented: 1, in_progress: 1 } },
    ]);
    const upr = await loadDashboard(ctx.database.db, ALL, filters({ mechanism: ['UPR'] }), 'signed_in');
    expect(upr.trend).toEqual([
      { quarter: '2024-Q1', byStatus: { in_progress: 1, not_started: 1 } },
      { quarter: '2024-Q2', byStatus: { implemented: 1 } },
    ]);
  });
});
