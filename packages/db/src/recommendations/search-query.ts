/**
 * A search box query split into what must match and what must not. The text is matched against
 * one column per language and a row matches when any language matches; an exclusion has to hold
 * in every language instead (a row whose French text says "torture" is excluded by `-torture` even
 * though its empty English column does not mention it), so exclusions are pulled out and negated
 * across all columns.
 */
export interface SearchQuery {
  /** websearch syntax without the exclusions: words, "phrases", `or`; empty when only exclusions */
  include: string;
  /** each excluded word or "phrase", without its minus sign */
  exclude: string[];
}

/** A quoted phrase (quote possibly unclosed) or a bare word, each with an optional leading minus. */
const TOKEN = /(-?)"([^"]*)"?|(\S+)/g;

export function parseSearchQuery(q: string): SearchQuery {
  const include: string[] = [];
  const exclude: string[] = [];
  for (const match of q.matchAll(TOKEN)) {
    const [, minus, phrase, word] = match;
    if (phrase !== undefined) {
      if (!phrase.trim()) continue;
      if (minus) exclude.push(`"${phrase.trim()}"`);
      else include.push(`"${phrase.trim()}"`);
    } else if (word !== undefined) {
      if (word.startsWith('-') && word.length > 1) exclude.push(word.slice(1));
      else if (word !== '-') include.push(word);
    }
  }
  return { include: include.join(' '), exclude };
}
