import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from './connection.js';
import { DataDirInUseError } from './data-dir-lock.js';

const dir = mkdtempSync(path.join(tmpdir(), 'tatabbu-lock-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('embedded database directory lock', () => {
  it('refuses a second opener with a clear message, and frees the directory on close', async () => {
    const first = await openDatabase({ dataDir: dir });
    // Another live process holds it: simulate with a child process's pid in the lock file.
    const holder = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)']);
    try {
      await first.close();
      expect(existsSync(path.join(dir, 'tatabbu.lock'))).toBe(false);
      writeFileSync(path.join(dir, 'tatabbu.lock'), String(holder.pid));
      const second = openDatabase({ dataDir: dir });
      await expect(second).rejects.toBeInstanceOf(DataDirInUseError);
      await expect(second).rejects.toThrow(/in use by process/);
    } finally {
      holder.kill();
    }
  });

  it('takes over a lock left by a crashed process', async () => {
    writeFileSync(path.join(dir, 'tatabbu.lock'), '999999999');
    const database = await openDatabase({ dataDir: dir });
    expect(readFileSync(path.join(dir, 'tatabbu.lock'), 'utf8')).toBe(String(process.pid));
    await database.close();
  });
});
