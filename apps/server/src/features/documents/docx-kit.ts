import { type ImplementationStatus, type LocalizedText, pickText, type UiLocale } from '@tatabbu/domain';
import {
  Document,
  type HeadingLevel,
  type ISectionOptions,
  Packer,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { STATUS_LABELS } from '../exports/labels.js';
import { DOC_STRINGS } from './strings.js';

/**
 * Arial has Arabic glyphs in Word (Windows, macOS); LibreOffice maps it to a metric-compatible font
 * and takes the Arabic from a fallback (Noto). Complex-script runs (`cs`) are what Arabic uses.
 */
const FONT = { ascii: 'Arial', hAnsi: 'Arial', cs: 'Arial', eastAsia: 'Arial' };

export const DOCX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/**
 * Building blocks of the Word documents in one language. In Arabic every paragraph is bidi (right to
 * left, starting on the right), every run right-to-left and every table laid out right to left.
 */
export function docKit(lang: UiLocale) {
  const rtl = lang === 'ar';
  const name = (text: LocalizedText | null | undefined) => pickText(text, lang)?.text ?? '';
  const run = (text: string, options: { bold?: boolean; italics?: boolean; size?: number } = {}) =>
    new TextRun({
      text,
      rightToLeft: rtl,
      font: FONT,
      ...options,
      ...(options.size ? { sizeComplexScript: options.size } : {}),
    });
  const paragraph = (
    content: string | TextRun[],
    options: {
      heading?: (typeof HeadingLevel)[keyof typeof HeadingLevel];
      keepNext?: boolean;
      bold?: boolean;
    } = {},
  ) =>
    new Paragraph({
      children: typeof content === 'string' ? [run(content, options.bold ? { bold: true } : {})] : content,
      bidirectional: rtl,
      ...(options.heading ? { heading: options.heading } : {}),
      ...(options.keepNext ? { keepNext: true } : {}),
      spacing: { after: 120 },
    });
  /** "Label: value" with the language's colon (French puts a space before it). */
  const colon = lang === 'fr' ? '\u00a0: ' : ': ';
  const labelled = (label: string, value: string) =>
    paragraph([run(`${label}${colon}`, { bold: true }), run(value || DOC_STRINGS.notGiven[lang])]);
  const cell = (text: string, header = false) =>
    new TableCell({
      children: text.split('\n').map((line) => paragraph(header ? [run(line, { bold: true })] : line)),
      ...(header ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'E7E6E6' } } : {}),
    });
  /** A full-width table whose first row repeats on every page. */
  const table = (headers: string[], rows: string[][], widths: number[]) =>
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      columnWidths: widths,
      visuallyRightToLeft: rtl,
      rows: [
        new TableRow({ tableHeader: true, children: headers.map((h) => cell(h, true)) }),
        ...rows.map((cells) => new TableRow({ cantSplit: true, children: cells.map((c) => cell(c)) })),
      ],
    });
  const status = (s: ImplementationStatus | null) =>
    s ? STATUS_LABELS[s][lang] : DOC_STRINGS.notGiven[lang];
  const date = (iso: string | null) =>
    iso
      ? new Intl.DateTimeFormat(lang === 'ar' ? 'ar-MA' : lang, {
          dateStyle: 'long',
          timeZone: 'UTC',
        }).format(new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso))
      : DOC_STRINGS.notGiven[lang];
  /** Names in a sentence, with the Arabic comma in Arabic. */
  const list = (names: string[]) => names.filter(Boolean).join(rtl ? '، ' : ', ');
  return { rtl, name, list, colon, run, paragraph, labelled, table, status, date };
}
export type DocKit = ReturnType<typeof docKit>;

const escapeXml = (text: string) =>
  text.replace(/[<>&"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c] ?? c);

/**
 * The table of contents field's result, written in advance: Word recomputes it (with page numbers)
 * when the document opens, LibreOffice shows it as it is instead of the bare field code.
 */
function withTocEntries(xml: string, entries: readonly string[], rtl: boolean): string {
  // Begin, instruction and separator in runs of their own, and the block marked as a table of
  // contents: how Word writes it, and what LibreOffice needs to take it as one.
  const fixed = xml
    .replace(
      /<w:r><w:fldChar w:fldCharType="begin"( w:dirty="true")?\/>(<w:instrText xml:space="preserve">TOC [^<]*<\/w:instrText>)<w:fldChar w:fldCharType="separate"\/><\/w:r>/,
      '<w:r><w:fldChar w:fldCharType="begin"$1/></w:r><w:r>$2</w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>',
    )
    .replace(
      /<w:sdtPr>(<w:alias [^>]*\/>)<\/w:sdtPr>/,
      '<w:sdtPr>$1<w:docPartObj><w:docPartGallery w:val="Table of Contents"/><w:docPartUnique/></w:docPartObj></w:sdtPr>',
    );
  const separate = '<w:fldChar w:fldCharType="separate"/></w:r></w:p>';
  const at = fixed.indexOf(separate);
  if (at < 0) return fixed;
  const paragraphs = entries
    .map(
      (text) =>
        `<w:p><w:pPr>${rtl ? '<w:bidi/>' : ''}<w:spacing w:after="60"/></w:pPr><w:r><w:rPr>${rtl ? '<w:rtl/>' : ''}</w:rPr><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r></w:p>`,
    )
    .join('');
  const end = at + separate.length;
  return fixed.slice(0, end) + paragraphs + fixed.slice(end);
}

/** docx's own packing deflates with a slow pure-JS zlib: take its files uncompressed and zip them with fflate. */
const compiler = (
  Packer as unknown as {
    compiler: { compile(doc: Document): { generateAsync(o: object): Promise<Uint8Array> } };
  }
).compiler;

/**
 * The Word file: default font and size for every script, fields updated on opening (the table of
 * contents, whose entries are given in advance when `tocEntries` is).
 */
export async function packDocx(
  lang: UiLocale,
  title: string,
  sections: ISectionOptions[],
  tocEntries?: readonly string[],
): Promise<Buffer> {
  const doc = new Document({
    title,
    creator: 'Tatabbu',
    features: { updateFields: true },
    styles: {
      default: {
        document: {
          run: { font: FONT, size: 22, sizeComplexScript: 24, rightToLeft: lang === 'ar' },
        },
        title: { run: { font: FONT, size: 40, sizeComplexScript: 40, bold: true, color: '1F3864' } },
        heading1: {
          run: { font: FONT, size: 32, sizeComplexScript: 32, bold: true, color: '1F3864' },
          paragraph: { spacing: { before: 360, after: 160 }, keepNext: true },
        },
        heading2: {
          run: { font: FONT, size: 26, sizeComplexScript: 26, bold: true, color: '2F5496' },
          paragraph: { spacing: { before: 240, after: 120 }, keepNext: true },
        },
      },
    },
    sections,
  });
  const stored = await compiler.compile(doc).generateAsync({ type: 'uint8array', compression: 'STORE' });
  const files = unzipSync(stored);
  if (tocEntries) {
    const xml = strFromU8(files['word/document.xml'] ?? new Uint8Array());
    files['word/document.xml'] = strToU8(withTocEntries(xml, tocEntries, lang === 'ar'));
  }
  return Buffer.from(zipSync(files, { level: 6 }));
}
