/** A chart's numbers as a table: what the table view shows and the CSV download holds. */
export interface ChartTable {
  /** Header of the first column (what the rows are). */
  rowHeader: string;
  columns: { key: string; label: string }[];
  rows: ChartTableRow[];
}

export interface ChartTableRow {
  key: string;
  label: string;
  /** The list this row opens, when there is one. */
  href?: string;
  cells: Record<string, { value: number; href?: string } | undefined>;
}

const CSV_SPECIAL = /[",\r\n]/;

/** One CSV field; a leading = + - @ is defused so spreadsheets do not run it as a formula. */
function csvField(value: string | number): string {
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return CSV_SPECIAL.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The table as CSV (RFC 4180, UTF-8 with a byte-order mark so Excel reads Arabic right). */
export function toCsv(table: ChartTable): string {
  const lines = [
    [table.rowHeader, ...table.columns.map((c) => c.label)],
    ...table.rows.map((row) => [row.label, ...table.columns.map((c) => row.cells[c.key]?.value ?? 0)]),
  ];
  return `\uFEFF${lines.map((line) => line.map(csvField).join(',')).join('\r\n')}\r\n`;
}

/** A file name from a title: letters of any script kept, the rest joined by dashes. */
export const fileNameOf = (title: string, extension: string): string =>
  `${
    title
      .normalize('NFC')
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 80) || 'chart'
  }.${extension}`;
