/** Cell-level readers shared by the source parsers. */

/**
 * Values of a multi-value cell: UHRI puts one per line with a leading "- "; other sources use a
 * separator (UPR Info: comma). Empty entries are dropped.
 */
export function splitMultiValue(cell: string | undefined, separator?: string | RegExp): string[] {
  if (!cell) return [];
  const lines = cell.split(/\r?\n/);
  const parts = separator ? lines.flatMap((line) => line.split(separator)) : lines;
  return parts.map((part) => part.replace(/^\s*[-–•]\s+/, '').trim()).filter(Boolean);
}

/** A value that may already be a list (JSON) or a multi-value cell (table). */
export function listOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap((item) => listOf(item));
  if (typeof value === 'number') return [String(value)];
  if (typeof value === 'string') return splitMultiValue(value);
  if (value && typeof value === 'object') {
    // UHRI JSON sometimes wraps labels: { Name: "…" } / { name: "…" } / { Text: "…" }
    const named = value as Record<string, unknown>;
    const label = named.Name ?? named.name ?? named.Text ?? named.text ?? named.Title ?? named.title;
    return typeof label === 'string' ? splitMultiValue(label) : [];
  }
  return [];
}

/** First value of a cell, or undefined when empty. */
export function single(value: unknown): string | undefined {
  return listOf(value)[0];
}

/** Eastern Arabic (٠-٩) and Persian (۰-۹) digits to ASCII digits. */
export function asciiDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (d) => String(d.charCodeAt(0) & 0xf));
}

/** A whole number in a cell such as "27", "27th session", "Session 27"; undefined when none. */
export function wholeNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isInteger(value) ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const match = /\d+/.exec(asciiDigits(value));
  return match ? Number(match[0]) : undefined;
}

/** UPR cycle of a Human Rights Council UPR working-group session. */
export function uprCycleOfSession(session: number): number {
  if (session <= 12) return 1;
  if (session <= 26) return 2;
  if (session <= 40) return 3;
  return 4;
}
