import { CONTENT_LANGS, type LocalizedText } from '@tatabbu/domain';
import { DataFileError, readJson } from '../reference/source-files.js';

export const REVIEWS_FILE = 'demo/morocco/reviews.json';

/** A review of Morocco and its source document, as described in reviews.json. */
export interface DemoReview {
  mechanism: string;
  title: LocalizedText;
  cycle: number | null;
  session: number | null;
  startDate: string | null;
  endDate: string | null;
  /** Date given to the review's recommendations. */
  date: string;
  document: { symbol: string; date: string | null; title: LocalizedText } | null;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function parseDemoReviews(dataRoot: string): DemoReview[] {
  const data = readJson(dataRoot, REVIEWS_FILE);
  if (!Array.isArray(data)) throw new DataFileError(REVIEWS_FILE, 'must be a JSON array');
  return data.map((item: Record<string, unknown>, index) => {
    const fail = (detail: string): never => {
      throw new DataFileError(REVIEWS_FILE, `entry ${index + 1}: ${detail}`);
    };
    const text = (value: unknown, where: string): LocalizedText => {
      const obj = (value ?? {}) as Record<string, unknown>;
      for (const lang of ['ar', 'fr', 'en'])
        if (typeof obj[lang] !== 'string' || !obj[lang]) fail(`${where}.${lang} is missing`);
      return Object.fromEntries(
        CONTENT_LANGS.filter((l) => typeof obj[l] === 'string').map((l) => [l, obj[l] as string]),
      );
    };
    const date = (value: unknown, where: string, optional: boolean): string | null => {
      if (value === undefined && optional) return null;
      return typeof value === 'string' && DATE.test(value)
        ? value
        : fail(`${where} must be a date like 2017-05-02`);
    };
    const int = (value: unknown, where: string) =>
      value === undefined
        ? null
        : Number.isInteger(value)
          ? (value as number)
          : fail(`${where} must be a whole number`);
    if (typeof item.mechanism !== 'string' || !item.mechanism) fail('mechanism is missing');
    const doc = item.document as Record<string, unknown> | undefined;
    if (doc && (typeof doc.symbol !== 'string' || !doc.symbol.includes('/')))
      fail('document.symbol must be a UN symbol like A/HRC/36/6');
    return {
      mechanism: item.mechanism as string,
      title: text(item.title, 'title'),
      cycle: int(item.cycle, 'cycle'),
      session: int(item.session, 'session'),
      startDate: date(item.startDate, 'startDate', true),
      endDate: date(item.endDate, 'endDate', true),
      date: date(item.date, 'date', false) as string,
      document: doc
        ? {
            symbol: doc.symbol as string,
            date: date(doc.date, 'document.date', true),
            title: text(doc.title, 'document.title'),
          }
        : null,
    };
  });
}
