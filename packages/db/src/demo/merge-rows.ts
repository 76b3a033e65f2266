import type { ImplementationStatus } from '@tatabbu/domain';
import { recommendationKey } from './didh-codes.js';
import type { DidhRow } from './didh-source.js';

/** One recommendation of the demo, built from one or more DIDH rows. */
export interface DemoRecommendation {
  key: string;
  mechanism: string;
  paragraph: string;
  textFr: string;
  textAr: string;
  status: ImplementationStatus;
  /** `didh:<lowest id>`; `sourceIds` lists every merged row. */
  externalRef: string;
  sourceIds: number[];
  recommendingStates: { fr: string; ar: string }[];
  axisIds: string[];
  subaxisIds: string[];
  /** DIDH body ids, lead first. */
  bodyIds: string[];
}

/** Text compared without layout: list dashes, spacing and case do not make two texts different. */
const comparable = (text: string) =>
  text
    .split('\n')
    .map((line) => line.replace(/^[-·•]\s*/, ''))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();

const unique = <T>(values: T[]) => [...new Set(values)];

/**
 * Groups DIDH rows into recommendations. The DIDH repeats a recommendation once per recommending
 * State and once per extra axis it files it under; rows with the same key (document + paragraph
 * + part) are one recommendation when their French or Arabic texts agree, and their States,
 * axes and bodies are pooled. Rows with the same key but unrelated texts stay apart, the later
 * ones keyed with a " [2]", " [3]" … suffix in id order.
 */
export function mergeRows(rows: DidhRow[], keyPrefix: (mechanism: string) => string): DemoRecommendation[] {
  const byKey = new Map<string, DidhRow[]>();
  for (const row of [...rows].sort((a, b) => a.id - b.id)) {
    const key = recommendationKey(keyPrefix(row.mechanism), row.ref);
    byKey.set(key, [...(byKey.get(key) ?? []), row]);
  }
  const result: DemoRecommendation[] = [];
  for (const [key, group] of byKey) {
    for (const [index, cluster] of clusters(group).entries()) {
      result.push(combine(index === 0 ? key : `${key} [${index + 1}]`, cluster));
    }
  }
  return result.sort((a, b) => (a.sourceIds[0] ?? 0) - (b.sourceIds[0] ?? 0));
}

/** Connected groups of rows sharing a French or an Arabic text (rows arrive in id order). */
function clusters(rows: DidhRow[]): DidhRow[][] {
  const groups: DidhRow[][] = [];
  for (const row of rows) {
    const fr = comparable(row.textFr);
    const ar = comparable(row.textAr);
    const joined = groups.filter((g) =>
      g.some((r) => comparable(r.textFr) === fr || comparable(r.textAr) === ar),
    );
    const merged = [...joined.flat(), row].sort((a, b) => a.id - b.id);
    for (const g of joined) groups.splice(groups.indexOf(g), 1);
    groups.push(merged);
  }
  return groups.sort((a, b) => (a[0]?.id ?? 0) - (b[0]?.id ?? 0));
}

function combine(key: string, rows: DidhRow[]): DemoRecommendation {
  const first = rows[0] as DidhRow;
  return {
    key,
    mechanism: first.mechanism,
    paragraph: first.ref.paragraph,
    // The lowest id's texts and status; in this file merged rows agree on the status.
    textFr: first.textFr,
    textAr: first.textAr,
    status: first.status,
    externalRef: `didh:${first.id}`,
    sourceIds: rows.map((r) => r.id),
    recommendingStates: unique(
      rows.filter((r) => r.recommendingStateFr).map((r) => r.recommendingStateFr),
    ).map((fr) => ({
      fr,
      ar: rows.find((r) => r.recommendingStateFr === fr)?.recommendingStateAr ?? '',
    })),
    axisIds: unique(rows.map((r) => r.axisId).filter(Boolean)),
    subaxisIds: unique(rows.map((r) => r.subaxisId).filter(Boolean)),
    bodyIds: unique(rows.flatMap((r) => r.bodyIds)),
  };
}
