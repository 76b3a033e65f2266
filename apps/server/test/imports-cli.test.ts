import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { SOURCES } from './imports-helpers.js';

const run = promisify(execFile);
const bin = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../bin/tatabbu.js');
const dataDir = mkdtempSync(path.join(tmpdir(), 'tatabbu-cli-import-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

/** Runs the real `tatabbu` command on its own embedded database, in the terminal language given. */
async function tatabbu(lang: string, ...args: string[]) {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    TATABBU_DATA_DIR: dataDir,
    LOG_LEVEL: 'silent',
    LANG: lang,
  };
  delete env.DATABASE_URL;
  delete env.LC_ALL;
  delete env.LC_MESSAGES;
  try {
    const { stdout, stderr } = await run(process.execPath, [bin, ...args], { env, timeout: 180_000 });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

/** "  new   17" → 17 */
const count = (stdout: string, label: string) => {
  const m = new RegExp(`^\\s*${label}\\s+(\\d+)\\s*$`, 'm').exec(stdout);
  return m ? Number(m[1]) : Number.NaN;
};

const unText = path.join(SOURCES, 'un-text-upr-en-A-HRC-21-3.txt');

describe('tatabbu import', () => {
  // The database is new: no `tatabbu seed` first, the import loads the reference data itself.
  it('previews with --dry-run, imports, and changes nothing the second time', async () => {
    const dry = await tatabbu('en_GB.UTF-8', 'import', unText, '--dry-run');
    expect(dry.code, dry.stderr).toBe(0);
    const found = count(dry.stdout, 'new');
    expect(found).toBeGreaterThanOrEqual(10);
    expect(dry.stdout).toContain('--dry-run');

    const real = await tatabbu('en_GB.UTF-8', 'import', unText, '--format', 'un-text');
    expect(real.code, real.stderr).toBe(0);
    expect(count(real.stdout, 'new')).toBe(found);
    expect(real.stdout).toContain('Imported');

    const again = await tatabbu('fr_FR.UTF-8', 'import', unText);
    expect(again.code).toBe(0);
    expect(count(again.stdout, 'inchangées')).toBe(found);
    expect(count(again.stdout, 'nouvelles')).toBe(0);
  }, 300_000);

  it('exits 1 with a reason in the terminal language when the file cannot be imported', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tatabbu-hostile-'));
    const binary = path.join(dir, 'photo.bin');
    writeFileSync(binary, Buffer.from([0, 1, 2, 255, 254, 0, 7]));
    const unknown = await tatabbu('fr_FR.UTF-8', 'import', binary);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain("Le format de ce fichier n'a pas été reconnu");

    const cut = path.join(dir, 'cut.xlsx');
    writeFileSync(cut, Buffer.from([0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0, 8, 0, 1, 2, 3, 4]));
    const damaged = await tatabbu('ar_MA.UTF-8', 'import', cut);
    expect(damaged.code).toBe(1);
    expect(damaged.stdout + damaged.stderr).toContain('Excel');
    expect(damaged.stderr).toContain('لم يتم استيراد الملف');
    rmSync(dir, { recursive: true, force: true });
  }, 300_000);
});
