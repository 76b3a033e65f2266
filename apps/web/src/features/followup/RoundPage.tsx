import { Anchor, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { can, type RoundDetail, type RoundStatus } from '@tatabbu/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { isApiError } from '../../api/client';
import { EmptyTableRow } from '../../app/EmptyTableRow';
import { ErrorState } from '../../app/ErrorState';
import { NotFound } from '../../app/NotFound';
import { PageTitle } from '../../app/PageTitle';
import { TitledSection } from '../../app/TitledSection';
import { useFormat } from '../../i18n/format';
import { useSessionUser } from '../auth/session';
import { usePatchRound, useRemoveRoundItems, useRound, useStartUpdate } from './api';
import { OverdueBadge, RoundStatusBadge, UpdateStatusBadge } from './badges';
import { notStarted } from './completion';
import { EditRoundDialog } from './EditRoundDialog';
import { StepError } from './StepError';
import { SubjectLabel } from './SubjectLabel';

const NEXT: Partial<Record<RoundStatus, RoundStatus>> = { draft: 'open', open: 'closed' };

/** One round: its instructions, how far each institution has got, and every item asked. */
export function RoundPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const f = useFormat();
  const round = useRound(id);
  if (round.isError) {
    if (isApiError(round.error, 'not_found')) return <NotFound />;
    return <ErrorState error={round.error} onRetry={() => void round.refetch()} />;
  }
  if (!round.data) return <Text c="dimmed">{t('followup.loading')}</Text>;
  const r = round.data;
  const overdue = r.status === 'open' && r.deadline < new Date().toISOString().slice(0, 10);
  return (
    <Stack gap="lg">
      <PageTitle title={f.text(r.title)} />
      <Anchor component={Link} to="/app/rounds" size="sm">
        {t('followup.rounds.back')}
      </Anchor>
      <div>
        <Title order={1} dir="auto">
          {f.text(r.title)}
        </Title>
        <Group gap="xs" mt={4}>
          <RoundStatusBadge status={r.status} />
          {overdue ? <OverdueBadge /> : null}
          <Text size="sm">{t('followup.round.deadline', { date: f.date(r.deadline) })}</Text>
        </Group>
      </div>
      <RoundActions round={r} onReload={() => void round.refetch()} />
      {f.text(r.instructions) ? (
        <TitledSection title={t('followup.round.instructions')} card="md" gap="xs">
          <Text style={{ whiteSpace: 'pre-wrap' }} dir="auto">
            {f.text(r.instructions)}
          </Text>
        </TitledSection>
      ) : null}
      <CompletionTable round={r} />
      <ItemsTable round={r} />
    </Stack>
  );
}

function RoundActions({ round, onReload }: { round: RoundDetail; onReload: () => void }) {
  const { t } = useTranslation();
  const me = useSessionUser();
  const patch = usePatchRound(round.id);
  const [editing, setEditing] = useState(false);
  const next = NEXT[round.status];
  if (!can(me, 'round.manage')) return null;
  return (
    <Stack gap="xs">
      <Group>
        <Button variant="default" onClick={() => setEditing(true)}>
          {t('followup.round.edit')}
        </Button>
        {editing ? (
          // Mounted on demand, so it starts from the round as it is now.
          <EditRoundDialog round={round} opened onClose={() => setEditing(false)} onReload={onReload} />
        ) : null}
      </Group>
      {next ? (
        <Group>
          <Button
            loading={patch.isPending}
            color={next === 'closed' ? 'dark' : undefined}
            onClick={() => patch.mutate({ version: round.version, status: next })}
          >
            {t(next === 'open' ? 'followup.round.open' : 'followup.round.close')}
          </Button>
          <Text size="sm" c="dimmed">
            {t(next === 'open' ? 'followup.round.openHelp' : 'followup.round.closeHelp')}
          </Text>
        </Group>
      ) : null}
      <StepError
        error={patch.error}
        onReload={() => {
          patch.reset();
          onReload();
        }}
      />
    </Stack>
  );
}

function CompletionTable({ round }: { round: RoundDetail }) {
  const { t } = useTranslation();
  const f = useFormat();
  const columns = [
    'asked',
    'notStarted',
    'drafted',
    'submitted',
    'returned',
    'validated',
    'published',
    'overdue',
  ] as const;
  return (
    <TitledSection title={t('followup.round.completion')} gap="xs">
      <Table.ScrollContainer minWidth={720}>
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('followup.round.institution')}</Table.Th>
              {columns.map((c) => (
                <Table.Th key={c} ta="end">
                  {t(`followup.completion.${c}`)}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {round.institutions.length === 0 ? (
              <EmptyTableRow columns={columns.length + 1}>{t('followup.round.noInstitution')}</EmptyTableRow>
            ) : null}
            {round.institutions.map(({ institution, completion }) => (
              <Table.Tr key={institution.id}>
                <Table.Td dir="auto">{f.text(institution.name) || institution.code}</Table.Td>
                {columns.map((c) => {
                  const n = c === 'notStarted' ? notStarted(completion) : completion[c];
                  return (
                    <Table.Td
                      key={c}
                      ta="end"
                      fw={c === 'overdue' && n > 0 ? 700 : undefined}
                      c={c === 'overdue' && n > 0 ? 'red.8' : undefined}
                    >
                      {f.number(n)}
                    </Table.Td>
                  );
                })}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </TitledSection>
  );
}

function ItemsTable({ round }: { round: RoundDetail }) {
  const { t } = useTranslation();
  const f = useFormat();
  const me = useSessionUser();
  const navigate = useNavigate();
  const start = useStartUpdate();
  const remove = useRemoveRoundItems(round.id);
  // Items nobody reported on may leave a round that is not closed; the others keep their history.
  const mayRemove = (item: RoundDetail['items'][number]) =>
    round.status !== 'closed' && can(me, 'round.manage') && item.institutions.every((x) => !x.updateId);
  const names = new Map(
    round.institutions.map((i) => [i.institution.id, f.text(i.institution.name) || i.institution.code]),
  );
  const mayStart = (institutionId: string) =>
    round.status === 'open' &&
    can(me, 'update.draft', { institutionId }) &&
    me.institutionId === institutionId;
  return (
    <TitledSection title={t('followup.round.items', { n: f.number(round.items.length) })} gap="xs">
      <StepError error={start.error} onReload={() => start.reset()} />
      <StepError error={remove.error} onReload={() => remove.reset()} />
      <Table.ScrollContainer minWidth={640}>
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('followup.round.item')}</Table.Th>
              <Table.Th>{t('followup.round.updates')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {round.items.length === 0 ? (
              <EmptyTableRow columns={2}>{t('followup.round.noItem')}</EmptyTableRow>
            ) : null}
            {round.items.map((item) => (
              <Table.Tr key={item.subject.id}>
                <Table.Td maw={480}>
                  <SubjectLabel subject={item.subject} />
                  {mayRemove(item) ? (
                    <Button
                      size="compact-xs"
                      variant="subtle"
                      color="red"
                      mt={4}
                      loading={remove.isPending}
                      onClick={() =>
                        remove.mutate({
                          version: round.version,
                          ...(item.subject.kind === 'recommendation'
                            ? { recommendationIds: [item.subject.id] }
                            : { measureIds: [item.subject.id] }),
                        })
                      }
                    >
                      {t('followup.round.removeItem')}
                    </Button>
                  ) : null}
                </Table.Td>
                <Table.Td>
                  <Stack gap={4}>
                    {item.institutions.map((x) => (
                      <Group key={x.institutionId} gap="xs" wrap="nowrap">
                        <Text size="sm" dir="auto">
                          {names.get(x.institutionId) ?? ''}
                        </Text>
                        <UpdateStatusBadge status={x.updateStatus} />
                        {x.updateId ? (
                          <Anchor component={Link} to={`/app/updates/${x.updateId}`} size="sm">
                            {t('followup.round.openUpdate')}
                          </Anchor>
                        ) : mayStart(x.institutionId) ? (
                          <Button
                            size="compact-xs"
                            variant="light"
                            loading={start.isPending}
                            onClick={() =>
                              start.mutate(
                                {
                                  roundId: round.id,
                                  ...(item.subject.kind === 'recommendation'
                                    ? { recommendationId: item.subject.id }
                                    : { measureId: item.subject.id }),
                                },
                                { onSuccess: (u) => navigate(`/app/updates/${u.id}`) },
                              )
                            }
                          >
                            {t('followup.round.start')}
                          </Button>
                        ) : null}
                      </Group>
                    ))}
                  </Stack>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </TitledSection>
  );
}
