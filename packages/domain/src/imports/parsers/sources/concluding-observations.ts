import { joinLines, lineAt, type PreparedText } from './un-text-lines.js';

/** One recommendation of concluding observations: paragraph "12" or sub-paragraph "12(a)". */
export interface ObservationEntry {
  line: number;
  paragraph: string;
  text: string;
}

/** A numbered paragraph: "12. ", Arabic "12- " or "١٢- ", at the start of a line. */
const PARAGRAPH_START = /^[ \t]*(\d{1,3})[ \t]*[.\-–][ \t]+(?=\S)/gm;

/**
 * The verbs that make a paragraph a recommendation, in English, French and Arabic ("The State
 * party should" is the Human Rights Committee's way).
 */
const RECOMMENDS =
  /\b(?:recommends?|urges?|calls (?:up)?on|encourages?|requests?|should|recommande|engage|exhorte|invite|encourage|demande|devrait)\b|توصي|تحث|تدعو|تشجع|تطلب|تهيب|ينبغي/i;

/** Sub-paragraph letters in order; Arabic documents count in abjad order (أ ب ج د هـ و ز ح ط ي …). */
const LATIN = 'abcdefghijklmnopqrstuvwxyz'.split('');
const ARABIC = [
  'أ',
  'ب',
  'ج',
  'د',
  'هـ',
  'و',
  'ز',
  'ح',
  'ط',
  'ي',
  'ك',
  'ل',
  'م',
  'ن',
  'س',
  'ع',
  'ف',
  'ص',
  'ق',
  'ر',
];

/** Short lines without final punctuation at the end of a block are headings of the next section. */
const isHeading = (line: string) => line.trim().length <= 120 && !/[.;:,؛،)]\s*$/.test(line);

/** Paragraphs of concluding observations that hold recommendations, one entry per sub-paragraph. */
export function readObservationEntries({ text, ascii }: PreparedText): ObservationEntry[] {
  const starts = [...ascii.matchAll(PARAGRAPH_START)].map((match) => ({
    index: match.index ?? 0,
    bodyStart: (match.index ?? 0) + match[0].length,
    number: match[1] ?? '',
  }));
  return starts.flatMap((start, i) => {
    const lines = text.slice(start.bodyStart, starts[i + 1]?.index ?? text.length).split('\n');
    while (lines.length > 1 && (lines.at(-1)?.trim() === '' || isHeading(lines.at(-1) ?? ''))) lines.pop();
    const block = lines.join('\n');
    const items = subParagraphs(block);
    if (items.length < 2) {
      const paragraph = joinLines(block);
      return RECOMMENDS.test(paragraph)
        ? [{ line: lineAt(text, start.index), paragraph: start.number, text: paragraph }]
        : [];
    }
    if (!RECOMMENDS.test(items[0]?.leadIn ?? '')) return [];
    return items.map((item) => ({
      line: lineAt(text, start.bodyStart + item.start),
      paragraph: `${start.number}(${item.letter})`,
      text: item.text,
    }));
  });
}

/** "(a) …; (b) …" or "a) …" or "(أ) …": the items in letter order, with the text before the first. */
function subParagraphs(paragraph: string): { letter: string; start: number; text: string; leadIn: string }[] {
  for (const alphabet of [LATIN, ARABIC]) {
    const markers: { letter: string; start: number; end: number }[] = [];
    for (const [position, letter] of alphabet.entries()) {
      const found = findMarker(paragraph, letter, markers.at(-1)?.end ?? 0);
      if (!found) break;
      markers.push({ letter: LATIN[position] ?? letter, ...found });
    }
    if (markers.length >= 2) {
      const leadIn = paragraph.slice(0, markers[0]?.start);
      return markers.map((marker, i) => ({
        letter: marker.letter,
        start: marker.start,
        leadIn,
        text: cleanItem(joinLines(paragraph.slice(marker.end, markers[i + 1]?.start ?? paragraph.length))),
      }));
    }
  }
  return [];
}

/** "(a)" or "a)" as a marker: at the start, or after a space or the punctuation ending the item before. */
function findMarker(text: string, letter: string, from: number) {
  // هـ is also typed without the tatweel.
  const variants = letter === 'هـ' ? 'هـ?' : letter;
  const pattern = new RegExp(`(?<=^|[\\s:;؛،,])\\(?(?:${variants})\\)[ \\t]*`, 'g');
  pattern.lastIndex = from;
  const match = pattern.exec(text);
  return match ? { start: match.index, end: match.index + match[0].length } : undefined;
}

/** An item without the "; and" / "؛ و" joining it to the next. */
const cleanItem = (item: string) =>
  item
    .trim()
    .replace(/\s*[;؛,،]\s*(?:and|et|or|ou|و)?$/i, '')
    .trim();
