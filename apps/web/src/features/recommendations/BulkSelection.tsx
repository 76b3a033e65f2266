import { Box, Checkbox, Group } from '@mantine/core';
import { type ReactNode, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
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
