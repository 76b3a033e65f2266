import { Button, Checkbox, Group, Skeleton, Stack, Text, TextInput } from '@mantine/core';
import {
  type FacetBucket,
  RECOMMENDATION_FACETS,
  type RecommendationFacet,
  type RecommendationList,
} from '@tatabbu/domain';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format';
import { FACET_PARAM, type FilterParam, type ListState } from './filters';
import { facetValueLabel } from './labels';

const SHOWN = 6;
const FILTERABLE = 12;

interface Props {
  state: ListState;
  data: RecommendationList | undefined;
  loading: boolean;
  onChange: (param: FilterParam, values: string[]) => void;
  onDate: (bound: 'from' | 'to', value: string) => void;
}

/** Checkbox groups with counts, one per facet; the server computes the counts. */
export function FacetPanel({ state, data, loading, onChange, onDate }: Props) {
  if (!data && loading) {
    return (
      <Stack gap="lg" aria-hidden>
        {RECOMMENDATION_FACETS.map((f) => (
          <Stack key={f} gap={8}>
            <Skeleton height={14} width="60%" />
            <Skeleton height={12} />
            <Skeleton height={12} />
            <Skeleton height={12} width="80%" />
          </Stack>
        ))}
      </Stack>
    );
  }
  return (
    <Stack gap="lg">
      <DateRange state={state} onDate={onDate} />
      {RECOMMENDATION_FACETS.map((facet) => (
        <FacetGroup
          key={facet}
          facet={facet}
          buckets={data?.facets[facet] ?? []}
          selected={state.filters[FACET_PARAM[facet]]}
          onChange={(values) => onChange(FACET_PARAM[facet], values)}
        />
      ))}
    </Stack>
  );
}

function FacetGroup({
  facet,
  buckets,
  selected,
  onChange,
}: {
  facet: RecommendationFacet;
  buckets: FacetBucket[];
  selected: string[];
  onChange: (values: string[]) => void;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const [expanded, setExpanded] = useState(false);
  const [filter, setFilter] = useState('');
  const listId = useId();

  // A selected value keeps its checkbox even when the server no longer counts it, so it can be unchecked.
  const options = useMemo(() => {
    const all = buckets.map((b) => ({
      value: b.value,
      count: b.count,
      label: facetValueLabel(t, f.locale, facet, b.value, b.label),
    }));
    for (const value of selected) {
      if (!all.some((o) => o.value === value)) {
        all.push({ value, count: 0, label: facetValueLabel(t, f.locale, facet, value) });
      }
    }
    return all;
  }, [buckets, selected, t, f.locale, facet]);

  if (options.length === 0) return null;

  const needle = filter.trim().toLocaleLowerCase(f.locale);
  const matching = needle
    ? options.filter((o) => o.label.toLocaleLowerCase(f.locale).includes(needle))
    : options;
  const visible =
    expanded || needle ? matching : matching.filter((o, i) => i < SHOWN || selected.includes(o.value));

  return (
    <Checkbox.Group
      label={t(`facets.${facet}`)}
      value={selected}
      onChange={onChange}
      labelProps={{ fw: 700, mb: 6 }}
    >
      {expanded && options.length > FILTERABLE ? (
        <TextInput
          size="xs"
          mb="xs"
          aria-label={t('list.filters.filterValues', { facet: t(`facets.${facet}`) })}
          placeholder={t('list.filters.filterPlaceholder')}
          value={filter}
          dir={filter ? 'auto' : undefined}
          onChange={(e) => setFilter(e.currentTarget.value)}
        />
      ) : null}
      <Stack gap={6} id={listId} className={expanded ? 'facet-options' : undefined}>
        {visible.map((o) => (
          <Checkbox
            key={o.value}
            value={o.value}
            size="sm"
            styles={{ body: { alignItems: 'flex-start' }, labelWrapper: { flex: 1 } }}
            label={
              <Group justify="space-between" wrap="nowrap" gap="xs" align="flex-start">
                <span dir="auto">{o.label}</span>
                <Text span size="xs" c="dimmed" className="nowrap">
                  {f.number(o.count)}
                </Text>
              </Group>
            }
          />
        ))}
        {needle && matching.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('list.filters.noMatch')}
          </Text>
        ) : null}
      </Stack>
      {options.length > SHOWN ? (
        <Button
          variant="subtle"
          size="compact-sm"
          mt={6}
          aria-expanded={expanded}
          aria-controls={listId}
          onClick={() => {
            setExpanded((x) => !x);
            setFilter('');
          }}
        >
          {expanded ? t('list.filters.showLess') : t('list.filters.showAll', { n: f.number(options.length) })}
        </Button>
      ) : null}
    </Checkbox.Group>
  );
}

/** From / to on the recommendation's date; the browser's date picker gives ISO dates. */
function DateRange({ state, onDate }: Pick<Props, 'state' | 'onDate'>) {
  const { t } = useTranslation();
  return (
    <fieldset className="plain-fieldset">
      <Text component="legend" fw={700} size="sm" mb={6}>
        {t('facets.dateRange')}
      </Text>
      <Group gap="xs" grow>
        {(['from', 'to'] as const).map((bound) => (
          <TextInput
            key={bound}
            type="date"
            size="xs"
            label={t(`facets.${bound}`)}
            value={state[bound]}
            min={bound === 'to' ? state.from || undefined : undefined}
            max={bound === 'from' ? state.to || undefined : undefined}
            onChange={(e) => onDate(bound, e.currentTarget.value)}
          />
        ))}
      </Group>
    </fieldset>
  );
}
