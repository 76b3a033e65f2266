import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';

/**
 * The real UPR Info file (21,354 recommendations of sessions 1–12, all States, English), scaled to
 * `rows` by repeating it with the session number moved up by 100 per copy: each copy gets new keys,
 * as a later cycle would, so the import inserts every row and checks each for recurrence.
 */
export function scaledUprInfoCsv(dataRoot: string, rows: number): { bytes: Uint8Array; rows: number } {
  const file = path.join(dataRoot, 'upr-info', 'upr_info_recommendations_sessions1-12.csv');
  const [header = [], ...body] = parse(readFileSync(file, 'utf8')) as string[][];
  const session = header.indexOf('Session');
  const out: string[][] = [];
  for (let copy = 0; out.length < rows; copy++) {
    for (const cells of body) {
      if (out.length >= rows) break;
      const shifted = [...cells];
      shifted[session] = String(Number(cells[session]) + copy * 100);
      out.push(shifted);
    }
  }
  return { bytes: new TextEncoder().encode(stringify([header, ...out])), rows: out.length };
}
