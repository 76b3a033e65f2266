import { Anchor, Badge, Card, Group, SimpleGrid, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyTableRow } from '../../app/EmptyTableRow';
import { ErrorState } from '../../app/ErrorState';
import { PageTitle } from '../../app/PageTitle';
import { TitledSection } from '../../app/TitledSection';
import { useFormat } from '../../i18n/format';
import { useSessionUser } from '../auth/session';
import { useHome } from './api';
import { OverdueBadge, UpdateStatusBadge } from './badges';
import { SubjectLabel } from './SubjectLabel';

/** A focal point's or contributor's desk: what is due, what came back, what is theirs. */
export function InstitutionHome() {
  const { t } = useTranslation();
  const f = useFormat();
  const me = useSessionUser();
  const home = useHome();
  const data = home.data;

  return (
    <Stack gap="lg">
      <PageTitle title={t('home.title')} />
      <div>
        <Title order={1}>{t('home.welcome', { name: me.name })}</Title>
        {data?.institution ? (
          <Text c="dimmed" mt={4} dir="auto">
            {f.text(data.institution.name) || data.institution.code}
          </Text>
        ) : null}
      </div>
      {home.isError ? <ErrorState error={home.error} onRetry={() => void home.refetch()} /> : null}

      <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }}>
        <Figure label={t('followup.home.due')} value={data?.due.total} />
        <Figure label={t('followup.home.overdue')} value={data?.due.overdue} alert />
        <Figure label={t('followup.home.returned')} value={data?.returned.length} alert />
        <Figure
          label={t('followup.home.assigned')}
          value={data ? data.assigned.lead + data.assigned.contributing : undefined}
        />
      </SimpleGrid>

      <TitledSection title={t('followup.home.returnedTitle')} gap="xs">
        <Stack gap="sm">
          {data && data.returned.length === 0 ? (
            <Text c="dimmed" size="sm">
              {t('followup.home.nothingReturned')}
            </Text>
          ) : null}
          {data?.returned.map((u) => (
            <Card key={u.id} withBorder padding="sm">
              <SubjectLabel subject={u.subject} withText={false} />
              <Text size="sm" c="dimmed" dir="auto">
                {f.text(u.round.title)}
              </Text>
              {u.reviewComment ? (
                <Text size="sm" mt={4} style={{ whiteSpace: 'pre-wrap' }} dir="auto">
                  {t('followup.home.comment')}: {u.reviewComment}
                </Text>
              ) : null}
              <Anchor component={Link} to={`/app/updates/${u.id}`} size="sm" mt={4} display="inline-block">
                {t('followup.home.revise')}
              </Anchor>
            </Card>
          ))}
        </Stack>
      </TitledSection>

      <TitledSection title={t('followup.home.dueTitle')} gap="xs">
        <Table.ScrollContainer minWidth={640}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('followup.home.deadline')}</Table.Th>
                <Table.Th>{t('followup.round.item')}</Table.Th>
                <Table.Th>{t('followup.home.round')}</Table.Th>
                <Table.Th>{t('followup.home.state')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data && data.due.items.length === 0 ? (
                <EmptyTableRow columns={4}>{t('followup.home.nothingDue')}</EmptyTableRow>
              ) : null}
              {data?.due.items.map((d) => (
                <Table.Tr key={`${d.round.id}-${d.subject.id}`}>
                  <Table.Td>
                    <Group gap={4} wrap="nowrap">
                      <Text size="sm">{f.date(d.round.deadline)}</Text>
                      {d.overdue ? <OverdueBadge /> : null}
                    </Group>
                  </Table.Td>
                  <Table.Td maw={420}>
                    <SubjectLabel subject={d.subject} />
                  </Table.Td>
                  <Table.Td>
                    <Anchor component={Link} to={`/app/rounds/${d.round.id}`} size="sm" dir="auto">
                      {f.text(d.round.title)}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    <Group gap={4}>
                      <UpdateStatusBadge status={d.updateStatus} />
                      {d.updateId ? (
                        <Anchor component={Link} to={`/app/updates/${d.updateId}`} size="sm">
                          {t('followup.round.openUpdate')}
                        </Anchor>
                      ) : (
                        <Anchor component={Link} to={`/app/rounds/${d.round.id}`} size="sm">
                          {t('followup.home.startInRound')}
                        </Anchor>
                      )}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </TitledSection>

      <TitledSection title={t('followup.home.assignedTitle')} gap="xs">
        {data ? (
          <Text size="sm" mb="xs">
            {t('followup.home.assignedCounts', {
              lead: f.number(data.assigned.lead),
              contributing: f.number(data.assigned.contributing),
            })}
          </Text>
        ) : (
          <Skeleton height={16} width={240} />
        )}
        <Stack gap="xs">
          {data?.assigned.items.map((a) => (
            <Group key={a.id} gap="xs" wrap="nowrap" align="flex-start">
              <Badge
                variant="light"
                tt="none"
                color={a.role === 'lead' ? 'blue' : 'gray'}
                style={{ flexShrink: 0 }}
              >
                {t(`followup.home.role.${a.role}`)}
              </Badge>
              <SubjectLabel subject={a} />
            </Group>
          ))}
        </Stack>
      </TitledSection>
    </Stack>
  );
}

function Figure({
  label,
  value,
  alert = false,
}: {
  label: string;
  value: number | undefined;
  alert?: boolean;
}) {
  const f = useFormat();
  return (
    <TitledSection title={label} card="md" titleSize="h6">
      {value === undefined ? (
        <Skeleton height={32} width={60} />
      ) : (
        <Text fz={28} fw={700} c={alert && value > 0 ? 'red.8' : undefined}>
          {f.number(value)}
        </Text>
      )}
    </TitledSection>
  );
}
