/**
 * `npm run bench`: start-up and query figures on the embedded database (or BENCH_DATABASE_URL).
 * BENCH_ROWS (default 50000) synthetic recommendations are added to the Morocco demo by cloning its
 * texts under new keys, so search and facets run on a realistic mix of Arabic and French text.
 * Prints a Markdown table; docs/benchmarks.md records the figures of a run.
 */
import { performance } from 'node:perf_hooks';
import {
  dataRootDefault,
  getRecommendation,
  listRecommendations,
  loadReferenceData,
  migrate,
  openDatabase,
  seedMoroccoDemo,
} from '@tatabbu/db';
import { type RecommendationScope, recommendationListQuerySchema } from '@tatabbu/domain';
import { sql } from 'drizzle-orm';

const rows = Number(process.env.BENCH_ROWS ?? 50_000);
const repeats = Number(process.env.BENCH_REPEATS ?? 15);
const results: { step: string; ms: string; note: string }[] = [];
const mb = (n: number) => `${Math.round(n / 1024 / 1024)} MiB`;

async function timeOnce<T>(step: string, fn: () => Promise<T>, note = ''): Promise<T> {
  const t = performance.now();
  const out = await fn();
  results.push({ step, ms: (performance.now() - t).toFixed(0), note });
  return out;
}

async function timeRepeated(step: string, fn: () => Promise<unknown>): Promise<void> {
  await fn(); // warm-up: plans and caches
  const times: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)] ?? 0;
  const p95 = times[Math.min(times.length - 1, Math.floor(times.length * 0.95))] ?? 0;
  results.push({ step, ms: median.toFixed(1), note: `median of ${repeats}; p95 ${p95.toFixed(1)} ms` });
}

const database = await timeOnce('open database', () =>
  openDatabase({ url: process.env.BENCH_DATABASE_URL, dataDir: 'memory://' }),
);
const { db } = database;
await timeOnce('migrate (empty database)', () => migrate(database));
const dataRoot = dataRootDefault();
await timeOnce('load reference data', () => loadReferenceData(db, dataRoot));
await timeOnce('reload reference data (no change)', () => loadReferenceData(db, dataRoot));
await timeOnce('seed Morocco demo (756 source rows)', () => seedMoroccoDemo(db, dataRoot));

await timeOnce(
  `add ${rows} synthetic recommendations`,
  async () => {
    await db.execute(sql`
      with src as (select r.*, row_number() over (order by r.id) - 1 as rn from recommendations r),
           n as (select count(*) as c from src)
      insert into recommendations (key, mechanism_id, review_id, paragraph, text_ar, text_fr, status, status_origin, position, published, date, external_ref)
      select 'BENCH/' || g || ' §' || r.paragraph, r.mechanism_id, r.review_id, r.paragraph, r.text_ar, r.text_fr,
             r.status, r.status_origin, r.position, (g % 10 <> 0), r.date, 'bench-from:' || r.id
      from generate_series(1, ${rows}) g cross join n
      join src r on r.rn = g % n.c`);
  },
  'texts cloned from the demo; 10% unpublished',
);
await timeOnce('copy assignments and tags to the synthetic rows', async () => {
  await db.execute(sql`analyze`); // fresh statistics, or the planner picks nested loops over 50k rows
  await db.execute(sql`
    insert into assignments (recommendation_id, institution_id, role)
    select b.id, a.institution_id, a.role from recommendations b
    join assignments a on a.recommendation_id = substr(b.external_ref, 12)::uuid
    where b.external_ref like 'bench-from:%' on conflict do nothing`);
  await db.execute(sql`
    insert into recommendation_terms (recommendation_id, term_id)
    select b.id, t.term_id from recommendations b
    join recommendation_terms t on t.recommendation_id = substr(b.external_ref, 12)::uuid
    where b.external_ref like 'bench-from:%' on conflict do nothing`);
  await db.execute(sql`analyze`);
});

const [{ total } = { total: 0 }] = (await db.execute(sql`select count(*)::int as total from recommendations`))
  .rows as {
  total: number;
}[];
const anyone: RecommendationScope = { kind: 'published' };
const staff: RecommendationScope = { kind: 'all' };
const q = (params: Record<string, unknown>) => recommendationListQuerySchema.parse(params);

await timeRepeated('list, first page, facets (public)', () => listRecommendations(db, anyone, q({}), 'ar'));
await timeRepeated('list, page 100 (staff)', () => listRecommendations(db, staff, q({ page: 100 }), 'fr'));
await timeRepeated('search Arabic «المرأة»', () => listRecommendations(db, anyone, q({ q: 'المرأة' }), 'ar'));
await timeRepeated('search French «torture»', () =>
  listRecommendations(db, anyone, q({ q: 'torture' }), 'fr'),
);
await timeRepeated('filter mechanism=UPR, status=implemented', () =>
  listRecommendations(db, anyone, q({ mechanism: 'UPR', status: 'implemented' }), 'fr'),
);
const first = await listRecommendations(db, anyone, q({ pageSize: 1 }), 'fr');
const id = first.items[0]?.id ?? '';
await timeRepeated('one recommendation', () => getRecommendation(db, anyone, id));

const mem = process.memoryUsage();
await database.close();

console.log(`\nTatabbu benchmark — ${database.kind}, ${total} recommendations, Node ${process.version}\n`);
console.log('| step | ms | note |\n| --- | ---: | --- |');
for (const r of results) console.log(`| ${r.step} | ${r.ms} | ${r.note} |`);
console.log(`\nmemory at the end: rss ${mb(mem.rss)}, heap used ${mb(mem.heapUsed)}`);
