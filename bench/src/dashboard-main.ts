/**
 * `npx tsx bench/src/dashboard-main.ts`: the dashboard's aggregates alone at a large size, without
 * the import pipeline. BENCH_ROWS (default 250,000) recommendations: the Morocco demo cloned (its
 * axes and institutions), each given a position, most an SDG goal and a status change, so that
 * every chart has something to count. PGlite in a temporary directory, or BENCH_DATABASE_URL.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { dataRootDefault, loadReferenceData, migrate, openDatabase, seedMoroccoDemo } from '@tatabbu/db';
import { sql } from 'drizzle-orm';
import { benchDashboard } from './dashboard.js';
import { type Figure, timeOnce } from './measure.js';
import { cloneDemo } from './synthetic.js';

const size = Number(process.env.BENCH_ROWS ?? 250_000);
const repeats = Number(process.env.BENCH_REPEATS ?? 10);
const url = process.env.BENCH_DATABASE_URL;
const dataDir = url ? undefined : mkdtempSync(path.join(tmpdir(), 'tatabbu-bench-dashboard-'));
const figures: Figure[] = [];

const database = await openDatabase({ url, dataDir });
const { db } = database;
await migrate(database);
await loadReferenceData(db, dataRootDefault());
// BENCH_REUSE: a database already filled by an earlier run (the clone takes minutes at 250k).
const reuse = Boolean(url && process.env.BENCH_REUSE);
const seeded = reuse ? { recommendations: size } : await seedMoroccoDemo(db, dataRootDefault());
await timeOnce(figures, `clone the demo to ${size} recommendations`, async () => {
  if (reuse) return;
  await cloneDemo(db, size - seeded.recommendations);
  await db.execute(sql`update recommendations
    set position = (array['supported', 'supported_in_part', 'noted'])[1 + abs(hashtext(key)) % 3]
    where position is null`);
  await db.execute(sql`insert into recommendation_terms (recommendation_id, term_id)
    select r.id, g.id from recommendations r
    join (select id, row_number() over (order by sort, code) - 1 as n from terms where vocabulary = 'sdg_goal') g
      on g.n = abs(hashtext(r.key)) % 17
    where abs(hashtext(r.key || 'sdg')) % 10 < 7 on conflict do nothing`);
  await db.execute(sql`insert into status_changes (recommendation_id, to_status, origin, at)
    select id, status, 'import', now() - (abs(hashtext(key)) % 1000) * interval '1 day'
    from recommendations where status is not null`);
});
// As autovacuum would after a bulk load: statistics, and the visibility map index-only scans need.
await db.execute(sql`vacuum analyze`);
const [{ total } = { total: 0 }] = (await db.execute(sql`select count(*)::int as total from recommendations`))
  .rows as { total: number }[];
await benchDashboard(db, figures, repeats);
await database.close();
if (dataDir) rmSync(dataDir, { recursive: true, force: true });

console.log(
  `\nTatabbu dashboard benchmark — ${database.kind}, ${total} recommendations, Node ${process.version}\n`,
);
console.log('| step | figure | note |\n| --- | ---: | --- |');
for (const f of figures) console.log(`| ${f.step} | ${f.value} | ${f.note} |`);
