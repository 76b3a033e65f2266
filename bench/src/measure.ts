import { performance } from 'node:perf_hooks';

/** One line of the printed table. */
export interface Figure {
  step: string;
  value: string;
  note: string;
}

export const mib = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MiB`;

/** Times one run of `fn`. */
export async function timeOnce<T>(
  figures: Figure[],
  step: string,
  fn: () => Promise<T>,
  note = '',
): Promise<T> {
  const t = performance.now();
  const out = await fn();
  figures.push({ step, value: `${(performance.now() - t).toFixed(0)} ms`, note });
  return out;
}

/** p50 and p95 of `repeats` runs after one warm-up run (plans and caches). */
export async function percentiles(
  fn: () => Promise<unknown>,
  repeats: number,
): Promise<{ p50: number; p95: number }> {
  await fn();
  const times: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(times.length * q))] ?? 0;
  return { p50: at(0.5), p95: at(0.95) };
}

/**
 * Peak resident memory of this process while `fn` runs, sampled every 50 ms: the embedded database
 * lives in the process, so for PGlite this includes the database's own memory.
 */
export async function peakRss<T>(fn: () => Promise<T>): Promise<{ result: T; peak: number }> {
  let peak = process.memoryUsage.rss();
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss());
  }, 50);
  try {
    const result = await fn();
    peak = Math.max(peak, process.memoryUsage.rss());
    return { result, peak };
  } finally {
    clearInterval(timer);
  }
}
