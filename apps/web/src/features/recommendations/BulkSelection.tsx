import { Box, Button, Checkbox, Group, Text } from '@mantine/core';
import { IconTags } from '@tabler/icons-react';
import type { BulkClassifyInput } from '@tatabbu/domain';
import { type ReactNode, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format';
import { BulkAddToRound } from '../followup/BulkAddToRound';
import { BulkAssignAction } from '../institutions/BulkAssign';
import { BulkTagDialog, type BulkTarget } from './BulkTagDialog';
import { PRESENTATION } from './filters';
import { useCanClassify } from './tagging-api';

export interface BulkSelection {
  selected: ReadonlySet<string>;
  toggle: (id: string) => void;
  setMany: (ids: readonly string[], on: boolean) => void;
  clear: () => void;
}

/**
 * Rows a coordinator picked on the list, kept across pages and cleared when the search or filters
 * change; null for users who may not classify (no checkboxes for them).
 */
export function useBulkSelection(query: Record<string, unknown>): BulkSelection | null {
  const allowed = useCanClassify();
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const filterKey = JSON.stringify(Object.entries(query).filter(([k]) => !PRESENTATION.has(k)));
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new search or filter starts a new selection
  useEffect(() => setSelected(new Set()), [filterKey]);
  if (!allowed) return null;
  return {
    selected,
    toggle: (id) =>
      setSelected((s) => {
        const next = new Set(s);
        if (!next.delete(id)) next.add(id);
        return next;
      }),
    setMany: (ids, on) =>
      setSelected((s) => {
        const next = new Set(s);
        for (const id of ids) on ? next.add(id) : next.delete(id);
        return next;
      }),
    clear: () => setSelected(new Set()),
  };
}

export function SelectCheckbox({
  selection,
  id,
  label,
}: {
  selection: BulkSelection;
  id: string;
  label: string;
}) {
  const { t } = useTranslation();
  return (
    <Checkbox
      mt="md"
      checked={selection.selected.has(id)}
      onChange={() => selection.toggle(id)}
      aria-label={t('tagging.bulk.select', { key: label })}
    />
  );
}

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

/** A list row with its selection checkbox for coordinators; the row alone for everyone else. */
export function SelectableRow({
  selection,
  id,
  label,
  children,
}: {
  selection: BulkSelection | null;
  id: string;
  label: string;
  children: ReactNode;
}) {
  if (!selection) return children;
  return (
    <Group wrap="nowrap" align="flex-start" gap="xs">
      <SelectCheckbox selection={selection} id={id} label={label} />
      <Box style={{ flex: 1, minWidth: 0 }}>{children}</Box>
    </Group>
  );
}
