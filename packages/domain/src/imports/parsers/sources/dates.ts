import { asciiDigits } from './cells.js';

/** Excel's day 0 in its 1900 date system (it counts the non-existent 29 Feb 1900, hence the 30th). */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

const iso = (year: number, month: number, day: number): string | undefined => {
  const date = new Date(Date.UTC(year, month - 1, day));
  // Rejects 31/02 and the like, which Date would roll over.
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return undefined;
  return date.toISOString().slice(0, 10);
};

/**
 * An ISO date from what sources put in a date cell: ISO (with or without time), dd/mm/yyyy
 * (the UN and Moroccan usage), or an Excel serial number such as 43012. Undefined when unreadable.
 */
export function readDate(value: unknown): string | undefined {
  if (value instanceof Date)
    return Number.isNaN(value.getTime()) ? undefined : value.toISOString().slice(0, 10);
  if (typeof value === 'number') return fromExcelSerial(value);
  if (typeof value !== 'string') return undefined;
  const text = asciiDigits(value.trim());
  let m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(text);
  if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  if (m) return iso(Number(m[3]), Number(m[2]), Number(m[1]));
  if (/^\d{4,5}(?:\.\d+)?$/.test(text)) return fromExcelSerial(Number(text));
  return undefined;
}

/** Serials from 1 Jan 1950 to 31 Dec 2099: outside that it is not a recommendation date. */
function fromExcelSerial(serial: number): string | undefined {
  if (serial < 18_264 || serial > 73_415) return undefined;
  return new Date(EXCEL_EPOCH_MS + Math.floor(serial) * DAY_MS).toISOString().slice(0, 10);
}
