import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { SourceTable } from '../../formats.js';

const FIXTURES = new URL('../../../../test-fixtures/imports/sources/', import.meta.url);

/** A fixture's text. */
export const fixtureText = (name: string): string => readFileSync(new URL(name, FIXTURES), 'utf8');

/** A fixture's bytes, as an upload would give them. */
export const fixtureBytes = (name: string): Uint8Array =>
  new Uint8Array(readFileSync(new URL(name, FIXTURES)));

/**
 * A CSV fixture as a SourceTable, read here with csv-parse so the source parsers are tested on
 * their own (the file readers have their own tests). Rows are numbered as a spreadsheet shows them.
 */
export function fixtureTable(name: string): SourceTable {
  const [headers = [], ...records] = parse(fixtureText(name), { relax_column_count: true }) as string[][];
  return { headers, rows: records.map((cells, i) => ({ row: i + 2, cells })) };
}
