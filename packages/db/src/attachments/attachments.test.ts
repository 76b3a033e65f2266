import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../accounts/users.js';
import type { Database } from '../connection.js';
import {
  actionPlans,
  attachments,
  auditEvents,
  institutions,
  measures,
  progressUpdates,
  rounds,
} from '../schema/index.js';
import { openTestDatabase } from '../testing.js';
import {
  createAttachment,
  getAttachmentOwner,
  listAttachments,
  softDeleteAttachment,
} from './attachments.js';

let database: Database;
let updateId: string;
let measureId: string;
let userId: string;

const file = (ownerId: string, n: number) => ({
  ownerType: 'progress_update' as const,
  ownerId,
  fileName: `preuve-${n}.pdf`,
  mediaType: 'application/pdf',
  size: 100 + n,
  sha256: String(n).repeat(64).slice(0, 64),
  storageKey: `${n}`.padStart(64, 'f'),
});

beforeAll(async () => {
  database = await openTestDatabase();
  const { db } = database;
  const [inst] = await db
    .insert(institutions)
    .values({ code: 'MJ', name: { fr: 'Justice' } })
    .returning();
  const [plan] = await db
    .insert(actionPlans)
    .values({ code: 'P', name: { fr: 'P' } })
    .returning();
  const [measure] = await db
    .insert(measures)
    .values({ planId: plan?.id as string, number: '1' })
    .returning();
  const [round] = await db
    .insert(rounds)
    .values({ title: { fr: 'R' }, deadline: '2026-12-31' })
    .returning();
  const [update] = await db
    .insert(progressUpdates)
    .values({ roundId: round?.id as string, measureId: measure?.id, institutionId: inst?.id as string })
    .returning();
  updateId = update?.id as string;
  const user = await createUser(
    db,
    {
      email: 'focal@example.org',
      name: 'Focal',
      role: 'focal_point',
      institutionId: inst?.id as string,
      organizationId: null,
      passwordHash: 'x',
      mustChangePassword: false,
    },
    null,
  );
  userId = user.id;
  measureId = measure?.id as string;
});

afterAll(async () => {
  await database?.close();
});

describe('attachments queries', () => {
  it('tells what the permission rules need about the owner, or null for an unknown one', async () => {
    expect(await getAttachmentOwner(database.db, 'progress_update', updateId)).toMatchObject({
      ownerType: 'progress_update',
      status: 'draft',
    });
    expect(await getAttachmentOwner(database.db, 'measure', measureId)).toEqual({
      ownerType: 'measure',
      published: false,
    });
    expect(await getAttachmentOwner(database.db, 'measure', updateId)).toBeNull();
  });

  it('re-asks the permission with the owner row held: an update submitted meanwhile gets no file and no event', async () => {
    await database.db
      .update(progressUpdates)
      .set({ status: 'submitted' })
      .where(eq(progressUpdates.id, updateId));
    const id = await createAttachment(database.db, file(updateId, 1), userId, (owner) =>
      owner.ownerType === 'progress_update' ? owner.status === 'draft' : false,
    );
    expect(id).toBeNull();
    expect(await database.db.select().from(attachments)).toEqual([]);
    expect((await database.db.select().from(auditEvents)).filter((e) => e.entity === 'attachment')).toEqual(
      [],
    );
    await database.db
      .update(progressUpdates)
      .set({ status: 'draft' })
      .where(eq(progressUpdates.id, updateId));
  });

  it('lists files oldest first; a removed one leaves the list but not the table, and is removed once', async () => {
    const first = await createAttachment(database.db, file(updateId, 2), userId);
    const second = await createAttachment(database.db, file(updateId, 3), userId);
    expect((await listAttachments(database.db, 'progress_update', updateId)).map((a) => a.id)).toEqual([
      first,
      second,
    ]);
    expect(await softDeleteAttachment(database.db, first as string, userId)).toBe(true);
    expect(await softDeleteAttachment(database.db, first as string, userId)).toBe(false);
    expect((await listAttachments(database.db, 'progress_update', updateId)).map((a) => a.id)).toEqual([
      second,
    ]);
    const all = await listAttachments(database.db, 'progress_update', updateId, { includeDeleted: true });
    expect(all.find((a) => a.id === first)?.deletedAt).toBeTruthy();
    const actions = (await database.db.select().from(auditEvents))
      .filter((e) => e.entity === 'attachment')
      .map((e) => e.action);
    expect(actions).toEqual(['attachment.create', 'attachment.create', 'attachment.delete']);
  });
});
