import { Badge } from '@mantine/core';
import type { ImportCounts, ImportStatus } from '@tatabbu/domain';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format';

const STATUS_COLORS: Record<ImportStatus, string> = {
  running: 'blue',
  previewed: 'yellow',
  committing: 'blue',
  committed: 'green',
  failed: 'red',
  discarded: 'gray',
};

export function StatusBadge({ status }: { status: ImportStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={STATUS_COLORS[status]} variant="light" tt="none" radius="sm">
      {t(`imports.statuses.${status}`)}
    </Badge>
  );
}

const COUNT_COLORS = {
  new: 'green',
  updated: 'blue',
  unchanged: 'gray',
  recurring: 'grape',
  errors: 'red',
  warnings: 'orange',
} as const;
export type CountName = keyof typeof COUNT_COLORS;
export const COUNT_NAMES = Object.keys(COUNT_COLORS) as CountName[];

/** Counts as badges; zero counts are left out unless `all` (the preview shows every figure). */
export function CountBadges({ counts, all = false }: { counts: ImportCounts; all?: boolean }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <>
      {COUNT_NAMES.filter((name) => all || counts[name] > 0).map((name) => (
        <Badge
          key={name}
          color={COUNT_COLORS[name]}
          variant={name === 'errors' && counts.errors > 0 ? 'filled' : 'light'}
          tt="none"
          radius="sm"
          data-count={name}
        >
          {t(`imports.counts.${name}`)} · {f.number(counts[name])}
        </Badge>
      ))}
    </>
  );
}
