import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '../..');

/** A server process of the benchmark, on 127.0.0.1. */
export interface BenchServer {
  base: string;
  /** Resident memory now and at its peak (Linux /proc), in bytes; 0 where unknown. */
  memory(): { rss: number; peak: number };
  /** CPU time the process has used so far (user + system), in milliseconds; 0 where unknown. */
  cpuMs(): number;
  stop(): Promise<void>;
}

/**
 * The real server, as an administrator starts it (`tatabbu serve`: migrate, reference data, the
 * whole app), on the bench database. `env` adds settings (e.g. the cache off).
 */
export function startTatabbu(
  db: { url?: string; dataDir?: string },
  env: Record<string, string> = {},
): Promise<BenchServer> {
  return start([path.join(repo, 'apps/server/bin/tatabbu.js'), 'serve'], {
    ...(db.url ? { DATABASE_URL: db.url } : { TATABBU_DATA_DIR: db.dataDir ?? '' }),
    TATABBU_DEMO: 'false',
    LOG_LEVEL: 'warn',
    // One address sends every request here; the limit of anonymous requests is not what is measured.
    TATABBU_RATE_LIMIT_ANONYMOUS: '0',
    ...env,
  });
}

/** The bare Fastify route, in its own process. */
export function startBare(): Promise<BenchServer> {
  return start(['--import', 'tsx', path.join(here, 'bare-server.ts')], {});
}

async function start(args: string[], env: Record<string, string>): Promise<BenchServer> {
  const port = await freePort();
  const child = spawn(process.execPath, args, {
    cwd: repo,
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  // A benchmark stopped half-way leaves no server behind.
  const orphan = () => child.kill('SIGKILL');
  process.once('exit', orphan);
  child.once('exit', () => process.off('exit', orphan));
  const base = `http://127.0.0.1:${port}`;
  await waitReady(base, child);
  return {
    base,
    memory: () => memoryOf(child.pid),
    cpuMs: () => cpuOf(child.pid),
    stop: () => stopProcess(child),
  };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

async function waitReady(base: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with code ${child.exitCode}`);
    try {
      if ((await fetch(`${base}/readyz`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`server at ${base} not ready after 3 minutes`);
}

function memoryOf(pid: number | undefined): { rss: number; peak: number } {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kib = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(status)?.[1] ?? 0) * 1024;
    return { rss: kib('VmRSS'), peak: kib('VmHWM') };
  } catch {
    return { rss: 0, peak: 0 };
  }
}

/** utime + stime from /proc/PID/stat, in clock ticks of 10 ms (Linux's USER_HZ). */
function cpuOf(pid: number | undefined): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The fields after the command name (which may hold spaces) start after its closing parenthesis.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return 0;
  }
}

function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}
