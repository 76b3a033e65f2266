import {
  type Completion,
  type Dashboard,
  type DashboardChart,
  IMPLEMENTATION_STATUSES,
  type ImplementationStatus,
} from '@tatabbu/domain';
import type { TFunction } from 'i18next';
import type { BarSeries } from '../charts/bar-option';
import { STATUS_COLORS } from '../charts/palette';
import type { ChartTable } from '../charts/table-data';
import type { ListState } from '../recommendations/filters';
import { facetValueLabel } from '../recommendations/labels';
import { drillDownState, listHref, statusState } from './drill-down';

/** The dashboard's tables, each number linked to its list; `base` is '/app' or '' (portal). */
export interface TableContext {
  t: TFunction;
  lang: string;
  state: ListState;
  base: string;
}

export const STATUS_SERIES: BarSeries[] = IMPLEMENTATION_STATUSES.map((s) => ({
  key: s,
  color: STATUS_COLORS[s],
}));

const statusColumns = (t: TFunction) =>
  IMPLEMENTATION_STATUSES.map((s) => ({ key: s, label: t(`status.${s}`) }));

/** The selection by status: one row per status. */
export function statusTable(status: Dashboard['status'], { t, state, base }: TableContext): ChartTable {
  const present = IMPLEMENTATION_STATUSES.filter((s) => (status[s] ?? 0) > 0);
  return {
    rowHeader: t('facets.status'),
    columns: [{ key: 'count', label: t('dashboard.columns.recommendations') }],
    rows: present.map((s) => {
      const href = listHref(base, statusState(state, s));
      return { key: s, label: t(`status.${s}`), href, cells: { count: { value: status[s] ?? 0, href } } };
    }),
  };
}

export const statusRowColors = (table: ChartTable): string[] =>
  table.rows.map((r) => STATUS_COLORS[r.key as ImplementationStatus] ?? '#999999');

/** A dimension crossed with the status: the row's total and one column per status. */
export function dimensionTable(chart: DashboardChart, { t, lang, state, base }: TableContext): ChartTable {
  return {
    rowHeader: t(`facets.${chart.dimension}`),
    columns: [{ key: 'total', label: t('dashboard.columns.total') }, ...statusColumns(t)],
    rows: chart.rows.map((row) => {
      const cells: ChartTable['rows'][number]['cells'] = {
        total: { value: row.total, href: listHref(base, drillDownState(state, chart, row.value)) },
      };
      for (const s of IMPLEMENTATION_STATUSES) {
        const n = row.byStatus[s];
        if (n) cells[s] = { value: n, href: listHref(base, drillDownState(state, chart, row.value, s)) };
      }
      return {
        key: row.value,
        label: facetValueLabel(t, lang, chart.dimension, row.value, row.label),
        href: cells.total?.href,
        cells,
      };
    }),
  };
}

/** Status changes per quarter: a flow over time, without lists behind it. */
export function trendTable(trend: NonNullable<Dashboard['trend']>, t: TFunction): ChartTable {
  return {
    rowHeader: t('dashboard.columns.quarter'),
    columns: statusColumns(t),
    rows: trend.map((q) => ({
      key: q.quarter,
      label: q.quarter,
      cells: Object.fromEntries(IMPLEMENTATION_STATUSES.map((s) => [s, { value: q.byStatus[s] ?? 0 }])),
    })),
  };
}

export const COMPLETION_SERIES: BarSeries[] = [
  { key: 'notStarted', color: '#D55E00' },
  { key: 'drafted', color: '#E69F00' },
  { key: 'returned', color: '#CC79A7' },
  { key: 'submitted', color: '#56B4E9' },
  { key: 'validated', color: '#009E73' },
  { key: 'published', color: '#0072B2' },
];

/** How far each institution asked by a round has got. */
export function completionTable(
  institutions: { label: string; key: string; completion: Completion }[],
  t: TFunction,
): ChartTable {
  const keys = ['asked', ...COMPLETION_SERIES.map((s) => s.key), 'overdue'];
  return {
    rowHeader: t('dashboard.columns.institution'),
    columns: keys.map((key) => ({
      key,
      label: t(`dashboard.completion.${key}` as 'dashboard.completion.asked'),
    })),
    rows: institutions.map(({ key, label, completion: c }) => {
      const notStarted = c.asked - c.drafted - c.submitted - c.returned - c.validated - c.published;
      const values: Record<string, number> = { ...c, notStarted };
      return { key, label, cells: Object.fromEntries(keys.map((k) => [k, { value: values[k] ?? 0 }])) };
    }),
  };
}
