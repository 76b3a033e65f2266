import type { Completion } from '@tatabbu/domain';

/** Pairs handed in to the coordinator (submitted, validated or published), out of those asked. */
export const handedIn = (c: Completion): number => c.submitted + c.validated + c.published;

/** Pairs nobody has started on yet. */
export const notStarted = (c: Completion): number =>
  Math.max(0, c.asked - c.drafted - c.submitted - c.returned - c.validated - c.published);

export const percent = (part: number, whole: number): number =>
  whole ? Math.round((part / whole) * 100) : 0;
