import { Anchor, Button, Group, Progress, Stack, Table, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { can } from '@tatabbu/domain';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { EmptyTableRow } from '../../app/EmptyTableRow';
import { ErrorState } from '../../app/ErrorState';
import { Pager } from '../../app/Pager';
import { PageTitle } from '../../app/PageTitle';
import { useFormat } from '../../i18n/format';
import { useSessionUser } from '../auth/session';
import { useRounds } from './api';
import { OverdueBadge, RoundStatusBadge } from './badges';
import { handedIn, percent } from './completion';

/** Follow-up rounds: open ones first; coordinators start new ones here. */
export function RoundsPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const me = useSessionUser();
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number(params.get('page')) || 1);
  const rounds = useRounds(page);
  const data = rounds.data;

  return (
    <Stack gap="lg">
      <PageTitle title={t('followup.rounds.title')} />
      <Group justify="space-between">
        <Title order={1}>{t('followup.rounds.title')}</Title>
        {can(me, 'round.manage') ? (
          <Button component={Link} to="/app/rounds/new" leftSection={<IconPlus size={16} aria-hidden />}>
            {t('followup.rounds.new')}
          </Button>
        ) : null}
      </Group>
      <Text c="dimmed">{t('followup.rounds.intro')}</Text>
      {rounds.isError ? <ErrorState error={rounds.error} onRetry={() => void rounds.refetch()} /> : null}
      <Table.ScrollContainer minWidth={640}>
        <Table striped highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('followup.rounds.columns.title')}</Table.Th>
              <Table.Th>{t('followup.rounds.columns.deadline')}</Table.Th>
              <Table.Th>{t('followup.rounds.columns.status')}</Table.Th>
              <Table.Th>{t('followup.rounds.columns.completion')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data?.items.length === 0 ? (
              <EmptyTableRow columns={4}>{t('followup.rounds.empty')}</EmptyTableRow>
            ) : null}
            {data?.items.map((round) => {
              const done = handedIn(round.completion);
              return (
                <Table.Tr key={round.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/app/rounds/${round.id}`} dir="auto">
                      {f.text(round.title)}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{f.date(round.deadline)}</Table.Td>
                  <Table.Td>
                    <Group gap={4}>
                      <RoundStatusBadge status={round.status} />
                      {round.completion.overdue > 0 && round.status === 'open' ? <OverdueBadge /> : null}
                    </Group>
                  </Table.Td>
                  <Table.Td miw={180}>
                    <Text size="xs">
                      {t('followup.completion.handedIn', {
                        done: f.number(done),
                        asked: f.number(round.completion.asked),
                      })}
                    </Text>
                    <Progress
                      value={percent(done, round.completion.asked)}
                      size="sm"
                      aria-label={t('followup.completion.percent', {
                        n: f.number(percent(done, round.completion.asked)),
                      })}
                    />
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Pager
        total={data?.total ?? 0}
        pageSize={20}
        page={page}
        onChange={(p) => setParams({ page: String(p) })}
        label={t('followup.rounds.pages')}
      />
    </Stack>
  );
}
