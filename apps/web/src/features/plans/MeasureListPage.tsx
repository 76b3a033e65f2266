import { NativeSelect, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { BackLink } from '../../app/BackLink';
import { ErrorState } from '../../app/ErrorState';
import { Pager } from '../../app/Pager';
import { PageTitle } from '../../app/PageTitle';
import { useFormat } from '../../i18n/format';
import { useMeasures, usePlans } from './api';
import { MeasureFilters } from './MeasureFilters';
import { MeasuresTable } from './MeasuresTable';

const PAGE_SIZE = 50;

/**
 * The measures of every plan the reader may see, filtered by plan, status, responsible institution
 * and text; the filters live in the address, so a focal point can keep "my institution's measures".
 */
export function MeasureListPage({ base }: { base: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  const [params, setParams] = useSearchParams();
  const plans = usePlans();
  const [text, setText] = useState(params.get('q') ?? '');
  const [q] = useDebouncedValue(text.trim(), 300);
  const page = Number(params.get('page') ?? '1') || 1;
  const filters = {
    plan: params.get('plan') ?? undefined,
    status: params.get('status') ?? undefined,
    institution: params.get('institution') ?? undefined,
    q: params.get('q') ?? undefined,
  };
  const measures = useMeasures({ ...filters, page, pageSize: PAGE_SIZE });

  const setFilter = (key: string, value: string | null) =>
    setParams(
      (p) => {
        const next = new URLSearchParams(p);
        if (value) next.set(key, value);
        else next.delete(key);
        if (key !== 'page') next.delete('page');
        return next;
      },
      { replace: key === 'q' },
    );
  // biome-ignore lint/correctness/useExhaustiveDependencies: follows the debounced text only
  useEffect(() => {
    if (q !== (params.get('q') ?? '')) setFilter('q', q || null);
  }, [q]);

  return (
    <Stack gap="lg">
      <PageTitle title={t('plans.measures.title')} />
      <BackLink to={base} label={t('plans.list.back')} />
      <Title order={1}>{t('plans.measures.title')}</Title>
      <MeasureFilters
        q={text}
        onQ={setText}
        status={filters.status ?? ''}
        onStatus={(value) => setFilter('status', value || null)}
        institution={filters.institution ?? null}
        onInstitution={(value) => setFilter('institution', value)}
        width={280}
        afterSearch={
          <NativeSelect
            label={t('plans.measures.plan')}
            value={filters.plan ?? ''}
            onChange={(e) => setFilter('plan', e.currentTarget.value || null)}
            data={[
              { value: '', label: t('plans.measures.anyPlan') },
              ...(plans.data ?? []).map((p) => ({ value: p.id, label: f.text(p.name) || p.code })),
            ]}
            maw={280}
          />
        }
      />
      {measures.isError ? (
        <ErrorState error={measures.error} onRetry={() => void measures.refetch()} />
      ) : null}
      {measures.isPending ? <Skeleton height={240} /> : null}
      {measures.data ? (
        <>
          <Text size="sm" c="dimmed" aria-live="polite">
            {t('plans.measure.shown', { count: measures.data.total })}
          </Text>
          <MeasuresTable items={measures.data.items} base={base} caption={t('plans.measures.caption')} />
          <Pager
            total={measures.data.total}
            pageSize={PAGE_SIZE}
            page={page}
            onChange={(p) => setFilter('page', String(p))}
            label={t('plans.measures.pages')}
          />
        </>
      ) : null}
    </Stack>
  );
}
