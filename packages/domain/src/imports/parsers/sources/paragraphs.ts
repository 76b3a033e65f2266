import { asciiDigits } from './cells.js';

/**
 * A paragraph number at the start of a recommendation: "144.117 Ratify…", "129.1. Establish…",
 * "12. The Committee…", Arabic "144-1 …" or "١٤٤-١ …", optionally followed by a sub-paragraph
 * letter "12 (a) …". One to three digits each, so a year starting a sentence is not mistaken for one;
 * a lone number needs its dot or dash ("5 years" is no paragraph).
 */
const LEADING_NUMBER = /^\s*(\d{1,3})(?:[.-](\d{1,3}))?(\.|\s*-)?(?:\s*\(([a-z])\))?\s+(?=\S)/;

/** The paragraph as printed ("144.117", "12", "12(a)") and the text without it. */
export function splitLeadingParagraph(text: string): { paragraph?: string; text: string } {
  // Digit conversion keeps lengths, so the match indexes the original text too.
  const match = LEADING_NUMBER.exec(asciiDigits(text));
  if (!match) return { text: text.trim() };
  const [whole, major, minor, separator, letter] = match;
  if (!minor && !separator && !letter) return { text: text.trim() };
  const paragraph = `${major}${minor ? `.${minor}` : ''}${letter ? `(${letter})` : ''}`;
  return { paragraph, text: text.slice(whole.length).trim() };
}
