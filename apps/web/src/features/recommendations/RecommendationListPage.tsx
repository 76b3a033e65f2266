import {
  Alert,
  Box,
  Button,
  Card,
  Drawer,
  Group,
  NativeSelect,
  Pagination,
  Pill,
  Skeleton,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { IconAdjustmentsHorizontal, IconFlask } from '@tabler/icons-react';
import { RECOMMENDATION_SORTS } from '@tatabbu/domain';
import { lazy, Suspense, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useSearchParams } from 'react-router';
import { useRecommendations } from '../../api/hooks';
import { ErrorState } from '../../app/ErrorState';
import { PageTitle } from '../../app/PageTitle';
import { useFormat } from '../../i18n/format';
import { SelectableRow, useBulkSelection } from './BulkSelection';
import { ExportMenu } from './ExportMenu';
import { FacetPanel } from './FacetPanel';
import {
  activeFilterCount,
  clearFilters,
  FILTER_PARAMS,
  type ListState,
  PAGE_SIZES,
  parseListState,
  type Sort,
  setFilterValues,
  toApiQuery,
  toggleFilter,
  toSearchParams,
  withDate,
  withPage,
  withPageSize,
  withQuery,
  withSort,
} from './filters';
import { filterValueLabel, SORT_KEYS } from './labels';
import { RecommendationItem } from './RecommendationItem';
import { SearchBox } from './SearchBox';

// Workspace tools, loaded when shown: the public list's first load stays small.
const BulkClassifyBar = lazy(async () => ({
  default: (await import('./BulkClassifyBar')).BulkClassifyBar,
}));
const GenerateMenu = lazy(async () => ({
  default: (await import('../documents/GenerateMenu')).GenerateMenu,
}));

/** The list shared by the public portal (`/recommendations`) and the workspace (`/app/recommendations`). */
export function RecommendationListPage({ basePath }: { basePath: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  const location = useLocation();
  const [searchParams, setSearchParams] = useSearchParams();
  const state = useMemo(() => parseListState(searchParams), [searchParams]);
  const query = useMemo(() => toApiQuery(state, f.locale), [state, f.locale]);
  const list = useRecommendations(query);
  const selection = useBulkSelection(query);
  const data = list.data;
  const wide = useMediaQuery('(min-width: 62em)', true, { getInitialValueInEffect: false });
  const [drawerOpened, drawer] = useDisclosure(false);
  const resultsRef = useRef<HTMLHeadingElement>(null);

  const go = (next: ListState, replace = false) =>
    setSearchParams(toSearchParams(next), { replace, preventScrollReset: true });

  const goToPage = (page: number) => {
    go(withPage(state, page));
    resultsRef.current?.scrollIntoView({ block: 'start' });
    resultsRef.current?.focus({ preventScroll: true });
  };

  const filterCount = activeFilterCount(state);
  const pages = data ? Math.max(1, Math.ceil(data.total / data.pageSize)) : 1;
  const busy = list.isFetching && list.isPlaceholderData;
  const hasDemo = data?.items.some((i) => i.statusOrigin === 'demo') ?? false;

  const panel = (
    <FacetPanel
      state={state}
      data={data}
      loading={list.isPending}
      onChange={(param, values) => go(setFilterValues(state, param, values))}
      onDate={(bound, value) => go(withDate(state, bound, value))}
    />
  );

  return (
    <Stack gap="md">
      <PageTitle title={state.q ? t('list.titleSearch', { q: state.q }) : t('list.title')} />
      <Title order={1}>{t('list.title')}</Title>

      <SearchBox value={state.q} onSearch={(q, typing) => go(withQuery(state, q), typing)} />

      <Group align="flex-start" gap="xl" wrap="nowrap">
        {wide ? (
          <Box component="section" aria-labelledby="filters-heading" w={280} style={{ flexShrink: 0 }}>
            <Title order={2} size="h4" id="filters-heading" mb="sm">
              {t('list.filters.title')}
            </Title>
            {panel}
          </Box>
        ) : null}

        <Box component="section" aria-labelledby="results-heading" style={{ flex: 1, minWidth: 0 }}>
          <Stack gap="sm">
            <Group justify="space-between" align="flex-end" gap="sm">
              <Title order={2} size="h4" id="results-heading" ref={resultsRef} tabIndex={-1}>
                <span aria-live="polite">
                  {data ? t('list.total', { count: data.total }) : t('common.loading')}
                </span>
              </Title>
              <Group gap="sm" align="flex-end">
                <ExportMenu query={query} total={data?.total} />
                {location.pathname.startsWith('/app/') ? (
                  <Suspense fallback={null}>
                    <GenerateMenu />
                  </Suspense>
                ) : null}
                {!wide ? (
                  <Button
                    variant="default"
                    leftSection={<IconAdjustmentsHorizontal size={18} aria-hidden />}
                    onClick={drawer.open}
                    aria-haspopup="dialog"
                  >
                    {filterCount > 0
                      ? t('list.filters.openCount', { n: f.number(filterCount) })
                      : t('list.filters.open')}
                  </Button>
                ) : null}
                <NativeSelect
                  label={t('list.sort.label')}
                  value={state.sort}
                  onChange={(e) => go(withSort(state, e.currentTarget.value as Sort))}
                  data={RECOMMENDATION_SORTS.map((s) => ({
                    value: s,
                    label: t(`list.sort.${SORT_KEYS[s]}`),
                  }))}
                />
              </Group>
            </Group>

            {filterCount > 0 || state.q ? (
              <Group gap="xs" aria-label={t('list.filters.active')} role="group">
                {state.q ? (
                  <Pill
                    withRemoveButton
                    onRemove={() => go(withQuery(state, ''))}
                    removeButtonProps={{ 'aria-label': t('list.filters.removeSearch', { q: state.q }) }}
                  >
                    <span dir="auto">“{state.q}”</span>
                  </Pill>
                ) : null}
                {FILTER_PARAMS.flatMap((param) =>
                  state.filters[param].map((value) => {
                    const label = filterValueLabel(t, f.locale, param, value, data);
                    return (
                      <Pill
                        key={`${param}:${value}`}
                        withRemoveButton
                        onRemove={() => go(toggleFilter(state, param, value))}
                        removeButtonProps={{ 'aria-label': t('list.filters.remove', { label }) }}
                      >
                        <span dir="auto">{label}</span>
                      </Pill>
                    );
                  }),
                )}
                {(['from', 'to'] as const).map((bound) =>
                  state[bound] ? (
                    <Pill
                      key={bound}
                      withRemoveButton
                      onRemove={() => go(withDate(state, bound, ''))}
                      removeButtonProps={{
                        'aria-label': t('list.filters.remove', {
                          label: `${t(`facets.${bound}`)} ${f.date(state[bound])}`,
                        }),
                      }}
                    >
                      {t(`facets.${bound}`)} {f.date(state[bound])}
                    </Pill>
                  ) : null,
                )}
                <Button variant="subtle" size="compact-sm" onClick={() => go(clearFilters(state))}>
                  {t('list.filters.clearAll')}
                </Button>
              </Group>
            ) : null}

            {selection && data ? (
              <Suspense fallback={null}>
                <BulkClassifyBar
                  selection={selection}
                  query={query}
                  pageIds={data.items.map((i) => i.id)}
                  total={data.total}
                />
              </Suspense>
            ) : null}

            {hasDemo ? (
              <Alert variant="light" color="yellow" icon={<IconFlask aria-hidden />} c="#5c4400" bg="#fff8db">
                <Text size="sm" c="#5c4400">
                  {t('demo.legend')}
                </Text>
              </Alert>
            ) : null}

            {list.isError && !data ? (
              <ErrorState error={list.error} onRetry={() => void list.refetch()} />
            ) : !data ? (
              <ListSkeleton />
            ) : data.items.length === 0 ? (
              <Card withBorder padding="lg">
                <Text fw={600}>{t('list.empty')}</Text>
                <Text size="sm" c="dimmed" mt={4}>
                  {t('list.emptyHint')}
                </Text>
                {filterCount > 0 || state.q ? (
                  <Group mt="sm">
                    <Button variant="default" onClick={() => go(clearFilters(state))}>
                      {t('list.filters.clearAll')}
                    </Button>
                  </Group>
                ) : null}
              </Card>
            ) : (
              <Stack
                component="ul"
                gap="sm"
                className={busy ? 'list-busy' : undefined}
                aria-busy={busy}
                style={{ listStyle: 'none', padding: 0, margin: 0 }}
              >
                {data.items.map((item) => (
                  <li key={item.id}>
                    <SelectableRow selection={selection} id={item.id} label={item.key}>
                      <RecommendationItem item={item} basePath={basePath} listSearch={location.search} />
                    </SelectableRow>
                  </li>
                ))}
              </Stack>
            )}

            {list.isError && data ? (
              <ErrorState error={list.error} onRetry={() => void list.refetch()} />
            ) : null}

            {data && data.total > 0 ? (
              <Group justify="space-between" align="center" mt="sm" gap="sm">
                <Box component="nav" aria-label={t('list.pagination.label')}>
                  <Pagination
                    total={pages}
                    value={Math.min(state.page, pages)}
                    onChange={goToPage}
                    siblings={wide ? 1 : 0}
                    boundaries={1}
                    getControlProps={(control) => ({ 'aria-label': t(`list.pagination.${control}`) })}
                    getItemProps={(page) => ({
                      'aria-label': t('list.pagination.page', { n: f.number(page) }),
                    })}
                  />
                </Box>
                <NativeSelect
                  label={t('list.pageSize')}
                  size="xs"
                  value={String(state.pageSize)}
                  onChange={(e) => go(withPageSize(state, Number(e.currentTarget.value)))}
                  data={PAGE_SIZES.map((n) => ({ value: String(n), label: f.number(n) }))}
                  w={110}
                />
              </Group>
            ) : null}
          </Stack>
        </Box>
      </Group>

      {!wide ? (
        <Drawer
          opened={drawerOpened}
          onClose={drawer.close}
          title={t('list.filters.title')}
          position="bottom"
          size="85%"
          closeButtonProps={{ 'aria-label': t('common.close') }}
        >
          <Stack gap="md">
            {panel}
            <Group justify="space-between" pos="sticky" bottom={0} bg="white" py="sm">
              {filterCount > 0 ? (
                <Button variant="subtle" onClick={() => go(clearFilters(state))}>
                  {t('list.filters.clearAll')}
                </Button>
              ) : (
                <span />
              )}
              <Button onClick={drawer.close}>
                {data ? t('list.filters.showResults', { count: data.total }) : t('common.close')}
              </Button>
            </Group>
          </Stack>
        </Drawer>
      ) : null}
    </Stack>
  );
}

function ListSkeleton() {
  return (
    <Stack gap="sm" aria-hidden>
      {[0, 1, 2, 3, 4].map((i) => (
        <Card key={i} withBorder padding="md">
          <Group gap="xs" mb="sm">
            <Skeleton height={20} width={50} />
            <Skeleton height={18} width={180} />
          </Group>
          <Skeleton height={12} mb={8} />
          <Skeleton height={12} mb={8} />
          <Skeleton height={12} width="70%" />
        </Card>
      ))}
    </Stack>
  );
}
