import { Anchor, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconPrinter } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ErrorState } from '../../app/ErrorState';
import { PageTitle } from '../../app/PageTitle';
import { useFormat } from '../../i18n/format';
import { BarChartCard } from '../charts/BarChartCard';
import { activeFilterCount, parseListState } from '../recommendations/filters';
import { AttentionNumbers } from './AttentionNumbers';
import { useDashboard } from './api';
import { DashboardCharts } from './DashboardCharts';
import classes from './dashboard.module.css';
import { listHref } from './drill-down';
import { RoundsCompletion } from './RoundsCompletion';
import { STATUS_SERIES, trendTable } from './tables';

/**
 * The strategic dashboard of the workspace. Its filters are the recommendation list's, in the same
 * address query (`/app/dashboard?<the list's query>`); every number here opens its list.
 */
export function DashboardPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const [params] = useSearchParams();
  const state = useMemo(() => parseListState(params), [params]);
  const { data, error, isPending, refetch } = useDashboard(state, f.locale);
  const trend = useMemo(() => (data?.trend ? trendTable(data.trend, t) : null), [data?.trend, t]);
  const filters = activeFilterCount(state) + (state.q ? 1 : 0);

  return (
    <Stack gap="lg">
      <PageTitle title={t('dashboard.title')} />
      <Group justify="space-between" align="flex-end">
        <Stack gap={4}>
          <Title order={1}>{t('dashboard.title')}</Title>
          <Text c="dimmed">
            {filters > 0 ? t('dashboard.filtered', { count: filters }) : t('dashboard.unfiltered')}
          </Text>
        </Stack>
        <Group gap="md" className={`${classes.controls} no-print`}>
          <Anchor component={Link} to={listHref('/app', state)}>
            {t('dashboard.editFilters')}
          </Anchor>
          {filters > 0 ? (
            <Anchor component={Link} to="/app/dashboard">
              {t('dashboard.clearFilters')}
            </Anchor>
          ) : null}
          <Anchor component="button" type="button" onClick={() => window.print()}>
            <Group gap={4} component="span">
              <IconPrinter size={16} aria-hidden />
              {t('dashboard.print')}
            </Group>
          </Anchor>
        </Group>
      </Group>

      {error ? (
        <ErrorState error={error} onRetry={() => refetch()} />
      ) : isPending || !data ? (
        <Skeleton height={400} />
      ) : (
        <>
          <AttentionNumbers total={data.total} attention={data.attention} state={state} base="/app" />
          <DashboardCharts dashboard={data} state={state} base="/app" />
          {trend ? (
            <BarChartCard
              title={t('dashboard.charts.trend')}
              description={t('dashboard.charts.trendHint')}
              table={trend}
              series={STATUS_SERIES}
              orientation="vertical"
            />
          ) : null}
          {data.rounds ? <RoundsCompletion rounds={data.rounds} /> : null}
        </>
      )}
    </Stack>
  );
}
