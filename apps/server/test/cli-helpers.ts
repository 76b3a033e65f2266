import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import pg from 'pg';

/** Where a start-up or CLI test keeps its data, as the environment variables that point there. */
export type DataTarget = { DATABASE_URL: string } | { TATABBU_DATA_DIR: string };

/**
 * A throw-away place for a database, like the rest of the suite: a new database on the
 * TEST_DATABASE_URL server, or else a PGlite directory. `cleanup` drops or deletes it.
 */
export async function throwAwayTarget(
  label: string,
): Promise<{ target: DataTarget; cleanup: () => Promise<void> }> {
  const server = process.env.TEST_DATABASE_URL;
  if (!server) {
    const dir = mkdtempSync(path.join(tmpdir(), `tatabbu-${label}-`));
    return {
      target: { TATABBU_DATA_DIR: dir },
      cleanup: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  const name = `tatabbu_${label.replaceAll('-', '')}_${randomUUID().replaceAll('-', '')}`;
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(server);
  url.pathname = `/${name}`;
  const cleanup = async () => {
    const c = new pg.Client({ connectionString: server });
    await c.connect();
    await c.query(`drop database if exists ${name} with (force)`);
    await c.end();
  };
  return { target: { DATABASE_URL: url.toString() }, cleanup };
}

const run = promisify(execFile);
const bin = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../bin/tatabbu.js');

/**
 * Runs the real `tatabbu` command with `env` added to this process's environment (DATABASE_URL is
 * dropped unless `env` sets it); never throws, gives the exit code and both outputs.
 */
export async function runTatabbu(env: NodeJS.ProcessEnv, args: string[]) {
  const full: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: 'silent', ...env };
  if (!env.DATABASE_URL) delete full.DATABASE_URL;
  try {
    const { stdout, stderr } = await run(process.execPath, [bin, ...args], { env: full, timeout: 120_000 });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}
