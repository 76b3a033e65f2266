import type { Term } from '@tatabbu/domain';

/** The public list filtered by one SDG goal or target (the list's own `sdg` parameter). */
export const sdgListHref = (termId: string) => `/recommendations?sdg=${encodeURIComponent(termId)}`;

/** Goals in their official order (1 … 17), whatever order the taxonomy holds them in. */
export const byGoalNumber = (a: Term, b: Term) => Number(a.code) - Number(b.code) || a.sort - b.sort;

/** "16 — Peace, justice…" unless the name already starts with its number. */
export function numbered(code: string | null, name: string): string {
  if (!code || name.startsWith(code)) return name;
  return `${code} — ${name}`;
}
