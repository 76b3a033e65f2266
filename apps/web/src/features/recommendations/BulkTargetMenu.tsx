import { Button, Menu, Text } from '@mantine/core';
import { IconChevronDown } from '@tabler/icons-react';
import type { BulkClassifyInput } from '@tatabbu/domain';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format';

export type BulkFilters = NonNullable<BulkClassifyInput['filters']>;
/** What a bulk action applies to: the chosen rows, or everything the list's query matches. */
export type BulkTarget =
  | { kind: 'ids'; ids: string[] }
  | { kind: 'filters'; filters: BulkFilters; count: number };

/** The request fields naming a target: `ids` or `filters`, as every bulk endpoint takes them. */
export const targetSelection = (target: BulkTarget) =>
  target.kind === 'ids' ? { ids: target.ids } : { filters: target.filters };
export const targetCount = (target: BulkTarget) => (target.kind === 'ids' ? target.ids.length : target.count);

/**
 * A bulk action's button on the recommendation list: a menu "the N selected / all M matching"
 * that hands the chosen target to the action's dialog.
 */
export function BulkTargetMenu({
  label,
  icon,
  selected,
  filters,
  total,
  onPick,
}: {
  label: string;
  icon: ReactNode;
  selected: readonly string[];
  filters: BulkFilters;
  total: number;
  onPick: (target: BulkTarget) => void;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <Menu position="bottom-start" withinPortal>
      <Menu.Target>
        <Button
          size="compact-sm"
          variant="light"
          leftSection={icon}
          rightSection={<IconChevronDown size={14} aria-hidden />}
          disabled={total === 0}
        >
          {label}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item
          disabled={selected.length === 0}
          onClick={() => onPick({ kind: 'ids', ids: [...selected] })}
        >
          {t('bulkTarget.selected', { count: selected.length })}
        </Menu.Item>
        <Menu.Item onClick={() => onPick({ kind: 'filters', filters, count: total })}>
          {t('bulkTarget.all', { n: f.number(total) })}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}

/** "The 12 selected recommendations." / "The 340 recommendations matching the current search…" */
export function BulkTargetScope({ target }: { target: BulkTarget }) {
  const { t } = useTranslation();
  const count = targetCount(target);
  return (
    <Text size="sm">
      {target.kind === 'filters'
        ? t('bulkTarget.scopeAll', { count })
        : t('bulkTarget.scopeSelected', { count })}
    </Text>
  );
}

/** Where a bulk action sits: the list's selected rows, its filters and how many rows match them. */
export interface BulkActionProps {
  selected: readonly string[];
  filters: BulkFilters;
  total: number;
  /** After acting on the selected rows (e.g. to clear the selection). */
  onDone?: (() => void) | undefined;
}

/** What a bulk action's dialog is given: the rows it acts on, how to close, and what to call once done. */
export interface BulkDialogProps {
  target: BulkTarget;
  onClose: () => void;
  onDone: () => void;
}

/**
 * A bulk action on the recommendation list: the target menu, then the action's dialog (`dialog`)
 * for the rows picked. `onDone` runs after acting on the selected rows (e.g. to clear the selection).
 */
export function BulkTargetAction({
  label,
  icon,
  selected,
  filters,
  total,
  onDone,
  dialog,
}: BulkActionProps & {
  label: string;
  icon: ReactNode;
  dialog: (props: BulkDialogProps) => ReactNode;
}) {
  const [target, setTarget] = useState<BulkTarget | null>(null);
  return (
    <>
      <BulkTargetMenu
        label={label}
        icon={icon}
        selected={selected}
        filters={filters}
        total={total}
        onPick={setTarget}
      />
      {target
        ? dialog({
            target,
            onClose: () => setTarget(null),
            onDone: () => {
              if (target.kind === 'ids') onDone?.();
            },
          })
        : null}
    </>
  );
}
