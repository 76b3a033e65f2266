import { SimpleGrid } from '@mantine/core';
import type { Dashboard, DashboardDimension } from '@tatabbu/domain';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format';
import { BarChartCard } from '../charts/BarChartCard';
import type { ListState } from '../recommendations/filters';
import classes from './dashboard.module.css';
import { dimensionTable, STATUS_SERIES, statusRowColors, statusTable } from './tables';

const COUNT_SERIES = [{ key: 'count', color: '#0072B2' }];

interface Props {
  dashboard: Dashboard;
  state: ListState;
  /** '/app' in the workspace, '' on the portal. */
  base: string;
  /** Which dimension charts to show, in this order (all the dashboard has when omitted). */
  dimensions?: readonly DashboardDimension[];
}

/** The status chart, then one chart per dimension crossed with the status. */
export function DashboardCharts({ dashboard, state, base, dimensions }: Props) {
  const { t } = useTranslation();
  const f = useFormat();
  const context = useMemo(() => ({ t, lang: f.locale, state, base }), [t, f.locale, state, base]);
  const status = useMemo(() => statusTable(dashboard.status, context), [dashboard.status, context]);
  const rowColors = useMemo(() => statusRowColors(status), [status]);
  const charts = useMemo(
    () =>
      (dimensions ?? dashboard.charts.map((c) => c.dimension))
        .map((d) => dashboard.charts.find((c) => c.dimension === d))
        .filter((c) => c !== undefined)
        .map((chart) => ({ dimension: chart.dimension, table: dimensionTable(chart, context) })),
    [dashboard.charts, dimensions, context],
  );
  return (
    <SimpleGrid cols={{ base: 1, lg: 2 }} className={classes.grid}>
      <BarChartCard
        title={t('dashboard.charts.status')}
        description={t('dashboard.charts.clickHint')}
        table={status}
        series={COUNT_SERIES}
        rowColors={rowColors}
        totalKey="count"
      />
      {charts.map(({ dimension, table }) => (
        <BarChartCard
          key={dimension}
          title={t(`dashboard.charts.${dimension}`)}
          description={dimension === 'institution' ? t('dashboard.charts.institutionHint') : undefined}
          table={table}
          series={STATUS_SERIES}
          totalKey="total"
        />
      ))}
    </SimpleGrid>
  );
}
