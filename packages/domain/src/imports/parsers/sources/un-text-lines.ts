import { asciiDigits } from './cells.js';

/**
 * Text pasted or extracted from a UN document, prepared for parsing: line ends and spaces unified,
 * page furniture (running symbol, "GE.17-…" job numbers, page numbers) blanked out — lines are kept
 * so that rows can be reported as line numbers. `ascii` is the same text with ASCII digits, for
 * number matching; both have the same length, so an index into one is an index into the other.
 */
export interface PreparedText {
  text: string;
  ascii: string;
}

const PAGE_FURNITURE =
  /^\s*(?:GE\.\d{2}-\d+.*|\d{1,3}|(?:A\/HRC|CEDAW\/C|CRC\/C|CCPR\/C|CAT\/C|CERD\/C|CRPD\/C|CMW\/C|CED\/C|E\/C\.12)\/[\w./-]+)\s*$/;

export function prepareText(raw: string): PreparedText {
  const text = raw
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00A0\u202F\u2007]/g, ' ')
    // Directional marks copied from Arabic PDFs carry no text.
    .replace(/[\u200E\u200F\u202A-\u202E\u2066-\u2069]/g, '')
    .split('\n')
    .map((line) => (PAGE_FURNITURE.test(asciiDigits(line)) ? '' : line))
    .join('\n');
  return { text, ascii: asciiDigits(text) };
}

/** 1-based line number of an index. */
export function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** Lines of a block joined into one paragraph with single spaces. */
export const joinLines = (block: string): string => block.replace(/\s+/g, ' ').trim();
