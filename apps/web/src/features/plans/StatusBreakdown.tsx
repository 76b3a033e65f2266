import { Group, Text, Tooltip } from '@mantine/core';
import type { StatusCount } from '@tatabbu/domain';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format';
import { StatusBadge } from '../recommendations/badges';

const BAR_COLORS: Record<StatusCount['status'], string> = {
  not_started: '#868e96',
  in_progress: '#1971c2',
  partially_implemented: '#e8590c',
  implemented: '#2f9e44',
  continuous: '#7950f2',
  not_applicable: '#ced4da',
  none: '#e9ecef',
};

/** How many measures have each status: a proportional bar and, for every status, a badge with its count. */
export function StatusBreakdown({ counts, compact = false }: { counts: StatusCount[]; compact?: boolean }) {
  const { t } = useTranslation();
  const f = useFormat();
  const total = counts.reduce((sum, c) => sum + c.count, 0);
  if (total === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('plans.breakdown.empty')}
      </Text>
    );
  }
  const label = (c: StatusCount) => (c.status === 'none' ? t('status.none') : t(`status.${c.status}`));
  return (
    <div>
      <div
        role="img"
        style={{ display: 'flex', blockSize: 10, borderRadius: 5, overflow: 'hidden', gap: 1 }}
        aria-label={counts.map((c) => `${label(c)}: ${f.number(c.count)}`).join(t('common.listSeparator'))}
      >
        {counts.map((c) => (
          <Tooltip key={c.status} label={`${label(c)}: ${f.number(c.count)}`} withArrow>
            <span style={{ flexGrow: c.count, background: BAR_COLORS[c.status] }} />
          </Tooltip>
        ))}
      </div>
      {compact ? null : (
        <Group gap="xs" mt="xs">
          {counts.map((c) => (
            <Group key={c.status} gap={4} wrap="nowrap">
              <StatusBadge status={c.status === 'none' ? null : c.status} />
              <Text size="sm" fw={600}>
                {f.number(c.count)}
              </Text>
            </Group>
          ))}
        </Group>
      )}
    </div>
  );
}
