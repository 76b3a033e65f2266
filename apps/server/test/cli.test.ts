import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runTatabbu } from './cli-helpers.js';

const dataDir = mkdtempSync(path.join(tmpdir(), 'tatabbu-cli-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

/** Runs the real `tatabbu` command on its own embedded database. */
const tatabbu = (...args: string[]) => runTatabbu({ TATABBU_DATA_DIR: dataDir }, args);

describe('tatabbu CLI', () => {
  it('explains its commands', async () => {
    const help = await tatabbu('--help');
    expect(help.code).toBe(0);
    for (const cmd of ['serve', 'migrate', 'seed', 'user']) expect(help.stdout).toContain(cmd);
    const userHelp = await tatabbu('user', '--help');
    for (const cmd of ['add', 'list', 'set-role', 'reset-password']) expect(userHelp.stdout).toContain(cmd);
  });

  it('fails with a readable message and a non-zero code on a wrong command or bad input', async () => {
    const unknown = await tatabbu('frobnicate');
    expect(unknown.code).not.toBe(0);
    expect(unknown.stderr).toContain('unknown command');
    const badRole = await tatabbu('user', 'add', '--email', 'a@example.org', '--name', 'A', '--role', 'king');
    expect(badRole.code).not.toBe(0);
    expect(badRole.stderr).toMatch(/king/);
  });

  it('seeds, creates users with a one-time password, lists them and changes roles', async () => {
    const seed = await tatabbu('seed');
    expect(seed.code).toBe(0);
    expect(seed.stdout).toContain('reference data loaded');

    const add = await tatabbu(
      'user',
      'add',
      '--email',
      'Focal@Example.org',
      '--name',
      'Focal Point',
      '--role',
      'focal_point',
      '--institution',
      'didh-28',
    );
    expect(add.code).toBe(0);
    expect(add.stdout).toMatch(/one-time password: \S{20}/);

    const missing = await tatabbu(
      'user',
      'add',
      '--email',
      'c@example.org',
      '--name',
      'C',
      '--role',
      'contributor',
    );
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('--institution');

    const dup = await tatabbu(
      'user',
      'add',
      '--email',
      'focal@example.org',
      '--name',
      'Again',
      '--role',
      'observer',
    );
    expect(dup.code).toBe(2);
    expect(dup.stderr).toContain('already exists');

    const setRole = await tatabbu('user', 'set-role', 'focal@example.org', 'coordinator');
    expect(setRole.code).toBe(0);
    const list = await tatabbu('user', 'list');
    expect(list.stdout).toMatch(/focal@example\.org\tcoordinator/);

    const reset = await tatabbu('user', 'reset-password', 'nobody@example.org');
    expect(reset.code).toBe(2);
    expect(reset.stderr).toContain('no user');
  });
});
