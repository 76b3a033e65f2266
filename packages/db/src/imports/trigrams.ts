import { normalizeArabic } from '@tatabbu/domain';

/**
 * pg_trgm's trigrams of a text, computed in JavaScript: the text is normalised like
 * `tatabbu_normalize` (lower case, Arabic normalisation), cut into words of letters and digits,
 * each word padded with two spaces before and one after. Used only to find candidate pairs fast;
 * the database's `similarity()` has the last word (see recurrence.ts).
 */
export function trigramsOf(text: string): Set<string> {
  const grams = new Set<string>();
  for (const word of normalizeArabic(text).match(/[\p{L}\p{N}]+/gu) ?? []) {
    const padded = `  ${word} `;
    for (let i = 0; i + 3 <= padded.length; i++) grams.add(padded.slice(i, i + 3));
  }
  return grams;
}

export interface SimilarPair {
  query: number;
  target: number;
  similarity: number;
}

/**
 * All (query, target) pairs whose trigram sets have a Jaccard similarity of at least `threshold`
 * and that `accept` allows, without comparing every pair: a "prefix filter" set-similarity join.
 * Trigrams are ranked rarest first; two sets that reach the threshold must share one of the
 * first |S| − ⌈t·|S|⌉ + 1 rarest trigrams of each, so only targets sharing a rare trigram with
 * the query are compared. Exact for Jaccard, and near-linear on real recommendations.
 */
export function similarPairs(
  queries: (Set<string> | null)[],
  targets: (Set<string> | null)[],
  threshold: number,
  accept: (query: number, target: number) => boolean,
): SimilarPair[] {
  const ids = new Map<string, number>();
  const frequency: number[] = [];
  const toIds = (set: Set<string> | null) => {
    if (!set || set.size === 0) return null;
    const out = new Int32Array(set.size);
    let i = 0;
    for (const gram of set) {
      let id = ids.get(gram);
      if (id === undefined) {
        id = frequency.length;
        ids.set(gram, id);
        frequency.push(0);
      }
      frequency[id] = (frequency[id] ?? 0) + 1;
      out[i++] = id;
    }
    return out;
  };
  const queryIds = queries.map(toIds);
  const targetIds = targets.map(toIds);
  // rank[id]: position of the trigram when sorted rarest first (ties broken by id, any fixed order works).
  const order = [...frequency.keys()].sort((a, b) => (frequency[a] ?? 0) - (frequency[b] ?? 0) || a - b);
  const rank = new Int32Array(order.length);
  order.forEach((id, position) => {
    rank[id] = position;
  });
  const ranked = (list: Int32Array | null) => (list ? list.map((id) => rank[id] ?? 0).sort() : null);
  const rankedQueries = queryIds.map(ranked);
  const rankedTargets = targetIds.map(ranked);
  const prefix = (size: number) => size - Math.ceil(threshold * size) + 1;

  const index = new Map<number, number[]>();
  rankedTargets.forEach((list, target) => {
    if (!list) return;
    for (let i = 0; i < prefix(list.length); i++) {
      const gram = list[i] as number;
      const posting = index.get(gram);
      if (posting) posting.push(target);
      else index.set(gram, [target]);
    }
  });

  const pairs: SimilarPair[] = [];
  const seen = new Set<number>();
  rankedQueries.forEach((list, query) => {
    if (!list) return;
    seen.clear();
    for (let i = 0; i < prefix(list.length); i++) {
      for (const target of index.get(list[i] as number) ?? []) {
        if (seen.has(target)) continue;
        seen.add(target);
        const other = rankedTargets[target] as Int32Array;
        // Jaccard ≥ t needs t·|A| ≤ |B| ≤ |A|/t.
        if (other.length < threshold * list.length || other.length * threshold > list.length) continue;
        if (!accept(query, target)) continue;
        const similarity = jaccard(list, other);
        if (similarity >= threshold) pairs.push({ query, target, similarity });
      }
    }
  });
  return pairs;
}

/** Jaccard similarity of two sorted, duplicate-free arrays. */
function jaccard(a: Int32Array, b: Int32Array): number {
  let i = 0;
  let j = 0;
  let common = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) {
      common++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return common / (a.length + b.length - common);
}
