import { Anchor, Group, Progress, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyTableRow } from '../../app/EmptyTableRow';
import { ErrorState } from '../../app/ErrorState';
import { TitledSection } from '../../app/TitledSection';
import { useFormat } from '../../i18n/format';
import { useHome } from './api';
import { OverdueBadge } from './badges';
import { handedIn, percent } from './completion';
import { SubjectLabel } from './SubjectLabel';

/** The coordinator's follow-up desk: how far open rounds have got, and what waits for review. */
export function CoordinatorDesk() {
  const { t } = useTranslation();
  const f = useFormat();
  const home = useHome();
  const data = home.data;
  return (
    <Stack gap="lg" mt="lg">
      {home.isError ? <ErrorState error={home.error} onRetry={() => void home.refetch()} /> : null}
      <TitledSection title={t('followup.desk.toReview', { n: f.number(data?.toReview.total ?? 0) })} gap="xs">
        <Table.ScrollContainer minWidth={600}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('followup.round.item')}</Table.Th>
                <Table.Th>{t('followup.round.institution')}</Table.Th>
                <Table.Th>{t('followup.desk.submittedAt')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data && data.toReview.items.length === 0 ? (
                <EmptyTableRow columns={3}>{t('followup.desk.nothingToReview')}</EmptyTableRow>
              ) : null}
              {data?.toReview.items.map((u) => (
                <Table.Tr key={u.id}>
                  <Table.Td maw={420}>
                    <SubjectLabel subject={u.subject} withText={false} />
                    <Anchor component={Link} to={`/app/updates/${u.id}`} size="sm" display="block">
                      {t('followup.desk.review')}
                    </Anchor>
                  </Table.Td>
                  <Table.Td dir="auto">{f.text(u.institution.name) || u.institution.code}</Table.Td>
                  <Table.Td>{f.dateTime(u.submittedAt)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </TitledSection>
      <TitledSection title={t('followup.desk.openRounds')} gap="xs">
        <Stack gap="sm">
          {data && data.rounds.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('followup.desk.noOpenRound')}
            </Text>
          ) : null}
          {data?.rounds.map((r) => {
            const done = handedIn(r.completion);
            return (
              <div key={r.id}>
                <Group gap="xs">
                  <Anchor component={Link} to={`/app/rounds/${r.id}`} dir="auto">
                    {f.text(r.title)}
                  </Anchor>
                  <Text size="sm" c="dimmed">
                    {t('followup.round.deadline', { date: f.date(r.deadline) })}
                  </Text>
                  {r.completion.overdue > 0 ? <OverdueBadge /> : null}
                </Group>
                <Text size="xs">
                  {t('followup.completion.handedIn', {
                    done: f.number(done),
                    asked: f.number(r.completion.asked),
                  })}
                </Text>
                <Progress
                  value={percent(done, r.completion.asked)}
                  size="sm"
                  maw={480}
                  aria-label={t('followup.completion.percent', {
                    n: f.number(percent(done, r.completion.asked)),
                  })}
                />
              </div>
            );
          })}
        </Stack>
      </TitledSection>
    </Stack>
  );
}
