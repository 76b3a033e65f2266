import { MAX_CELL_LENGTH } from '../../formats.js';
import type { ImportProblem } from '../../problems.js';
import { shorten } from './import-file-error.js';

/**
 * The cell as kept in the table: a cell past MAX_CELL_LENGTH is reported (the row is refused) and
 * cut, so a hostile 10 MB cell is not carried through the rest of the import.
 */
export function limitCell(value: string, row: number, column: string, problems: ImportProblem[]): string {
  if (value.length <= MAX_CELL_LENGTH) return value;
  problems.push({
    code: 'cell_too_long',
    severity: 'error',
    row,
    column,
    value: shorten(value),
    params: { length: value.length, limit: MAX_CELL_LENGTH },
  });
  return value.slice(0, MAX_CELL_LENGTH);
}

/** Header names as written, trimmed; an unnamed column gets its spreadsheet letter so it can be mapped. */
export function headerNames(cells: string[]): string[] {
  return cells.map((cell, i) => cell.trim() || `(${columnLetter(i)})`);
}

export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}
