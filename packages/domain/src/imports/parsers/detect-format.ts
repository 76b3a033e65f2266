import { parse } from 'csv-parse/sync';
import type { ImportFormat } from '../formats.js';
import { fold } from './mapping/fold.js';
import { decodeText } from './read/decode-text.js';
import { detectDelimiter } from './read/read-csv.js';
import { guardZip, isZip } from './read/zip-guard.js';

/** Columns only the OHCHR Universal Human Rights Index export has (older exports misspell "Recommending"). */
const UHRI_HEADERS = ['OHCHR Annotation Id', 'Document Symbol', 'Recommending Body', 'Reccomending Body'];
const UHRI_JSON_KEYS = ['AnnotationId', 'Symbol'];

/**
 * UPR Info database columns: State under review (`To`, `SuR`), recommending State (`From`, `RS`),
 * and at least one of response, action category, issue, session.
 */
const UPR_INFO_STATE = ['to', 'state under review', 'sur'];
const UPR_INFO_FROM = ['from', 'recommending state', 'rs'];
const UPR_INFO_DETAIL = ['response', 'decision', 'action', 'action category', 'issue', 'issues', 'session'];

/** A numbered paragraph of a UN report ("144.1 Ratify…", "144-1 التصديق…", "(a) …", "(أ) …"). */
const NUMBERED_PARAGRAPH =
  /^\s*(?:[\d\u0660-\u0669]{1,3}(?:[.-][\d\u0660-\u0669]{1,3})+\.?|\(\s*[a-z\u0621-\u064a]{1,3}\s*\))\s+\S/gmu;

/**
 * The format of an uploaded file, from its bytes and name; null when it is none we read.
 * Safe on hostile input: ZIP archives are checked for bombs before any entry is read.
 */
export function detectFormat(bytes: Uint8Array, fileName: string): ImportFormat | null {
  if (isZip(bytes)) {
    try {
      return headersOf(bytes, fileName).some((h) => UHRI_HEADERS.includes(h)) ? 'uhri' : 'xlsx';
    } catch {
      return 'xlsx'; // the XLSX reader reports what is wrong with it
    }
  }
  let text: string;
  try {
    text = decodeText(bytes).text;
  } catch {
    return null;
  }
  if (/^\s*[[{]/.test(text) || /\.json$/i.test(fileName)) return jsonFormat(text);
  const extension = /\.(\w+)$/.exec(fileName)?.[1]?.toLowerCase();
  if (extension !== 'txt') {
    const headers = csvHeaders(text);
    if (headers.length >= 2 && (extension === 'csv' || extension === 'tsv' || looksTabular(text))) {
      return tableFormat(headers);
    }
  }
  return (text.match(NUMBERED_PARAGRAPH)?.length ?? 0) >= 2 ? 'un-text' : null;
}

/** Header names of a CSV or XLSX file (the first non-empty row); empty when there are none. */
export function headersOf(bytes: Uint8Array, fileName = ''): string[] {
  if (isZip(bytes) || /\.xlsx$/i.test(fileName)) return xlsxHeaderStrings(bytes);
  return csvHeaders(decodeText(bytes).text);
}

/** Format of a table from its header row. */
export function tableFormat(headers: string[]): ImportFormat {
  const trimmed = headers.map((h) => h.trim());
  if (trimmed.some((h) => UHRI_HEADERS.includes(h))) return 'uhri';
  const folded = new Set(trimmed.map(fold));
  const has = (names: string[]) => names.some((name) => folded.has(name));
  if (has(UPR_INFO_STATE) && has(UPR_INFO_FROM) && has(UPR_INFO_DETAIL)) return 'upr-info';
  return 'csv';
}

function jsonFormat(text: string): ImportFormat | null {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return null;
  }
  if (isObject(data) && data.format === 'tatabbu-exchange') return 'tatabbu-json';
  const items = Array.isArray(data) ? data : isObject(data) && Array.isArray(data.value) ? data.value : [];
  const first = items.find(isObject);
  return first && UHRI_JSON_KEYS.some((key) => key in first) ? 'uhri' : null;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Header cells of the first non-empty CSV record, read from the first lines only. */
function csvHeaders(text: string): string[] {
  const records = firstRecords(text, 1);
  return (records.find((r) => r.some((c) => c.trim())) ?? []).map((c) => c.trim());
}

function firstRecords(text: string, count: number): string[][] {
  try {
    return parse(text.slice(0, 256 * 1024), {
      delimiter: detectDelimiter(text),
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      to: count,
    }) as string[][];
  } catch {
    return [];
  }
}

/** Whether the first records have the same number of cells, as a table does and running text does not. */
function looksTabular(text: string): boolean {
  const records = firstRecords(text, 20);
  const width = records[0]?.length ?? 0;
  return width >= 2 && records.every((r) => r.length === width);
}

const SHEET = /^xl\/worksheets\/sheet(\d+)\.xml$/;

/**
 * The strings of the first rows of an XLSX file, read from the beginning of its first worksheet and
 * shared strings: enough to recognise a header row without loading the whole workbook.
 */
function xlsxHeaderStrings(bytes: Uint8Array): string[] {
  const parts = guardZip(bytes, { keep: (name) => SHEET.test(name) || name === 'xl/sharedStrings.xml' });
  const sheetName = [...parts.keys()]
    .filter((name) => SHEET.test(name))
    .sort((a, b) => Number(SHEET.exec(a)?.[1]) - Number(SHEET.exec(b)?.[1]))[0];
  const decoder = new TextDecoder();
  const sheet = sheetName ? decoder.decode(parts.get(sheetName)) : '';
  const shared = [
    ...decoder
      .decode(parts.get('xl/sharedStrings.xml') ?? new Uint8Array())
      .matchAll(/<si>([\s\S]*?)<\/si>/g),
  ].map((m) => xmlText(m[1] ?? ''));
  const firstRow = /<row\b[^>]*>([\s\S]*?)<\/row>/.exec(sheet)?.[1] ?? '';
  return [...firstRow.matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)]
    .map(([, attributes = '', body = '']) => {
      if (/\bt="s"/.test(attributes)) return shared[Number(/<v>(\d+)<\/v>/.exec(body)?.[1])] ?? '';
      if (/\bt="inlineStr"/.test(attributes)) return xmlText(body);
      return unescapeXml(/<v>([\s\S]*?)<\/v>/.exec(body)?.[1] ?? '');
    })
    .map((h) => h.trim());
}

/** Text runs of a shared or inline string, joined. */
function xmlText(xml: string): string {
  return [...xml.matchAll(/<t\b[^>]*>([\s\S]*?)<\/t>/g)].map((m) => unescapeXml(m[1] ?? '')).join('');
}

function unescapeXml(text: string): string {
  return text.replace(/&(lt|gt|quot|apos|amp|#\d+|#x[\da-f]+);/gi, (_, entity: string) => {
    const named: Record<string, string> = { lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' };
    if (entity[0] !== '#') return named[entity.toLowerCase()] ?? '';
    return String.fromCodePoint(
      entity[1] === 'x' || entity[1] === 'X' ? Number.parseInt(entity.slice(2), 16) : Number(entity.slice(1)),
    );
  });
}
