import { Anchor, Card, Group, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useRecommendations, useTaxonomy } from '../../api/hooks';
import { ErrorState } from '../../app/ErrorState';
import { PageTitle } from '../../app/PageTitle';
import { useFormat } from '../../i18n/format';
import { PortalMeta } from './PortalMeta';
import './portal.css';
import { byGoalNumber, sdgListHref } from './sdg-links';

/** The 17 goals, each with the number of published recommendations that serve it. */
export function SdgsPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const goals = useTaxonomy('sdg_goal');
  // Counts come from the list's own facet: the same number as the list the card opens.
  const counts = useRecommendations({ pageSize: 1, lang: f.locale });
  const countOf = new Map((counts.data?.facets.sdg ?? []).map((b) => [b.value, b.count]));
  const sorted = [...(goals.data ?? [])].sort(byGoalNumber);

  return (
    <Stack gap="lg">
      <PageTitle title={t('portal.sdgs.title')} />
      <PortalMeta description={t('portal.sdgs.intro')} />
      <Stack gap="xs" maw={760}>
        <Title order={1}>{t('portal.sdgs.title')}</Title>
        <Text>{t('portal.sdgs.intro')}</Text>
      </Stack>
      {goals.isError ? <ErrorState error={goals.error} onRetry={() => void goals.refetch()} /> : null}
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md" component="ul" className="portal-plain-list">
        {goals.isPending
          ? Array.from({ length: 6 }, (_, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: placeholders have nothing else to key on
              <Skeleton key={i} height={96} component="li" />
            ))
          : sorted.map((goal) => {
              const count = countOf.get(goal.id) ?? 0;
              return (
                <Card key={goal.id} withBorder padding="md" component="li">
                  <Group gap="sm" wrap="nowrap" align="flex-start">
                    <Text fw={800} fz={28} lh={1} c="blue.9" className="ltr-value" aria-hidden>
                      {goal.code}
                    </Text>
                    <Stack gap={4}>
                      <Anchor component={Link} to={`/sdgs/${goal.code}`} fw={700} dir="auto">
                        <span className="visually-hidden">{t('portal.sdgs.goal', { code: goal.code })} </span>
                        {f.text(goal.name)}
                      </Anchor>
                      {count > 0 ? (
                        <Anchor component={Link} to={sdgListHref(goal.id)} size="sm">
                          {t('list.total', { count })}
                        </Anchor>
                      ) : (
                        <Text size="sm" c="dimmed">
                          {counts.isPending ? t('common.loading') : t('list.total', { count: 0 })}
                        </Text>
                      )}
                    </Stack>
                  </Group>
                </Card>
              );
            })}
      </SimpleGrid>
    </Stack>
  );
}
