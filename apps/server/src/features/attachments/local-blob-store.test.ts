import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { text } from 'node:stream/consumers';
import { describe, expect, it } from 'vitest';
import { LocalBlobStore } from './local-blob-store.js';

const newStore = () => new LocalBlobStore(mkdtempSync(path.join(tmpdir(), 'tatabbu-blobs-')));
const bytes = (s: string) => new TextEncoder().encode(s);
const sha = (s: string) => createHash('sha256').update(s).digest('hex');

/** Every file under `dir`, relative. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)));
}

describe('LocalBlobStore', () => {
  it('keeps the bytes under a random key and gives them back, with their size and SHA-256', async () => {
    const store = newStore();
    const stored = await store.put(bytes('تقرير المتابعة'));
    expect(stored.key).toMatch(/^[0-9a-f]{64}$/);
    expect(stored.size).toBe(bytes('تقرير المتابعة').length);
    expect(stored.sha256).toBe(sha('تقرير المتابعة'));
    expect(await store.has(stored.key)).toBe(true);
    const stream = await store.get(stored.key);
    expect(stream && (await text(stream))).toBe('تقرير المتابعة');
  });

  it('accepts a stream of chunks', async () => {
    const store = newStore();
    async function* chunks() {
      yield bytes('part one, ');
      yield bytes('part two');
    }
    const stored = await store.put(chunks());
    expect(stored.sha256).toBe(sha('part one, part two'));
    const stream = await store.get(stored.key);
    expect(stream && (await text(stream))).toBe('part one, part two');
  });

  it('never reuses a key, even for the same bytes', async () => {
    const store = newStore();
    const keys = new Set<string>();
    for (let i = 0; i < 20; i++) keys.add((await store.put(bytes('same'))).key);
    expect(keys.size).toBe(20);
  });

  it('leaves nothing behind when the upload breaks halfway (no partial file under any key)', async () => {
    const store = newStore();
    async function* broken() {
      yield bytes('first half');
      throw new Error('connection lost');
    }
    await expect(store.put(broken())).rejects.toThrow('connection lost');
    expect(filesUnder(store.root)).toEqual([]);
  });

  it('leaves no temporary file after a successful write', async () => {
    const store = newStore();
    const { key } = await store.put(bytes('done'));
    expect(filesUnder(store.root)).toEqual([path.join(key.slice(0, 2), key)]);
  });

  it('cannot be led outside its directory by a crafted key', async () => {
    const store = newStore();
    const outside = path.join(path.dirname(store.root), `secret-${path.basename(store.root)}.txt`);
    writeFileSync(outside, 'secret');
    const name = path.basename(outside);
    for (const key of [`../${name}`, `../../${name}`, outside, '..', '', `${'a'.repeat(64)}/../../x`]) {
      expect(await store.get(key)).toBeNull();
      expect(await store.has(key)).toBe(false);
      await store.discard(key);
    }
    expect(readFileSync(outside, 'utf8')).toBe('secret');
  });

  it('discard removes unreferenced bytes; an unknown key is simply absent', async () => {
    const store = newStore();
    const { key } = await store.put(bytes('refused upload'));
    await store.discard(key);
    expect(await store.has(key)).toBe(false);
    expect(await store.get(key)).toBeNull();
    expect(await store.get('f'.repeat(64))).toBeNull();
  });
});

describe('LocalBlobStore.sweep', () => {
  it('removes temporary files a crash left behind, not recent ones nor stored blobs', async () => {
    const store = newStore();
    const { key } = await store.put(bytes('kept'));
    const tmp = path.join(store.root, 'tmp');
    writeFileSync(path.join(tmp, 'old.part'), 'half');
    const old = new Date(Date.now() - 2 * 24 * 3600_000);
    utimesSync(path.join(tmp, 'old.part'), old, old);
    writeFileSync(path.join(tmp, 'now.part'), 'in progress');
    expect(await store.sweep()).toBe(1);
    expect(filesUnder(store.root).sort()).toEqual(
      [path.join(key.slice(0, 2), key), path.join('tmp', 'now.part')].sort(),
    );
  });
});
