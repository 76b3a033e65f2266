import type { SourceTable } from '../../formats.js';

const normaliseHeader = (header: string) =>
  header
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ');

/**
 * Reads a source table by field, each field found under any of its header spellings
 * (case, spaces, underscores and dashes ignored).
 */
export class ColumnReader<Field extends string> {
  private readonly index = new Map<Field, { position: number; header: string }>();

  constructor(table: SourceTable, aliases: Record<Field, string[]>) {
    const positions = new Map(table.headers.map((header, position) => [normaliseHeader(header), position]));
    for (const [field, names] of Object.entries(aliases) as [Field, string[]][]) {
      for (const name of names) {
        const position = positions.get(normaliseHeader(name));
        if (position !== undefined) {
          this.index.set(field, { position, header: (table.headers[position] ?? name).trim() });
          break;
        }
      }
    }
  }

  has(field: Field): boolean {
    return this.index.has(field);
  }

  /** The header as written in the file, else the first spelling we know, for problems. */
  header(field: Field, fallback: string): string {
    return this.index.get(field)?.header ?? fallback;
  }

  /** The trimmed cell, undefined when the column is absent or the cell empty. */
  get(cells: string[], field: Field): string | undefined {
    const found = this.index.get(field);
    const value = found ? cells[found.position]?.trim() : undefined;
    return value ? value : undefined;
  }
}
