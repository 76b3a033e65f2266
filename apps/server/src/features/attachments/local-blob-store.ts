import { createHash, randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { access, mkdir, open, readdir, rename, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { BLOB_KEY, type BlobStore, type StoredBlob } from './blob-store.js';

/**
 * Blobs as files in one directory, sharded by the key's first two characters. Each is written to
 * a temporary file, flushed to disk, then renamed into place (and the directory flushed), so a
 * crash never leaves a half-written file under a key.
 */
export class LocalBlobStore implements BlobStore {
  constructor(readonly root: string) {}

  private pathOf(key: string): string | null {
    return BLOB_KEY.test(key) ? path.join(this.root, key.slice(0, 2), key) : null;
  }

  async put(source: Uint8Array | AsyncIterable<Uint8Array>): Promise<StoredBlob> {
    const key = randomBytes(32).toString('hex');
    const final = this.pathOf(key) as string;
    const tmpDir = path.join(this.root, 'tmp');
    await mkdir(tmpDir, { recursive: true, mode: 0o700 });
    const tmp = path.join(tmpDir, `${key}.part`);
    const hash = createHash('sha256');
    let size = 0;
    const file = await open(tmp, 'wx', 0o600);
    try {
      const chunks = source instanceof Uint8Array ? [source] : source;
      for await (const chunk of chunks) {
        hash.update(chunk);
        size += chunk.length;
        await file.write(chunk);
      }
      await file.sync();
    } catch (error) {
      await file.close();
      await unlink(tmp).catch(() => undefined);
      throw error;
    }
    await file.close();
    const shard = path.dirname(final);
    await mkdir(shard, { recursive: true, mode: 0o700 });
    await rename(tmp, final);
    await syncDir(shard);
    return { key, size, sha256: hash.digest('hex') };
  }

  async get(key: string): Promise<Readable | null> {
    const file = this.pathOf(key);
    if (!file || !(await exists(file))) return null;
    return createReadStream(file);
  }

  async has(key: string): Promise<boolean> {
    const file = this.pathOf(key);
    return file !== null && exists(file);
  }

  async discard(key: string): Promise<void> {
    const file = this.pathOf(key);
    if (file) await unlink(file).catch(() => undefined);
  }

  /** Deletes temporary files a crash left behind (older than `olderThanMs`, so no upload in progress). */
  async sweep(olderThanMs = 24 * 3600_000): Promise<number> {
    const tmpDir = path.join(this.root, 'tmp');
    const names = await readdir(tmpDir).catch(() => [] as string[]);
    let removed = 0;
    for (const name of names) {
      const file = path.join(tmpDir, name);
      const info = await stat(file).catch(() => null);
      if (info && Date.now() - info.mtimeMs > olderThanMs) {
        await unlink(file).catch(() => undefined);
        removed++;
      }
    }
    return removed;
  }
}

const exists = (file: string) =>
  access(file).then(
    () => true,
    () => false,
  );

/** Makes the rename itself durable (a no-op where directories cannot be opened, e.g. Windows). */
async function syncDir(dir: string): Promise<void> {
  const handle = await open(dir, 'r').catch(() => null);
  if (!handle) return;
  try {
    await handle.sync();
  } catch {
    // Some file systems refuse fsync on a directory; the file itself is already flushed.
  } finally {
    await handle.close();
  }
}
