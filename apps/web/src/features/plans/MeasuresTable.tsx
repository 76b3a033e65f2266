import { Anchor, Group, Table, Text } from '@mantine/core';
import type { MeasureSummary } from '@tatabbu/domain';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyTableRow } from '../../app/EmptyTableRow';
import { useFormat } from '../../i18n/format';
import { DemoMarker, StatusBadge } from '../recommendations/badges';
import { measurePath } from './paths';

/** Measures as rows: number, name, lead institutions, status as of its date, linked recommendations. */
export function MeasuresTable({
  items,
  base,
  caption,
}: {
  items: MeasureSummary[];
  base: string;
  caption: string;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped verticalSpacing="xs">
        <Table.Caption style={{ captionSide: 'top', textAlign: 'start' }}>
          <Text span size="sm" fw={600}>
            {caption}
          </Text>
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={80}>{t('plans.measure.number')}</Table.Th>
            <Table.Th>{t('plans.measure.name')}</Table.Th>
            <Table.Th>{t('plans.measure.lead')}</Table.Th>
            <Table.Th>{t('plans.measure.status')}</Table.Th>
            <Table.Th ta="end">{t('plans.measure.recommendations')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.length === 0 ? (
            <EmptyTableRow columns={5}>{t('plans.measure.none')}</EmptyTableRow>
          ) : (
            items.map((m) => {
              const sub = f.text(m.subMeasure);
              return (
                <Table.Tr key={m.id}>
                  <Table.Td className="ltr-value">{m.number}</Table.Td>
                  <Table.Td>
                    <Anchor component={Link} to={measurePath(base, m.id)} dir="auto" size="sm">
                      {f.text(m.name) || m.number}
                    </Anchor>
                    {sub ? (
                      <Text size="xs" c="dimmed" dir="auto">
                        {sub}
                      </Text>
                    ) : null}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" dir="auto">
                      {m.institutions
                        .filter((i) => i.role === 'lead')
                        .map((i) => f.text(i.acronym) || f.text(i.name) || i.code)
                        .join(t('common.listSeparator'))}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Group gap={4}>
                      <StatusBadge status={m.status} />
                      <DemoMarker origin={m.plan.demo ? 'demo' : null} />
                    </Group>
                    {m.statusDate ? (
                      <Text size="xs" c="dimmed">
                        {t('plans.measure.asOf', { date: f.date(m.statusDate) })}
                      </Text>
                    ) : null}
                  </Table.Td>
                  <Table.Td ta="end">{f.number(m.recommendationCount)}</Table.Td>
                </Table.Tr>
              );
            })
          )}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
