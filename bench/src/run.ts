/**
 * `npm run bench`: the import pipeline and the recommendation queries at a realistic size, on the
 * embedded database (a data directory in the system's temporary folder) or on PostgreSQL
 * (BENCH_DATABASE_URL, an empty database).
 *
 * BENCH_ROWS (default 20,000) recommendations: 80% imported through the real pipeline (parse →
 * preview with matching and recurrence → commit) from the UPR Info file scaled up, 20% cloned from
 * the Morocco demo's Arabic and French texts. Then a fixed set of real queries in three languages,
 * each answered with its page, total and every facet. Prints a Markdown table for docs/benchmarks.md.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  commitImport,
  createImport,
  dataRootDefault,
  getRecommendation,
  listRecommendations,
  loadReferenceData,
  migrate,
  openDatabase,
  previewImport,
  seedMoroccoDemo,
} from '@tatabbu/db';
import { type RecommendationScope, recommendationListQuerySchema } from '@tatabbu/domain';
import { parseImport } from '@tatabbu/domain/parsers';
import { sql } from 'drizzle-orm';
import { benchDashboard } from './dashboard.js';
import { benchDocuments } from './documents.js';
import { firstLoad } from './first-load.js';
import { benchHttp } from './http.js';
import { type Figure, mib, peakRss, percentiles, timeOnce } from './measure.js';
import { SEARCHES } from './queries.js';
import { scaledUprInfoCsv } from './scaled-data.js';
import { cloneDemo } from './synthetic.js';

const size = Number(process.env.BENCH_ROWS ?? 20_000);
const repeats = Number(process.env.BENCH_REPEATS ?? 10);
const figures: Figure[] = [];
const url = process.env.BENCH_DATABASE_URL;
const dataDir = url ? undefined : mkdtempSync(path.join(tmpdir(), 'tatabbu-bench-'));

const database = await timeOnce(figures, 'open database', () => openDatabase({ url, dataDir }));
const { db } = database;
await timeOnce(figures, 'migrate (empty database)', () => migrate(database));
const dataRoot = dataRootDefault();
await timeOnce(figures, 'load reference data', () => loadReferenceData(db, dataRoot));
await timeOnce(figures, 'seed Morocco demo (756 source rows)', () => seedMoroccoDemo(db, dataRoot));

// --- import ------------------------------------------------------------------------------------
const file = scaledUprInfoCsv(path.join(dataRoot, 'samples'), Math.round(size * 0.8));
const imported = await peakRss(async () => {
  const start = performance.now();
  const parsed = await timeOnce(figures, `import: parse ${file.rows} UPR Info rows`, () =>
    parseImport(file.bytes, { fileName: 'upr-info.csv', format: 'upr-info' }),
  );
  const id = await createImport(db, {
    actorId: null,
    fileName: 'upr-info.csv',
    format: 'upr-info',
    dryRun: false,
  });
  const preview = await timeOnce(figures, 'import: preview (resolve, match, recurrence)', () =>
    previewImport(db, id, parsed),
  );
  const counts = await timeOnce(figures, 'import: commit (one transaction)', () =>
    commitImport(db, id, { actorId: null, version: preview.version }),
  );
  return { seconds: (performance.now() - start) / 1000, counts };
});
const { seconds, counts } = imported.result;
figures.push({
  step: 'import: whole pipeline',
  value: `${Math.round(file.rows / seconds).toLocaleString('en')} rows/s`,
  note: `${file.rows} rows in ${seconds.toFixed(1)} s; ${counts.new} new, ${counts.recurring} recurring, ${counts.errors} errors; peak RSS ${mib(imported.peak)}`,
});

const again = await peakRss(async () => {
  const start = performance.now();
  const parsed = await parseImport(file.bytes, { fileName: 'upr-info.csv', format: 'upr-info' });
  const id = await createImport(db, {
    actorId: null,
    fileName: 'upr-info.csv',
    format: 'upr-info',
    dryRun: true,
  });
  const preview = await previewImport(db, id, parsed);
  return { seconds: (performance.now() - start) / 1000, preview };
});
figures.push({
  step: 'import: same file again (preview)',
  value: `${Math.round(file.rows / again.result.seconds).toLocaleString('en')} rows/s`,
  note: `${again.result.preview.counts.unchanged} unchanged; peak RSS ${mib(again.peak)}`,
});

await timeOnce(figures, `add ${size - file.rows} recommendations cloned from the demo (ar/fr)`, () =>
  cloneDemo(db, size - file.rows),
);

// --- search ------------------------------------------------------------------------------------
const [{ total } = { total: 0 }] = (await db.execute(sql`select count(*)::int as total from recommendations`))
  .rows as { total: number }[];
const anyone: RecommendationScope = { kind: 'published' };
const staff: RecommendationScope = { kind: 'all' };
const q = (params: Record<string, unknown>) => recommendationListQuerySchema.parse(params);

const all: number[] = [];
for (const search of SEARCHES) {
  const { p50, p95 } = await percentiles(
    () => listRecommendations(db, search.staff ? staff : anyone, q(search.query), search.lang),
    repeats,
  );
  all.push(p95);
  figures.push({
    step: `search ${search.label}`,
    value: `${p50.toFixed(0)} ms`,
    note: `p95 ${p95.toFixed(0)} ms`,
  });
}
all.sort((a, b) => a - b);
figures.push({
  step: 'search: worst p95 over the query set',
  value: `${(all.at(-1) ?? 0).toFixed(0)} ms`,
  note: `${SEARCHES.length} queries × ${repeats} runs, page + total + all facets`,
});
const first = await listRecommendations(db, anyone, q({ pageSize: 1 }), 'fr');
const one = await percentiles(() => getRecommendation(db, anyone, first.items[0]?.id ?? ''), repeats);
figures.push({
  step: 'one recommendation',
  value: `${one.p50.toFixed(1)} ms`,
  note: `p95 ${one.p95.toFixed(1)} ms`,
});

await benchDashboard(db, figures, repeats);
await benchDocuments(db, figures, repeats);

const rss = process.memoryUsage.rss();
await database.close();
// The servers under load open the database themselves (PGlite: only once this process let go).
await benchHttp({ url, dataDir }, figures);
firstLoad(figures);
if (dataDir) rmSync(dataDir, { recursive: true, force: true });

console.log(`\nTatabbu benchmark — ${database.kind}, ${total} recommendations, Node ${process.version}\n`);
console.log('| step | figure | note |\n| --- | ---: | --- |');
for (const f of figures) console.log(`| ${f.step} | ${f.value} | ${f.note} |`);
console.log(`\nprocess memory at the end: rss ${mib(rss)}`);
