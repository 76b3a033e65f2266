import type { StatusCount } from '@tatabbu/domain';
import { IMPLEMENTATION_STATUSES } from '@tatabbu/domain';

/** Rows `(key, status, n)` grouped into per-key breakdowns, in the vocabulary's order, `none` last. */
export function groupStatusCounts(
  rows: readonly { key: string; status: string | null; n: number }[],
): Map<string, StatusCount[]> {
  const order = [...IMPLEMENTATION_STATUSES, 'none'];
  const out = new Map<string, StatusCount[]>();
  for (const row of rows) {
    const list = out.get(row.key) ?? [];
    list.push({ status: (row.status ?? 'none') as StatusCount['status'], count: Number(row.n) });
    out.set(row.key, list);
  }
  for (const list of out.values()) list.sort((a, b) => order.indexOf(a.status) - order.indexOf(b.status));
  return out;
}

export const totalOf = (counts: readonly StatusCount[] | undefined): number =>
  (counts ?? []).reduce((sum, c) => sum + c.count, 0);
