/** A DIDH recommendation code: the paragraph of the source document and, when split, its parts. */
export interface ParagraphRef {
  /** "144.44" for the UPR report, "11" for concluding observations. */
  paragraph: string;
  /** Part numbers the DIDH split the paragraph into (P1, P2 …), ascending. */
  parts: number[];
}

const partsOf = (text: string) =>
  [...new Set([...text.matchAll(/P(\d+)/g)].map((m) => Number(m[1])))].sort((a, b) => a - b);

/** "R144.44P1", "R144.110 P2", "P1R 144.111", "144.161" → 144.x with parts. */
export function parseUprCode(code: string): ParagraphRef | null {
  const match = /^((?:P\d+)*)R?144\.(\d+)((?:P\d+)*)$/.exec(code.replace(/\s+/g, ''));
  return match ? { paragraph: `144.${match[2]}`, parts: partsOf(`${match[1]}${match[3]}`) } : null;
}

/** "R11P4", "R15 P3", "R28P1P2P3" → paragraph with parts. */
export function parseTreatyBodyCode(code: string): ParagraphRef | null {
  const match = /^R(\d+)((?:P\d+)*)$/.exec(code.replace(/\s+/g, ''));
  return match?.[1] ? { paragraph: match[1], parts: partsOf(match[2] ?? '') } : null;
}

/** The paragraph number the Arabic code gives first ("44.144.ج.1" → 44, "ت.7.ف.2" → 7). */
export const arabicParagraph = (codeAr: string): string | undefined => /\d+/.exec(codeAr)?.[0];

/** "A/HRC/36/6 §144.117 (P1+P3)". */
export function recommendationKey(documentOrBody: string, ref: ParagraphRef): string {
  const parts = ref.parts.length ? ` (${ref.parts.map((p) => `P${p}`).join('+')})` : '';
  return `${documentOrBody} §${ref.paragraph}${parts}`;
}
