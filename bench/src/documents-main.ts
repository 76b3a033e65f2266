/**
 * `npx tsx bench/src/documents-main.ts`: the generated documents alone. The Morocco demo (with its
 * illustrative follow-up) cloned to BENCH_ROWS (default 2,000) recommendations, then the matrix and
 * the report of 1,000. PGlite in a temporary directory, or BENCH_DATABASE_URL (an empty database).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { dataRootDefault, loadReferenceData, migrate, openDatabase, seedMoroccoDemo } from '@tatabbu/db';
import { benchDocuments } from './documents.js';
import type { Figure } from './measure.js';
import { cloneDemo } from './synthetic.js';

const size = Number(process.env.BENCH_ROWS ?? 2000);
const repeats = Number(process.env.BENCH_REPEATS ?? 5);
const url = process.env.BENCH_DATABASE_URL;
const dataDir = url ? undefined : mkdtempSync(path.join(tmpdir(), 'tatabbu-bench-documents-'));
const figures: Figure[] = [];

const database = await openDatabase({ url, dataDir });
await migrate(database);
await loadReferenceData(database.db, dataRootDefault());
const seeded = await seedMoroccoDemo(database.db, dataRootDefault());
await cloneDemo(database.db, Math.max(0, size - seeded.recommendations));
await benchDocuments(database.db, figures, repeats);
await database.close();
if (dataDir) rmSync(dataDir, { recursive: true, force: true });

console.log(
  `\nTatabbu documents benchmark — ${database.kind}, ${size} recommendations, Node ${process.version}\n`,
);
console.log('| step | figure | note |\n| --- | ---: | --- |');
for (const f of figures) console.log(`| ${f.step} | ${f.value} | ${f.note} |`);
