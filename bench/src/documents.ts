import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { type Db, type DocumentRecommendation, documentRecommendationBatches } from '@tatabbu/db';
import { type RecommendationScope, recommendationFiltersSchema } from '@tatabbu/domain';
// The generators live in the server (no package entry for them): the bench calls them directly.
import { matrixStream } from '../../apps/server/src/features/documents/matrix.js';
import { buildReport } from '../../apps/server/src/features/documents/report.js';
import { type Figure, percentiles } from './measure.js';

/** The first `count` recommendations of the coordinator's unfiltered list, as the document jobs read them. */
async function* firstRecommendations(db: Db, count: number): AsyncGenerator<DocumentRecommendation[]> {
  const staff: RecommendationScope = { kind: 'all' };
  let left = count;
  for await (const batch of documentRecommendationBatches(
    db,
    staff,
    recommendationFiltersSchema.parse({}),
    500,
  )) {
    yield batch.slice(0, left);
    left -= batch.length;
    if (left <= 0) return;
  }
}

/**
 * Generating the implementation matrix (XLSX) and a report draft (DOCX, Arabic) of `count`
 * recommendations, reading included, as a job does: the target is ≤ 3 s each for 1,000.
 */
export async function benchDocuments(
  db: Db,
  figures: Figure[],
  repeats: number,
  count = 1000,
): Promise<void> {
  let bytes = 0;
  const matrix = await percentiles(async () => {
    bytes = 0;
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        bytes += chunk.length;
        done();
      },
    });
    await pipeline(
      matrixStream(firstRecommendations(db, count), 'ar', (err) => console.error(err)),
      sink,
    );
  }, repeats);
  figures.push({
    step: `implementation matrix (XLSX, Arabic), ${count} recommendations`,
    value: `${(matrix.p50 / 1000).toFixed(2)} s`,
    note: `p95 ${(matrix.p95 / 1000).toFixed(2)} s; ${Math.round(bytes / 1024)} KiB`,
  });
  for (const lang of ['ar', 'fr'] as const) {
    let size = 0;
    const report = await percentiles(async () => {
      const all: DocumentRecommendation[] = [];
      for await (const batch of firstRecommendations(db, count)) all.push(...batch);
      size = (await buildReport(all, { lang, reportType: 'upr_midterm', grouping: 'cluster' })).length;
    }, repeats);
    figures.push({
      step: `report draft (DOCX, ${lang === 'ar' ? 'Arabic' : 'French'}), ${count} recommendations`,
      value: `${(report.p50 / 1000).toFixed(2)} s`,
      note: `p95 ${(report.p95 / 1000).toFixed(2)} s; ${Math.round(size / 1024)} KiB`,
    });
  }
}
