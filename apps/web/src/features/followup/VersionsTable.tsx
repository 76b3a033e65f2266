import { Table, Text } from '@mantine/core';
import type { UpdateVersion } from '@tatabbu/domain';
import { useTranslation } from 'react-i18next';
import { EmptyTableRow } from '../../app/EmptyTableRow';
import { useFormat } from '../../i18n/format';
import { UpdateStatusBadge } from './badges';

/** Every kept version of an update, newest first: who did which step when, with the return comments. */
export function VersionsTable({ versions }: { versions: UpdateVersion[] }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('followup.versions.version')}</Table.Th>
            <Table.Th>{t('followup.versions.step')}</Table.Th>
            <Table.Th>{t('followup.versions.status')}</Table.Th>
            <Table.Th>{t('followup.versions.who')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {versions.length === 0 ? (
            <EmptyTableRow columns={4}>{t('followup.versions.empty')}</EmptyTableRow>
          ) : null}
          {versions.map((v) => (
            <Table.Tr key={v.version}>
              <Table.Td>{f.number(v.version)}</Table.Td>
              <Table.Td>
                {t(`followup.steps.${v.action}`)}
                {v.comment ? (
                  <Text size="sm" c="dimmed" dir="auto" style={{ whiteSpace: 'pre-wrap' }}>
                    {v.comment}
                  </Text>
                ) : null}
              </Table.Td>
              <Table.Td>
                <UpdateStatusBadge status={v.status} />
              </Table.Td>
              <Table.Td>
                <Text size="sm" dir="auto">
                  {v.actorName ?? ''}
                </Text>
                <Text size="xs" c="dimmed">
                  {f.dateTime(v.at)}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
