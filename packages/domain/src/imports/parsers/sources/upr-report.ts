import { splitTrailingStates } from './trailing-states.js';
import { joinLines, lineAt, type PreparedText } from './un-text-lines.js';

/** One recommendation of a UPR working-group report: "144.1", its text and recommending States. */
export interface UprEntry {
  line: number;
  paragraph: string;
  text: string;
  states: string[];
}

/**
 * Where an entry starts: "144.1 " or Arabic "144-1 " at the start of a line or after the ";" or "."
 * that ends the previous entry (several entries may share a line).
 */
const ENTRY_START = /(^|\n|[;؛.:][ \t]+)[ \t]*(\d{1,3})[.-](\d{1,3})\.?[ \t]+(?=\S)/g;

/**
 * Where an entry stops besides the next entry: after the ")." or ");" closing its States at the end
 * of a line, or before a line opening another numbered paragraph ("145. All conclusions…").
 */
const ENTRY_END = /\)[ \t]*[.;؛](?=[ \t]*\n)|\n(?=[ \t]*\d{1,3}[.-][ \t]+\D)/;

/** The recommendations section of a UPR working-group report, in any language. */
export function readUprEntries({ text, ascii }: PreparedText): UprEntry[] {
  const starts = [...ascii.matchAll(ENTRY_START)].map((match) => ({
    index: (match.index ?? 0) + (match[1] ?? '').length,
    bodyStart: (match.index ?? 0) + match[0].length,
    major: Number(match[2]),
    minor: Number(match[3]),
  }));
  // The section's paragraph is the one most entries share ("144"); other dotted numbers in the
  // text ("article 16.2") and out-of-order numbers are not entries.
  const counts = new Map<number, number>();
  for (const start of starts) counts.set(start.major, (counts.get(start.major) ?? 0) + 1);
  const major = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
  const kept: typeof starts = [];
  for (const start of starts)
    if (start.major === major && start.minor > (kept.at(-1)?.minor ?? 0)) kept.push(start);

  return kept.map((start, i) => {
    const next = kept[i + 1]?.index ?? text.length;
    let body = ascii.slice(start.bodyStart, next);
    const end = ENTRY_END.exec(body);
    body = text.slice(start.bodyStart, start.bodyStart + (end ? end.index + end[0].length : body.length));
    const { text: recommendation, states } = splitTrailingStates(joinLines(body));
    return {
      line: lineAt(text, start.index),
      paragraph: `${start.major}.${start.minor}`,
      text: recommendation,
      states,
    };
  });
}
