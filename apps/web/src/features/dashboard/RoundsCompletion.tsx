import { Anchor, Badge, Group, Stack, Text } from '@mantine/core';
import type { DashboardRound } from '@tatabbu/domain';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { TitledSection } from '../../app/TitledSection';
import { useFormat } from '../../i18n/format';
import { BarChartCard } from '../charts/BarChartCard';
import { COMPLETION_SERIES, completionTable } from './tables';

/** Each open round's completion by institution, with its deadline. */
export function RoundsCompletion({ rounds }: { rounds: DashboardRound[] }) {
  const { t } = useTranslation();
  return (
    <TitledSection title={t('dashboard.rounds.title')} gap="xs">
      {rounds.length === 0 ? (
        <Text c="dimmed">{t('dashboard.rounds.none')}</Text>
      ) : (
        <Stack>
          {rounds.map((round) => (
            <RoundChart key={round.id} round={round} />
          ))}
        </Stack>
      )}
    </TitledSection>
  );
}

function RoundChart({ round }: { round: DashboardRound }) {
  const { t } = useTranslation();
  const f = useFormat();
  const table = useMemo(
    () =>
      completionTable(
        round.institutions.map((i) => ({
          key: i.institution.id,
          label: f.text(i.institution.acronym) || f.text(i.institution.name) || i.institution.code,
          completion: i.completion,
        })),
        t,
      ),
    [round, t, f],
  );
  const title = f.text(round.title);
  return (
    <Stack gap={4}>
      <Group gap="xs">
        <Anchor component={Link} to={`/app/rounds/${round.id}`} fw={600} dir="auto">
          {title}
        </Anchor>
        <Text size="sm">{t('dashboard.rounds.deadline', { date: f.date(round.deadline) })}</Text>
        {round.overdue ? <Badge color="red.9">{t('dashboard.rounds.overdue')}</Badge> : null}
        {round.completion.overdue > 0 ? (
          <Text size="sm" c="red.9">
            {t('dashboard.rounds.overdueItems', { count: round.completion.overdue })}
          </Text>
        ) : null}
      </Group>
      <BarChartCard
        title={t('dashboard.rounds.chartTitle', { title })}
        table={table}
        series={COMPLETION_SERIES}
        totalKey="asked"
      />
    </Stack>
  );
}
