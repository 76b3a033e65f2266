import { Code, Table, Text } from '@mantine/core';
import type { AuditEvent } from '@tatabbu/domain';
import { useTranslation } from 'react-i18next';

const asRecord = (value: unknown): Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};

function Value({ value }: { value: unknown }) {
  const { t } = useTranslation();
  if (value === undefined || value === null || value === '') {
    return (
      <Text size="sm" c="dimmed" span>
        {t('audit.diff.empty')}
      </Text>
    );
  }
  const text = typeof value === 'string' ? value : JSON.stringify(value, null, 2);
  return (
    <Code block dir="auto" style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>
      {text}
    </Code>
  );
}

/**
 * Before and after of one event, field by field: the changed fields first (highlighted), then the
 * others that were recorded, so the context of a change stays visible.
 */
export function EventChanges({ event }: { event: AuditEvent }) {
  const { t } = useTranslation();
  const before = asRecord(event.before);
  const after = asRecord(event.after);
  const changed = new Set(event.changedFields);
  const fields = [
    ...event.changedFields,
    ...[...new Set([...Object.keys(before), ...Object.keys(after)])].filter((k) => !changed.has(k)).sort(),
  ];
  if (fields.length === 0) return <Text size="sm">{t('audit.diff.none')}</Text>;
  return (
    <Table withTableBorder verticalSpacing="xs" aria-label={t('audit.show', { seq: event.seq })}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('audit.diff.field')}</Table.Th>
          <Table.Th scope="col">{t('audit.diff.before')}</Table.Th>
          <Table.Th scope="col">{t('audit.diff.after')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {fields.map((field) => (
          <Table.Tr key={field} bg={changed.has(field) ? 'var(--mantine-color-yellow-light)' : undefined}>
            <Table.Th scope="row">
              <Text size="sm" dir="ltr" fw={changed.has(field) ? 700 : 400} span>
                {field}
              </Text>
            </Table.Th>
            <Table.Td>
              <Value value={before[field]} />
            </Table.Td>
            <Table.Td>
              <Value value={after[field]} />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
