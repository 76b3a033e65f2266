import { ImportFileError } from './import-file-error.js';

export const TEXT_ENCODINGS = ['utf-8', 'windows-1256', 'windows-1252'] as const;
export type TextEncodingName = (typeof TEXT_ENCODINGS)[number];

export interface DecodedText {
  text: string;
  /** the encoding the bytes were read in, e.g. "utf-8", "utf-16le", "windows-1256" */
  encoding: string;
}

const BOMS: { bytes: number[]; encoding: string }[] = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be' },
];

/**
 * Text of an uploaded file. A BOM wins; then strict UTF-8; then whichever of Windows-1256 (Arabic)
 * and Windows-1252 (French) reads as plausible text — the two legacy encodings spreadsheet programs
 * on Arabic and French Windows still save CSV in. Binary or garbled bytes are refused.
 */
export function decodeText(bytes: Uint8Array, encoding?: TextEncodingName): DecodedText {
  const bom = BOMS.find((b) => b.bytes.every((byte, i) => bytes[i] === byte));
  if (bom) return checked(decode(bytes, bom.encoding), bom.encoding);
  if (encoding) return checked(decode(bytes, encoding), encoding);
  if (bytes.includes(0)) throw new ImportFileError('encoding_unreadable');
  const utf8 = decode(bytes, 'utf-8');
  if (utf8 !== null) return checked(utf8, 'utf-8');
  const candidates = (['windows-1252', 'windows-1256'] as const).map((name) => {
    const text = decode(bytes, name) ?? '';
    return { text, encoding: name, score: implausibility(text) };
  });
  // Ties go to Windows-1252: both encodings share the French lower-case accented letters.
  const best = candidates.reduce((a, b) => (b.score < a.score ? b : a));
  const words = best.text.match(/\p{L}+/gu)?.length ?? 0;
  if (best.score > Math.max(3, words * 0.2)) throw new ImportFileError('encoding_unreadable');
  return checked(best.text, best.encoding);
}

function decode(bytes: Uint8Array, encoding: string): string | null {
  try {
    const text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
    return encoding === 'windows-1252' ? fixWindows1252(text) : text;
  } catch {
    return null;
  }
}

/**
 * Windows-1252 bytes 0x80–0x9F (’ “ ” œ € … – —, common in French text). Node 20's decoder reads
 * them as ISO-8859-1 control characters; this puts the real letters back. Unassigned bytes stay.
 */
const WINDOWS_1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function fixWindows1252(text: string): string {
  return text.replace(/[\u0080-\u009f]/g, (ch) => WINDOWS_1252_HIGH[ch.charCodeAt(0) - 0x80] ?? ch);
}

/** Text decoded from a single-byte encoding, without detection (fixtures, tests, user's choice). */
export function decodeLegacy(bytes: Uint8Array, encoding: 'windows-1256' | 'windows-1252'): string {
  return decode(bytes, encoding) ?? '';
}

/** Control characters (other than tab and line ends) never occur in a real text file. */
const CONTROL = /[^\P{Cc}\t\n\r\f]/gu;

function checked(text: string | null, encoding: string): DecodedText {
  if (text === null) throw new ImportFileError('encoding_unreadable');
  const controls = text.match(CONTROL)?.length ?? 0;
  if (controls > Math.max(2, text.length / 1000) || text.includes('\u0000')) {
    throw new ImportFileError('encoding_unreadable');
  }
  return { text, encoding };
}

const ARABIC = /\p{Script=Arabic}/u;
const LATIN = /\p{Script=Latin}/u;
const NON_ASCII = /\P{ASCII}/gu;

/**
 * How many words look wrongly decoded: a word mixing Arabic and Latin letters (French read as
 * Windows-1256), or a Latin word made mostly of accented letters (Arabic read as Windows-1252).
 */
function implausibility(text: string): number {
  let score = (text.match(CONTROL)?.length ?? 0) * 5;
  for (const word of text.match(/\p{L}+/gu) ?? []) {
    if (ARABIC.test(word) && LATIN.test(word)) score += 1;
    else if (LATIN.test(word)) {
      const accented = word.match(NON_ASCII)?.length ?? 0;
      if (accented > 1 && accented * 2 > word.length) score += 1;
    }
  }
  return score;
}
