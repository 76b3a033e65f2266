import { Readable } from 'node:stream';
import type { ExportRecommendation } from '@tatabbu/db';
import {
  CONTENT_LANGS,
  EXCHANGE_FORMAT,
  EXCHANGE_VERSION,
  type ExchangeDocument,
  pickText,
  type RecommendationRecord,
} from '@tatabbu/domain';

/**
 * One recommendation as a record of the Tatabbu exchange format: natural identifiers only
 * (mechanism code, document symbol, ISO 3166 codes, vocabulary codes), so another instance can
 * import it without our database ids. Empty values are left out rather than sent empty.
 */
export function toExchangeRecord(r: ExportRecommendation): RecommendationRecord {
  const text: RecommendationRecord['text'] = {};
  for (const lang of CONTENT_LANGS) {
    const value = r.text[lang]?.trim();
    if (value) text[lang] = value;
  }
  const cycle = r.source.cycle ?? undefined;
  const session = r.session ?? undefined;
  return {
    key: r.key,
    ...(r.externalRef ? { externalRef: r.externalRef } : {}),
    mechanism: r.mechanism.code,
    ...(r.stateUnderReview ? { stateUnderReview: r.stateUnderReview } : {}),
    ...(cycle !== undefined || session !== undefined
      ? {
          review: {
            ...(cycle !== undefined ? { cycle } : {}),
            ...(session !== undefined ? { session } : {}),
          },
        }
      : {}),
    ...(r.source.symbol
      ? { document: { symbol: r.source.symbol, ...(r.source.date ? { date: r.source.date } : {}) } }
      : {}),
    ...(r.paragraph ? { paragraph: r.paragraph } : {}),
    text,
    ...(r.originalLang ? { originalLang: r.originalLang } : {}),
    recommendingStates: r.recommendingStates.map((s) => s.iso2),
    ...(r.position ? { position: r.position } : {}),
    ...(r.actionLevel ? { actionLevel: r.actionLevel } : {}),
    ...(r.status ? { status: r.status } : {}),
    ...(r.statusDate ? { statusDate: r.statusDate } : {}),
    ...(r.date ? { date: r.date } : {}),
    // A term without a code travels by its label, which the importer's term resolver maps.
    terms: r.terms.map((t) =>
      t.code
        ? { vocabulary: t.vocabulary, code: t.code }
        : { vocabulary: t.vocabulary, label: pickText(t.name, 'en')?.text ?? '' },
    ),
    published: r.published,
    confidential: r.confidential,
  };
}

/**
 * The exchange document, written record by record: the envelope first, then each batch, so the
 * whole export never sits in memory as one array.
 */
export function exchangeStream(batches: AsyncIterable<ExportRecommendation[]>, source: string): Readable {
  const envelope: Omit<ExchangeDocument, 'recommendations'> = {
    format: EXCHANGE_FORMAT,
    version: EXCHANGE_VERSION,
    exportedAt: new Date().toISOString(),
    source,
  };
  async function* chunks() {
    yield `${JSON.stringify(envelope).slice(0, -1)},"recommendations":[`;
    let first = true;
    for await (const batch of batches) {
      const records = batch.map((r) => JSON.stringify(toExchangeRecord(r)));
      if (records.length === 0) continue;
      yield `${first ? '\n' : ',\n'}${records.join(',\n')}`;
      first = false;
    }
    yield '\n]}\n';
  }
  return Readable.from(chunks());
}
