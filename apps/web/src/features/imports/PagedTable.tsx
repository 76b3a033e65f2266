import { Table } from '@mantine/core';
import type { ReactNode } from 'react';
import { Pager } from '../../app/Pager';

/**
 * A table of one page of a longer list the server pages (preview rows, problems), scrolling
 * sideways on a phone, with labelled pagination under it.
 */
export function PagedTable({
  minWidth,
  labelledBy,
  busy = false,
  head,
  children,
  total,
  pageSize,
  page,
  onPage,
  pagerLabel,
}: {
  minWidth: number;
  labelledBy: string;
  busy?: boolean;
  /** the header cells */
  head: ReactNode;
  /** the body rows */
  children: ReactNode;
  total: number;
  pageSize: number;
  page: number;
  onPage: (page: number) => void;
  pagerLabel: string;
}) {
  return (
    <>
      <Table.ScrollContainer minWidth={minWidth}>
        <Table striped verticalSpacing="xs" aria-labelledby={labelledBy} aria-busy={busy || undefined}>
          <Table.Thead>
            <Table.Tr>{head}</Table.Tr>
          </Table.Thead>
          <Table.Tbody className={busy ? 'list-busy' : undefined}>{children}</Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Pager total={total} pageSize={pageSize} page={page} onChange={onPage} label={pagerLabel} />
    </>
  );
}
