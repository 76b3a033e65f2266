import { Button, Checkbox, Group, Text } from '@mantine/core';
import { IconTags } from '@tabler/icons-react';
import type { BulkClassifyInput } from '@tatabbu/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format';
import { BulkAddToRound } from '../followup/BulkAddToRound';
import { BulkAssignAction } from '../institutions/BulkAssign';
import type { BulkSelection } from './BulkSelection';
import { BulkTagDialog, type BulkTarget } from './BulkTagDialog';
import { PRESENTATION } from './filters';

// Its own module, loaded only for coordinators: the public list does not carry the staff's tools.
/** "3 selected · Classify selected · Classify all 1,234 matching", and the dialog they open. */
export function BulkClassifyBar({
  selection,
  query,
  pageIds,
  total,
}: {
  selection: BulkSelection;
  query: Record<string, unknown>;
  pageIds: readonly string[];
  total: number;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const [target, setTarget] = useState<BulkTarget | null>(null);
  const onPage = pageIds.filter((id) => selection.selected.has(id)).length;
  const filters = Object.fromEntries(
    Object.entries(query).filter(([k]) => !PRESENTATION.has(k)),
  ) as NonNullable<BulkClassifyInput['filters']>;
  return (
    <Group gap="sm" align="center" wrap="wrap">
      <Checkbox
        checked={pageIds.length > 0 && onPage === pageIds.length}
        indeterminate={onPage > 0 && onPage < pageIds.length}
        onChange={(e) => selection.setMany(pageIds, e.currentTarget.checked)}
        label={t('tagging.bulk.selectPage')}
      />
      <Text size="sm" c="dimmed" aria-live="polite">
        {t('tagging.bulk.selected', { count: selection.selected.size })}
      </Text>
      <Button
        size="compact-sm"
        variant="light"
        leftSection={<IconTags size={16} aria-hidden />}
        disabled={selection.selected.size === 0}
        onClick={() => setTarget({ kind: 'ids', ids: [...selection.selected] })}
      >
        {t('tagging.bulk.classifySelected')}
      </Button>
      <Button
        size="compact-sm"
        variant="default"
        disabled={total === 0}
        onClick={() => setTarget({ kind: 'filters', filters, count: total })}
      >
        {t('tagging.bulk.classifyAll', { n: f.number(total) })}
      </Button>
      <BulkAssignAction
        selected={[...selection.selected]}
        filters={filters}
        total={total}
        onDone={selection.clear}
      />
      <BulkAddToRound
        selected={[...selection.selected]}
        filters={filters}
        total={total}
        onDone={selection.clear}
      />
      {selection.selected.size ? (
        <Button size="compact-sm" variant="subtle" onClick={selection.clear}>
          {t('tagging.bulk.clear')}
        </Button>
      ) : null}
      <BulkTagDialog
        target={target}
        onClose={() => setTarget(null)}
        onDone={() => {
          if (target?.kind === 'ids') selection.clear();
        }}
      />
    </Group>
  );
}
