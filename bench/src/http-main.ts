/**
 * `npm run bench:http`: the HTTP benchmark alone, on a database the full benchmark already filled
 * (BENCH_DATABASE_URL, or BENCH_DATA_DIR for PGlite), e.g. to measure again at 250k without
 * importing again.
 */
import { benchHttp } from './http.js';
import type { Figure } from './measure.js';

const url = process.env.BENCH_DATABASE_URL;
const dataDir = process.env.BENCH_DATA_DIR;
if (!url && !dataDir) throw new Error('set BENCH_DATABASE_URL (PostgreSQL) or BENCH_DATA_DIR (PGlite)');

const figures: Figure[] = [];
await benchHttp({ url, dataDir }, figures);
console.log(`\nTatabbu HTTP benchmark — ${url ? 'postgres' : 'pglite'}, Node ${process.version}\n`);
console.log('| step | figure | note |\n| --- | ---: | --- |');
for (const f of figures) console.log(`| ${f.step} | ${f.value} | ${f.note} |`);
