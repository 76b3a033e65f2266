import autocannon from 'autocannon';

export interface LoadResult {
  /** Requests per second, average over the run. */
  rps: number;
  p50: number;
  p99: number;
  requests: number;
  /** Answers other than 2xx, errors and timeouts: a run with any is not a valid figure. */
  failures: number;
  /** The server's CPU time per answer, in milliseconds: what it costs, whoever the bottleneck is. */
  cpuMsPerRequest: number;
}

/**
 * `connections` clients sending requests back to back to one address for `seconds`, after a few
 * requests one at a time to warm up (query plans, caches) without leaving work in flight.
 */
export async function load(
  url: string,
  { seconds, connections, cpuMs }: { seconds: number; connections: number; cpuMs: () => number },
): Promise<LoadResult> {
  // Without Accept-Encoding: autocannon decodes every body into a string, which costs it ten
  // times more for gzipped bytes than for JSON text and makes the load generator, not the server,
  // the bottleneck. Browsers get the cached gzip; the server's cost per request is measured apart.
  const headers = { 'accept-language': 'fr' };
  for (let i = 0; i < 3; i++) await (await fetch(url, { headers })).arrayBuffer();
  const cpuBefore = cpuMs();
  const result = await autocannon({ url, connections, duration: seconds, timeout: 120, headers });
  const cpu = cpuMs() - cpuBefore;
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
    failures: result.non2xx + result.errors + result.timeouts,
    cpuMsPerRequest: result.requests.total > 0 ? cpu / result.requests.total : Number.NaN,
  };
}
