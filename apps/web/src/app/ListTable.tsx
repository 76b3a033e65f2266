import { Card, Skeleton, Table } from '@mantine/core';
import type { ReactNode } from 'react';
import { EmptyTableRow } from './EmptyTableRow';
import { ErrorState } from './ErrorState';

/** A column heading; `hidden` ones are read to screen readers only (e.g. an actions column). */
export type ColumnHeading = string | { hidden: string };

/** What a list page's query tells the table (a TanStack Query result fits). */
export interface ListQueryState {
  isError: boolean;
  error: unknown;
  isFetching: boolean;
  isPlaceholderData: boolean;
  refetch: () => unknown;
}

/**
 * A list page's table: headings, placeholder rows while loading, one row per item, a sentence when
 * there are none, and the error with a retry when the first load failed. Rows of the previous page
 * stay dimmed while the next one loads.
 */
export function ListTable<T>({
  query,
  items,
  label,
  columns,
  minWidth,
  empty,
  loadingRows = 4,
  striped = false,
  highlightOnHover = false,
  children,
}: {
  query: ListQueryState;
  /** Undefined until the first page has arrived. */
  items: T[] | undefined;
  label: string;
  columns: ColumnHeading[];
  minWidth: number;
  empty: string;
  loadingRows?: number;
  striped?: boolean;
  highlightOnHover?: boolean;
  /** One row (or a fragment of rows, with its key) per item. */
  children: (item: T) => ReactNode;
}) {
  if (query.isError && !items) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  return (
    <Card withBorder padding={0}>
      <Table.ScrollContainer minWidth={minWidth}>
        <Table
          striped={striped}
          highlightOnHover={highlightOnHover}
          verticalSpacing="sm"
          aria-label={label}
          aria-busy={query.isFetching}
        >
          <Table.Thead>
            <Table.Tr>
              {columns.map((c) =>
                typeof c === 'string' ? (
                  <Table.Th key={c} scope="col">
                    {c}
                  </Table.Th>
                ) : (
                  <Table.Th key={c.hidden} scope="col">
                    <span className="visually-hidden">{c.hidden}</span>
                  </Table.Th>
                ),
              )}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody className={query.isPlaceholderData ? 'list-busy' : undefined}>
            {items
              ? items.map(children)
              : Array.from({ length: loadingRows }, (_, row) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: placeholder rows have nothing else to key on
                  <Table.Tr key={row} aria-hidden>
                    {columns.map((_, cell) => (
                      // biome-ignore lint/suspicious/noArrayIndexKey: placeholder cells have nothing else to key on
                      <Table.Td key={cell}>
                        <Skeleton height={12} />
                      </Table.Td>
                    ))}
                  </Table.Tr>
                ))}
            {items && items.length === 0 ? (
              <EmptyTableRow columns={columns.length}>{empty}</EmptyTableRow>
            ) : null}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Card>
  );
}
