import { createHash } from 'node:crypto';
import { type Database, listAllAttachmentBlobs } from '@tatabbu/db';
import type { BlobStore } from './blob-store.js';

export interface BlobProblem {
  id: string;
  fileName: string;
  /** `missing`: no bytes under the key; `changed`: the bytes no longer have the recorded SHA-256. */
  kind: 'missing' | 'changed';
}

/**
 * Reads back every stored file (removed ones included: the audit trail points at them) and checks
 * its SHA-256 against the one recorded at upload.
 */
export async function verifyAttachmentBlobs(
  database: Database,
  store: BlobStore,
): Promise<{ checked: number; problems: BlobProblem[] }> {
  const rows = await listAllAttachmentBlobs(database.db);
  const problems: BlobProblem[] = [];
  for (const row of rows) {
    const stream = await store.get(row.storageKey);
    if (!stream) {
      problems.push({ id: row.id, fileName: row.fileName, kind: 'missing' });
      continue;
    }
    const hash = createHash('sha256');
    for await (const chunk of stream) hash.update(chunk as Buffer);
    if (hash.digest('hex') !== row.sha256)
      problems.push({ id: row.id, fileName: row.fileName, kind: 'changed' });
  }
  return { checked: rows.length, problems };
}
