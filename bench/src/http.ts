/**
 * The HTTP benchmark: the anonymous recommendation endpoints of the real server under concurrent
 * load, side by side with a bare Fastify route measured in the same run on the same machine, as a
 * ratio; and the server's memory after that load. Each server is its own process (`tatabbu serve`
 * and a bare Fastify app); the load comes from autocannon in this process. On a shared machine
 * the figures move from one second to the next: each is the median of BENCH_HTTP_ROUNDS rounds,
 * the bare route measured again in every round, right before the endpoints it is compared with.
 */
import { type LoadResult, load } from './http-load.js';
import { type BenchServer, startBare, startTatabbu } from './http-servers.js';
import { type Figure, mib } from './measure.js';

const seconds = Number(process.env.BENCH_HTTP_SECONDS ?? 10);
const connections = Number(process.env.BENCH_HTTP_CONNECTIONS ?? 10);
const rounds = Number(process.env.BENCH_HTTP_ROUNDS ?? 3);

/** What an anonymous visitor of the portal asks for. */
function targets(recommendationId: string): { label: string; path: string }[] {
  return [
    { label: 'list, first page', path: '/api/v1/recommendations' },
    { label: 'search «torture»', path: '/api/v1/recommendations?q=torture' },
    {
      label: 'facet filter (CAT, in progress)',
      path: '/api/v1/recommendations?mechanism=CAT&status=in_progress',
    },
    { label: 'one recommendation', path: `/api/v1/recommendations/${recommendationId}` },
  ];
}

export async function benchHttp(db: { url?: string; dataDir?: string }, figures: Figure[]): Promise<void> {
  const bare = await startBare();
  try {
    for (const cache of [true, false]) {
      const server = await startTatabbu(db, cache ? {} : { TATABBU_PUBLIC_CACHE_MB: '0' });
      try {
        const paths = targets(await firstRecommendationId(server));
        const listBytes = await copyListToBare(server, bare);
        // Without the cache a list takes seconds at 250k: one round says enough.
        const results = await measureRounds(bare, server, paths, cache ? rounds : 1);
        const suffix = cache ? 'cached' : 'cache off';
        if (cache) {
          const pair = (r: Round, measured: LoadResult | undefined): [LoadResult, LoadResult] => [
            measured ?? r.bare,
            r.bare,
          ];
          figures.push(
            row(
              'http: bare Fastify route',
              results.map((r) => pair(r, r.bare)),
            ),
          );
          figures.push(
            row(
              `http: bare Fastify route answering the list's ${kb(listBytes)}`,
              results.map((r) => pair(r, r.sameBody)),
            ),
          );
        }
        paths.forEach((target, i) => {
          const pairs = results.map((r): [LoadResult, LoadResult] => [r.targets[i] ?? r.bare, r.bare]);
          figures.push(row(`http: ${target.label}, ${suffix}`, pairs));
        });
        const { rss, peak } = server.memory();
        figures.push({
          step: `server memory after the load, ${suffix}`,
          value: mib(rss),
          note: `peak RSS ${mib(peak)} (tatabbu serve, one process)`,
        });
      } finally {
        await server.stop();
      }
    }
  } finally {
    await bare.stop();
  }
}

async function firstRecommendationId(server: BenchServer): Promise<string> {
  const res = await fetch(`${server.base}/api/v1/recommendations?pageSize=1`);
  const [first] = ((await res.json()) as { items: { id: string }[] }).items;
  if (!first) throw new Error('no published recommendation to ask for');
  return first.id;
}

/** One round: the bare route (small answer, then the list's bytes), then every endpoint. */
interface Round {
  bare: LoadResult;
  sameBody?: LoadResult;
  targets: LoadResult[];
}

async function measureRounds(
  bare: BenchServer,
  server: BenchServer,
  paths: { path: string }[],
  count: number,
): Promise<Round[]> {
  const results: Round[] = [];
  for (let round = 0; round < count; round++) {
    const yardstick = await measure(bare, '/bare');
    const sameBody = await measure(bare, '/body');
    const measured: LoadResult[] = [];
    for (const { path } of paths) measured.push(await measure(server, path));
    results.push({ bare: yardstick, sameBody, targets: measured });
  }
  return results;
}

/** Gives the bare route the list's first page as the real server sends it (as autocannon asks). */
async function copyListToBare(server: BenchServer, bare: BenchServer): Promise<number> {
  const res = await fetch(`${server.base}/api/v1/recommendations`, {
    headers: { 'accept-language': 'fr', 'accept-encoding': 'identity' },
  });
  const bytes = Buffer.from(await res.arrayBuffer());
  await fetch(`${bare.base}/body`, {
    method: 'PUT',
    headers: { 'content-type': 'application/octet-stream' },
    body: bytes,
  });
  return bytes.length;
}

const kb = (bytes: number) => `${Math.round(bytes / 1000)} kB`;

const measure = (server: BenchServer, path: string) =>
  load(`${server.base}${path}`, { seconds, connections, cpuMs: server.cpuMs });

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

/** One line from [measured, bare route of the same round] pairs: medians over the rounds. */
function row(step: string, pairs: [LoadResult, LoadResult][]): Figure {
  const isBare = pairs.every(([r, yardstick]) => r === yardstick);
  const rps = median(pairs.map(([r]) => r.rps));
  const ratio = median(pairs.map(([r, yardstick]) => r.rps / yardstick.rps));
  const cpu = median(pairs.map(([r]) => r.cpuMsPerRequest));
  // What one core of the server answers at that cost, whatever the load generator manages.
  const cpuRatio = median(pairs.map(([r, yardstick]) => yardstick.cpuMsPerRequest / r.cpuMsPerRequest));
  const failures = pairs.reduce((sum, [r]) => sum + r.failures, 0);
  const requests = pairs.reduce((sum, [r]) => sum + r.requests, 0);
  const n = (v: number) => Math.round(v).toLocaleString('en');
  return {
    step,
    value: `${n(rps)} req/s${isBare ? '' : ` (${ratio.toFixed(2)} × bare)`}`,
    note: [
      `p50 ${median(pairs.map(([r]) => r.p50))} ms, p99 ${median(pairs.map(([r]) => r.p99))} ms`,
      `server CPU ${n(cpu * 1000)} µs a request = ${n(1000 / cpu)} req/s a core${isBare ? '' : ` (${cpuRatio.toFixed(2)} × bare)`}`,
      `${n(requests)} requests in ${pairs.length} × ${seconds} s, ${connections} connections${failures ? `, ${failures} FAILED` : ''}`,
    ].join('; '),
  };
}
