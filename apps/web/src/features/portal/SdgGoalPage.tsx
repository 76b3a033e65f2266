import { Anchor, Button, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useRecommendations, useTaxonomy } from '../../api/hooks';
import { BackLink } from '../../app/BackLink';
import { ErrorState } from '../../app/ErrorState';
import { ListTable } from '../../app/ListTable';
import { PageTitle } from '../../app/PageTitle';
import { TitledSection } from '../../app/TitledSection';
import { useFormat } from '../../i18n/format';
import { RecommendationItem } from '../recommendations/RecommendationItem';
import { useTermChildren } from './api';
import { PortalMeta } from './PortalMeta';
import { numbered, sdgListHref } from './sdg-links';

const SHOWN = 10;

/** One goal: its targets with their counts, and the first published recommendations serving it. */
export function SdgGoalPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const { goal: code = '' } = useParams();
  const goals = useTaxonomy('sdg_goal');
  const goal = goals.data?.find((g) => g.code === code);
  const targets = useTermChildren(goal?.id);
  const recs = useRecommendations(
    { term: goal?.id ?? '', pageSize: SHOWN, sort: 'key', lang: f.locale },
    { enabled: Boolean(goal) },
  );
  const back = <BackLink to="/sdgs" label={t('portal.sdgs.back')} />;

  if (goals.isPending) return <Skeleton height={240} />;
  if (goals.isError) return <ErrorState error={goals.error} onRetry={() => void goals.refetch()} />;
  if (!goal) {
    return (
      <Stack gap="md">
        <PageTitle title={t('portal.sdgs.notFound')} />
        {back}
        <Title order={1}>{t('portal.sdgs.notFound')}</Title>
      </Stack>
    );
  }
  const name = numbered(goal.code, f.text(goal.name));
  const total = recs.data?.total;

  return (
    <Stack gap="lg">
      <PageTitle title={name} />
      <PortalMeta description={t('portal.sdgs.goalMeta', { name })} />
      {back}
      <Title order={1} dir="auto">
        {name}
      </Title>
      {total !== undefined ? (
        <Text>
          <Anchor component={Link} to={sdgListHref(goal.id)}>
            {t('portal.sdgs.goalCount', { count: total })}
          </Anchor>
        </Text>
      ) : null}

      <TitledSection title={t('portal.sdgs.targets')} gap="xs">
        <ListTable
          query={targets}
          items={targets.data?.items}
          label={t('portal.sdgs.targets')}
          columns={[t('portal.sdgs.target'), t('portal.sdgs.count')]}
          minWidth={0}
          empty={t('portal.sdgs.noTargets')}
        >
          {({ term, count }) => (
            <Table.Tr key={term.id}>
              <Table.Td dir="auto">{numbered(term.code, f.text(term.name))}</Table.Td>
              <Table.Td>
                {count > 0 ? (
                  <Anchor component={Link} to={sdgListHref(term.id)}>
                    {f.number(count)}
                  </Anchor>
                ) : (
                  f.number(0)
                )}
              </Table.Td>
            </Table.Tr>
          )}
        </ListTable>
      </TitledSection>

      <TitledSection title={t('portal.sdgs.recommendations')} gap="xs">
        {recs.isError ? <ErrorState error={recs.error} onRetry={() => void recs.refetch()} /> : null}
        <Stack gap="sm">
          {recs.data?.items.map((item) => (
            <RecommendationItem key={item.id} item={item} basePath="/recommendations" listSearch="" />
          ))}
          {recs.data && recs.data.items.length === 0 ? <Text c="dimmed">{t('list.empty')}</Text> : null}
        </Stack>
        {total !== undefined && total > SHOWN ? (
          <Button component={Link} to={sdgListHref(goal.id)} variant="default" mt="sm">
            {t('portal.sdgs.allRecommendations', { count: total })}
          </Button>
        ) : null}
      </TitledSection>
    </Stack>
  );
}
