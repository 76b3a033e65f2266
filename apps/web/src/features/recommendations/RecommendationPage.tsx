import { Anchor, Badge, Card, Group, List, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import {
  CONTENT_LANGS,
  type ContentLang,
  dirOf,
  type Recommendation,
  type TermRef,
  VOCABULARIES,
  type Vocabulary,
} from '@tatabbu/domain';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { isApiError } from '../../api/client';
import { useRecommendation } from '../../api/hooks';
import { BackLink } from '../../app/BackLink';
import { ErrorState } from '../../app/ErrorState';
import { PageTitle } from '../../app/PageTitle';
import { TitledSection } from '../../app/TitledSection';
import { useFormat } from '../../i18n/format';
import { RecommendationFollowUp } from '../followup/RecommendationFollowUp';
import { ResponsibleInstitutions } from '../institutions/ResponsibleInstitutions';
import { RecommendationMeasures } from '../plans/RecommendationMeasures';
import { RecommendationMeta } from '../portal/RecommendationMeta';
import { DemoMarker, MechanismBadge, PositionBadge, StatusBadge } from './badges';
import { RecurrenceHistory } from './RecurrenceHistory';
import { TagEditor } from './TagEditor';
import { useCanClassify } from './tagging-api';

export function RecommendationPage({ basePath }: { basePath: string }) {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const location = useLocation();
  const rec = useRecommendation(id);
  const listSearch = (location.state as { listSearch?: string } | null)?.listSearch ?? '';
  const back = <BackLink to={`${basePath}${listSearch}`} label={t('rec.back')} />;

  if (rec.isPending) {
    return (
      <Stack gap="md">
        <PageTitle title={t('common.loading')} />
        {back}
        <Skeleton height={32} width="50%" />
        <Skeleton height={16} width="30%" />
        <Skeleton height={120} />
        <Skeleton height={80} />
      </Stack>
    );
  }
  if (rec.isError) {
    const notFound = isApiError(rec.error) && (rec.error.status === 404 || rec.error.status === 400);
    return (
      <Stack gap="md">
        <PageTitle title={notFound ? t('rec.notFoundTitle') : t('errors.title')} />
        {back}
        <Title order={1}>{notFound ? t('rec.notFoundTitle') : t('errors.title')}</Title>
        {notFound ? (
          <Text>{t('rec.notFound')}</Text>
        ) : (
          <ErrorState error={rec.error} onRetry={() => void rec.refetch()} />
        )}
      </Stack>
    );
  }
  return <RecommendationView rec={rec.data} basePath={basePath} back={back} />;
}

function RecommendationView({
  rec,
  basePath,
  back,
}: {
  rec: Recommendation;
  basePath: string;
  back: ReactNode;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const texts = CONTENT_LANGS.filter((l) => rec.text[l]?.trim());
  // The UI language first, then the original, then the others.
  const ordered = [...texts].sort((a, b) => rank(a) - rank(b));
  function rank(l: ContentLang) {
    if (l === f.locale) return 0;
    if (l === rec.originalLang) return 1;
    return 2 + CONTENT_LANGS.indexOf(l);
  }
  const termsByVocabulary = VOCABULARIES.map(
    (v) => [v, rec.terms.filter((x) => x.vocabulary === v)] as const,
  ).filter(([, terms]) => terms.length > 0);
  const sourceTitle = f.text(rec.source.title);
  const canClassify = useCanClassify();

  return (
    <Stack gap="lg">
      <PageTitle title={rec.key} />
      <RecommendationMeta rec={rec} />
      {back}

      <Stack gap="xs">
        <Group gap="sm" align="center">
          <MechanismBadge code={rec.mechanism.code} name={f.text(rec.mechanism.name)} />
          <Text c="dimmed" size="sm" dir="auto">
            {f.text(rec.mechanism.name)}
          </Text>
        </Group>
        <Title order={1}>
          <span className="ltr-value">{rec.key}</span>
        </Title>
        <Group gap="xs">
          <PositionBadge position={rec.position} />
          <StatusBadge status={rec.status} />
          <DemoMarker origin={rec.statusOrigin} />
          {rec.statusDate ? (
            <Text size="sm" c="dimmed">
              {t('rec.statusAsOf', { date: f.date(rec.statusDate) })}
            </Text>
          ) : null}
        </Group>
        {rec.statusOrigin === 'demo' ? (
          <Text size="sm" c="dimmed">
            {t('demo.explanation')}
          </Text>
        ) : null}
      </Stack>

      <TitledSection title={t('rec.source')} card="md" gap="xs">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs" verticalSpacing="xs">
          {sourceTitle ? (
            <Field label={t('rec.sourceTitle')}>
              <span dir="auto">{sourceTitle}</span>
            </Field>
          ) : null}
          {rec.source.symbol ? (
            <Field label={t('rec.symbol')}>
              <span className="ltr-value">{rec.source.symbol}</span>
            </Field>
          ) : null}
          {rec.source.date || rec.date ? (
            <Field label={t('rec.date')}>{f.date(rec.source.date ?? rec.date)}</Field>
          ) : null}
          {rec.source.cycle ? <Field label={t('rec.cycle')}>{f.number(rec.source.cycle)}</Field> : null}
          {rec.paragraph ? (
            <Field label={t('rec.paragraph')}>
              <span className="ltr-value">{rec.paragraph}</span>
            </Field>
          ) : null}
          <Field label={t('rec.position')}>
            {rec.position ? t(`position.${rec.position}`) : t('common.notSpecified')}
          </Field>
          {rec.actionLevel ? (
            <Field label={t('tagging.actionLevel')}>{f.number(rec.actionLevel)}</Field>
          ) : null}
        </SimpleGrid>
      </TitledSection>

      <TitledSection title={t('rec.text')} gap="xs">
        {ordered.length === 0 ? (
          <Text c="dimmed">{t('rec.noText')}</Text>
        ) : (
          <div className="texts-grid">
            {ordered.map((lang) => (
              <Card key={lang} withBorder padding="md" component="figure" m={0}>
                <Group gap="xs" mb="xs" component="figcaption">
                  <Text fw={700} size="sm">
                    {t(`languages.${lang}`)}
                  </Text>
                  {rec.originalLang === lang ? (
                    <Badge size="sm" variant="light" color="gray" tt="none" c="gray.9">
                      {t('rec.original')}
                    </Badge>
                  ) : null}
                </Group>
                <Text className="recommendation-text" lang={lang} dir={dirOf(lang)}>
                  {rec.text[lang]}
                </Text>
              </Card>
            ))}
          </div>
        )}
      </TitledSection>

      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <TitledSection title={t('rec.recommendingStates')} card="md" gap="xs">
          {rec.recommendingStates.length ? (
            <Group gap={6}>
              {rec.recommendingStates.map((s) => (
                <Anchor
                  key={s.iso2}
                  component={Link}
                  to={`${basePath}?state=${encodeURIComponent(s.iso2)}`}
                  className="tag-link"
                  size="sm"
                  dir="auto"
                >
                  {f.text(s.name) || s.iso2}
                </Anchor>
              ))}
            </Group>
          ) : (
            <Text size="sm" c="dimmed">
              {t('common.notSpecified')}
            </Text>
          )}
        </TitledSection>

        <ResponsibleInstitutions rec={rec} basePath={basePath} />
      </SimpleGrid>

      {termsByVocabulary.length ? (
        <TitledSection title={t('rec.tags')} card="md" gap="xs">
          <Stack gap="sm">
            {termsByVocabulary.map(([vocabulary, terms]) => (
              <TermGroup key={vocabulary} vocabulary={vocabulary} terms={terms} basePath={basePath} />
            ))}
          </Stack>
        </TitledSection>
      ) : null}

      {canClassify ? <TagEditor key={`${rec.id}:${rec.version}`} rec={rec} /> : null}

      {rec.recurrences.some((r) => r.kind === 'related') ? (
        <TitledSection title={t('rec.recurrences')} card="md" gap="xs">
          <List spacing={4} size="sm">
            {rec.recurrences
              .filter((r) => r.kind === 'related')
              .map((r) => (
                <List.Item key={r.id}>
                  <Anchor component={Link} to={`${basePath}/${r.id}`} className="ltr-value">
                    {r.key}
                  </Anchor>{' '}
                  <Text span size="xs" c="dimmed">
                    ({r.mechanismCode} · {t(`rec.recurrenceKind.${r.kind}`)})
                  </Text>
                </List.Item>
              ))}
          </List>
        </TitledSection>
      ) : null}

      <RecommendationMeasures recommendationId={rec.id} basePath={basePath} />
      <RecommendationFollowUp id={rec.id} basePath={basePath} />
      <RecurrenceHistory id={rec.id} basePath={basePath} />

      <Text size="xs" c="dimmed">
        {t('rec.updated', { date: f.date(rec.updatedAt) })}
      </Text>
    </Stack>
  );
}

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" fw={600}>
        {label}
      </Text>
      <Text size="sm">{children}</Text>
    </div>
  );
}

function TermGroup({
  vocabulary,
  terms,
  basePath,
}: {
  vocabulary: Vocabulary;
  terms: TermRef[];
  basePath: string;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <div>
      <Text size="xs" c="dimmed" fw={600} mb={4}>
        {t(`vocabulary.${vocabulary}`)}
      </Text>
      <Group gap={6}>
        {terms.map((term) => {
          const name = f.text(term.name);
          const label =
            term.code && name && !name.startsWith(term.code)
              ? `${term.code} — ${name}`
              : name || term.code || '';
          return (
            <Anchor
              key={term.id}
              component={Link}
              to={`${basePath}?term=${encodeURIComponent(term.id)}`}
              className="tag-link"
              size="sm"
              dir="auto"
            >
              {label}
            </Anchor>
          );
        })}
      </Group>
    </div>
  );
}
