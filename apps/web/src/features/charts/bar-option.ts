import type { ChartTable } from './table-data';

export interface BarSeries {
  /** A column of the table. */
  key: string;
  color: string;
}

export interface BarLayout {
  /** One colour per row instead of per series (a single-series chart of statuses). */
  rowColors?: string[];
  /** horizontal: one bar per row, from the start edge (long labels read well); vertical: a time axis. */
  orientation: 'horizontal' | 'vertical';
  rtl: boolean;
  /** Formats numbers in the UI's locale (Arabic-Indic digits where chosen). */
  number: (n: number) => string;
}

const FONT = 'system-ui, "Noto Sans Arabic", "Segoe UI", Tahoma, sans-serif';
const shorten = (label: string) => (label.length > 38 ? `${label.slice(0, 36)}…` : label);

/**
 * The ECharts option of a stacked bar chart over a table's rows. In Arabic the chart is mirrored:
 * bars grow from the right, the category axis sits on the right, a time axis runs right to left.
 */
export function barOption(table: ChartTable, series: BarSeries[], layout: BarLayout) {
  const horizontal = layout.orientation === 'horizontal';
  // A single series coloured by row (the statuses) names its colours on the axis already.
  const legend = !layout.rowColors;
  const labelOf = new Map(table.columns.map((c) => [c.key, c.label]));
  const category = {
    type: 'category' as const,
    data: table.rows.map((r) => r.label),
    // Rows read top to bottom in the table's order; a time axis runs with the reading direction.
    inverse: horizontal ? true : layout.rtl,
    position: horizontal ? (layout.rtl ? 'right' : 'left') : 'bottom',
    axisLabel: { formatter: shorten, fontFamily: FONT, fontSize: 12, color: '#212529' },
    axisTick: { show: false },
  };
  const value = {
    type: 'value' as const,
    inverse: horizontal && layout.rtl,
    position: horizontal ? 'bottom' : layout.rtl ? 'right' : 'left',
    minInterval: 1,
    axisLabel: { formatter: (n: number) => layout.number(n), fontFamily: FONT, color: '#495057' },
  };
  return {
    animation: false,
    textStyle: { fontFamily: FONT },
    aria: { enabled: false },
    // A legend of many statuses wraps onto two lines on a narrow card: leave it the room.
    grid: {
      containLabel: true,
      top: legend ? (series.length > 3 ? 64 : 36) : 8,
      bottom: 8,
      left: 8,
      right: 16,
    },
    legend: {
      show: legend,
      top: 0,
      [layout.rtl ? 'right' : 'left']: 0,
      itemGap: 12,
      textStyle: { fontFamily: FONT, color: '#212529' },
      data: series.map((s) => labelOf.get(s.key) ?? s.key),
    },
    tooltip: {
      trigger: 'axis' as const,
      axisPointer: { type: 'shadow' as const },
      valueFormatter: (n: unknown) => layout.number(Number(n)),
    },
    xAxis: horizontal ? value : category,
    yAxis: horizontal ? category : value,
    series: series.map((s) => ({
      type: 'bar' as const,
      name: labelOf.get(s.key) ?? s.key,
      stack: 'total',
      color: s.color,
      barMaxWidth: 28,
      cursor: 'pointer',
      emphasis: { focus: 'series' as const },
      data: table.rows.map((r, i) => {
        const n = r.cells[s.key]?.value ?? 0;
        const color = layout.rowColors?.[i];
        return color ? { value: n, itemStyle: { color } } : n;
      }),
    })),
  };
}
