import { Skeleton, Stack, Text, Title } from '@mantine/core';
import type { DashboardDimension } from '@tatabbu/domain';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ErrorState } from '../../app/ErrorState';
import { PageTitle } from '../../app/PageTitle';
import { useFormat } from '../../i18n/format';
import { parseListState } from '../recommendations/filters';
import { AttentionNumbers } from './AttentionNumbers';
import { useDashboard } from './api';
import { DashboardCharts } from './DashboardCharts';

const PUBLIC_CHARTS: readonly DashboardDimension[] = ['mechanism', 'sdg', 'position'];

/** The portal's summary charts: published recommendations by status, mechanism, SDG and position. */
export function SummaryPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const [params] = useSearchParams();
  const state = useMemo(() => parseListState(params), [params]);
  const { data, error, isPending, refetch } = useDashboard(state, f.locale);
  return (
    <Stack gap="lg">
      <PageTitle title={t('dashboard.summary.title')} />
      <Stack gap={4}>
        <Title order={1}>{t('dashboard.summary.title')}</Title>
        <Text c="dimmed">{t('dashboard.summary.intro')}</Text>
      </Stack>
      {error ? (
        <ErrorState error={error} onRetry={() => refetch()} />
      ) : isPending || !data ? (
        <Skeleton height={400} />
      ) : (
        <>
          <AttentionNumbers
            total={data.total}
            attention={{ ...data.attention, withoutLead: null }}
            state={state}
            base=""
          />
          <DashboardCharts dashboard={data} state={state} base="" dimensions={PUBLIC_CHARTS} />
        </>
      )}
    </Stack>
  );
}
