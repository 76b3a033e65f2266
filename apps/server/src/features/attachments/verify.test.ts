import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  createAttachment,
  createUser,
  type Database,
  openTestDatabase,
  schema,
  softDeleteAttachment,
} from '@tatabbu/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LocalBlobStore } from './local-blob-store.js';
import { verifyAttachmentBlobs } from './verify.js';

let database: Database;
let store: LocalBlobStore;
let measureId: string;
let coordinatorId: string;

async function storeFile(name: string, text: string) {
  const stored = await store.put(new TextEncoder().encode(text));
  const id = await createAttachment(
    database.db,
    {
      ownerType: 'measure',
      ownerId: measureId,
      fileName: name,
      mediaType: 'text/plain',
      ...stored,
      storageKey: stored.key,
    },
    coordinatorId,
  );
  return { id: id as string, key: stored.key };
}

beforeAll(async () => {
  database = await openTestDatabase();
  store = new LocalBlobStore(mkdtempSync(path.join(tmpdir(), 'tatabbu-verify-')));
  const [plan] = await database.db.insert(schema.actionPlans).values({ code: 'P', name: {} }).returning();
  const [measure] = await database.db
    .insert(schema.measures)
    .values({ planId: plan?.id as string, number: '1' })
    .returning();
  measureId = measure?.id as string;
  const user = await createUser(
    database.db,
    {
      email: 'coordination@example.org',
      name: 'Coordination',
      role: 'coordinator',
      institutionId: null,
      organizationId: null,
      passwordHash: 'not used',
      mustChangePassword: false,
    },
    null,
  );
  coordinatorId = user.id;
});

afterAll(async () => {
  await database?.close();
});

describe('verifyAttachmentBlobs', () => {
  it('finds every file intact, removed ones included; then names the one changed and the one lost', async () => {
    const kept = await storeFile('rapport.txt', 'rapport annuel');
    const removed = await storeFile('محضر.txt', 'محضر الاجتماع');
    const lost = await storeFile('perdu.txt', 'perdu');
    await softDeleteAttachment(database.db, removed.id, coordinatorId);
    expect(await verifyAttachmentBlobs(database, store)).toEqual({ checked: 3, problems: [] });

    writeFileSync(path.join(store.root, removed.key.slice(0, 2), removed.key), 'محضر معدل');
    await store.discard(lost.key);
    const verdict = await verifyAttachmentBlobs(database, store);
    expect(verdict.checked).toBe(3);
    expect(verdict.problems).toEqual([
      { id: removed.id, fileName: 'محضر.txt', kind: 'changed' },
      { id: lost.id, fileName: 'perdu.txt', kind: 'missing' },
    ]);
    expect(verdict.problems.some((p) => p.id === kept.id)).toBe(false);
  });
});
