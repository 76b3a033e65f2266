import { Anchor, Button, Group, MultiSelect, Stack, Switch, Text, TextInput, Title } from '@mantine/core';
import {
  type MeasureSummary,
  type RecommendationFilters,
  recommendationFiltersSchema,
} from '@tatabbu/domain';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useInstitutions, useRecommendations } from '../../api/hooks';
import { PageTitle } from '../../app/PageTitle';
import { TitledSection } from '../../app/TitledSection';
import { useFormat } from '../../i18n/format';
import { useCreateRound, useMeasureChoices } from './api';
import { RoundTextFields, type RoundTexts } from './RoundTextFields';
import { StepError } from './StepError';
import { hasAnyText } from './working-langs';

/** The list's filters carried in this page's address (`/app/rounds/new?mechanism=UPR&status=…`). */
function filtersFromParams(params: URLSearchParams): RecommendationFilters {
  const raw: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key);
    raw[key] = values.length > 1 ? values : (values[0] ?? '');
  }
  const parsed = recommendationFiltersSchema.safeParse(raw);
  return parsed.success ? parsed.data : recommendationFiltersSchema.parse({});
}

/**
 * A new round: what it is called, by when, which recommendations (the list's filters: a search, a
 * responsible institution, or whatever the address carries) and whom it asks (by default those
 * responsible). It is created as a draft; the coordinator opens it from its page.
 */
export function NewRoundPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const fromList = useMemo(() => filtersFromParams(params), [params]);
  const [texts, setTexts] = useState<RoundTexts>({ title: {}, instructions: {}, deadline: '' });
  const { title, instructions, deadline } = texts;
  const [q, setQ] = useState(fromList.q ?? '');
  const [responsible, setResponsible] = useState<string[]>(fromList.institution);
  const [asked, setAsked] = useState<string[]>([]);
  const [withRecommendations, setWithRecommendations] = useState(true);
  const [measureIds, setMeasureIds] = useState<string[]>([]);
  const [measureSearch, setMeasureSearch] = useState('');
  const measures = useMeasureChoices(measureSearch);
  const [measureLabels, setMeasureLabels] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const institutions = useInstitutions();
  const create = useCreateRound();

  const filters: RecommendationFilters = {
    ...fromList,
    q: q.trim() || undefined,
    institution: responsible,
  };
  const query = { ...filters, pageSize: 1, lang: f.locale };
  const matching = useRecommendations(query, { enabled: withRecommendations });
  const measureLabel = (m: MeasureSummary) => `${m.plan.code} ${m.number} — ${f.text(m.name)}`;
  // Chosen measures stay listed (with their labels) whatever is searched next.
  const measureOptions = [
    ...(measures.data?.items ?? []).map((m) => ({ value: m.id, label: measureLabel(m) })),
    ...measureIds
      .filter((id) => !measures.data?.items.some((m) => m.id === id))
      .map((id) => ({ value: id, label: measureLabels[id] ?? id })),
  ];
  const options = (institutions.data ?? []).map((i) => ({ value: i.id, label: f.text(i.name) || i.code }));

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    if (!hasAnyText(title)) return setProblem(t('followup.newRound.needTitle'));
    if (!deadline) return setProblem(t('followup.newRound.needDeadline'));
    const recommendationCount = withRecommendations ? (matching.data?.total ?? 0) : 0;
    if (recommendationCount + measureIds.length === 0) return setProblem(t('followup.newRound.needItems'));
    setProblem(null);
    create.mutate(
      {
        title,
        instructions,
        deadline,
        ...(recommendationCount ? { filters } : {}),
        ...(measureIds.length ? { measureIds } : {}),
        ...(asked.length ? { institutionIds: asked } : {}),
      },
      { onSuccess: (round) => navigate(`/app/rounds/${round.id}`) },
    );
  };

  return (
    <Stack gap="lg" component="form" onSubmit={submit} maw={960}>
      <PageTitle title={t('followup.newRound.title')} />
      <Anchor component={Link} to="/app/rounds" size="sm">
        {t('followup.rounds.back')}
      </Anchor>
      <Title order={1}>{t('followup.newRound.title')}</Title>
      <RoundTextFields value={texts} onChange={setTexts} />
      <TitledSection title={t('followup.newRound.which')} card="md" gap="xs">
        <Stack gap="sm">
          <Switch
            label={t('followup.newRound.withRecommendations')}
            checked={withRecommendations}
            onChange={(e) => setWithRecommendations(e.currentTarget.checked)}
          />
          <Text size="sm" c="dimmed">
            {t('followup.newRound.whichHelp')}
          </Text>
          <Group grow align="flex-end">
            <TextInput
              label={t('followup.newRound.search')}
              value={q}
              onChange={(e) => setQ(e.currentTarget.value)}
            />
            <MultiSelect
              label={t('followup.newRound.responsible')}
              data={options}
              value={responsible}
              onChange={setResponsible}
              searchable
              clearable
            />
          </Group>
          <Text fw={600} aria-live="polite">
            {!withRecommendations
              ? t('followup.newRound.noRecommendations')
              : matching.data
                ? t('followup.newRound.matching', {
                    count: matching.data.total,
                    n: f.number(matching.data.total),
                  })
                : '…'}
          </Text>
        </Stack>
      </TitledSection>
      <MultiSelect
        label={t('followup.newRound.measures')}
        description={t('followup.newRound.measuresHelp')}
        data={measureOptions}
        value={measureIds}
        onChange={(ids) => {
          const known = Object.fromEntries(measureOptions.map((o) => [o.value, o.label]));
          setMeasureLabels((labels) => ({ ...labels, ...known }));
          setMeasureIds(ids);
        }}
        searchValue={measureSearch}
        onSearchChange={setMeasureSearch}
        searchable
        clearable
        filter={({ options }) => options}
      />
      <MultiSelect
        label={t('followup.newRound.asked')}
        description={t('followup.newRound.askedHelp')}
        data={options}
        value={asked}
        onChange={setAsked}
        searchable
        clearable
      />
      {problem ? (
        <Text c="red.8" role="alert">
          {problem}
        </Text>
      ) : null}
      <StepError error={create.error} onReload={() => create.reset()} />
      <Group>
        <Button type="submit" loading={create.isPending}>
          {t('followup.newRound.create')}
        </Button>
      </Group>
    </Stack>
  );
}
