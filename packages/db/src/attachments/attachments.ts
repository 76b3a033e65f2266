import type { Attachment, AttachmentOwner, UpdateStatus } from '@tatabbu/domain';
import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { recordAudit } from '../audit/record.js';
import { toIso, toIsoOrNull } from '../audit/sql.js';
import type { Db, Tx } from '../connection.js';
import { publicSubject } from '../followup/scope.js';
import { actionPlans, attachments, measures, progressUpdates, users } from '../schema/index.js';

/** What the permission rules need to know about the record a file belongs to. */
export type AttachmentOwnerFacts =
  /** `published`: the update's subject (recommendation, measure's plan) is public. */
  | { ownerType: 'progress_update'; institutionId: string; status: UpdateStatus; published: boolean }
  | { ownerType: 'measure'; published: boolean };

/** The facts about the owner; `lock` holds its row (FOR SHARE) until the transaction ends. */
export async function getAttachmentOwner(
  db: Db | Tx,
  ownerType: AttachmentOwner,
  ownerId: string,
  { lock = false } = {},
): Promise<AttachmentOwnerFacts | null> {
  if (ownerType === 'progress_update') {
    const query = db
      .select({
        institutionId: progressUpdates.institutionId,
        status: progressUpdates.status,
        published: sql<boolean>`${publicSubject(sql.raw('progress_updates'))}`,
      })
      .from(progressUpdates)
      .where(eq(progressUpdates.id, ownerId));
    const [row] = lock ? await query.for('share') : await query;
    return row ? { ownerType, ...row } : null;
  }
  const query = db
    .select({ published: actionPlans.published })
    .from(measures)
    .innerJoin(actionPlans, eq(actionPlans.id, measures.planId))
    .where(eq(measures.id, ownerId));
  const [row] = lock ? await query.for('share') : await query;
  return row ? { ownerType, ...row } : null;
}

/** A stored attachment row with where its bytes are (never sent to clients). */
export interface StoredAttachment extends Attachment {
  storageKey: string;
}

const creator = alias(users, 'creator');
const remover = alias(users, 'remover');

function selectAttachments(db: Db) {
  return db
    .select({
      row: attachments,
      creatorName: creator.name,
      removerName: remover.name,
    })
    .from(attachments)
    .leftJoin(creator, eq(creator.id, attachments.createdBy))
    .leftJoin(remover, eq(remover.id, attachments.deletedBy));
}

interface Selected {
  row: typeof attachments.$inferSelect;
  creatorName: string | null;
  removerName: string | null;
}

function toAttachment({ row, creatorName, removerName }: Selected): StoredAttachment {
  return {
    id: row.id,
    ownerType: row.ownerType,
    ownerId: row.ownerId,
    fileName: row.fileName,
    mediaType: row.mediaType,
    size: row.size,
    sha256: row.sha256,
    createdAt: toIso(row.createdAt),
    createdBy: row.createdBy ? { id: row.createdBy, name: creatorName ?? '' } : null,
    deletedAt: toIsoOrNull(row.deletedAt),
    deletedBy: row.deletedBy ? { id: row.deletedBy, name: removerName ?? '' } : null,
    storageKey: row.storageKey,
  };
}

/** Drops the storage key: what the API shows. */
export function publicAttachment({ storageKey: _key, ...attachment }: StoredAttachment): Attachment {
  return attachment;
}

export async function listAttachments(
  db: Db,
  ownerType: AttachmentOwner,
  ownerId: string,
  options: { includeDeleted?: boolean } = {},
): Promise<StoredAttachment[]> {
  const rows = await selectAttachments(db)
    .where(
      and(
        eq(attachments.ownerType, ownerType),
        eq(attachments.ownerId, ownerId),
        options.includeDeleted ? undefined : isNull(attachments.deletedAt),
      ),
    )
    .orderBy(asc(attachments.createdAt), asc(attachments.id));
  return rows.map(toAttachment);
}

export async function getAttachment(db: Db, id: string): Promise<StoredAttachment | null> {
  const [row] = await selectAttachments(db).where(eq(attachments.id, id));
  return row ? toAttachment(row) : null;
}

export interface NewAttachment {
  ownerType: AttachmentOwner;
  ownerId: string;
  fileName: string;
  mediaType: string;
  size: number;
  sha256: string;
  storageKey: string;
}

/** What the audit trail keeps about a file: enough to find and check its bytes later. */
const auditView = (a: NewAttachment & { id: string }) => ({
  id: a.id,
  ownerType: a.ownerType,
  ownerId: a.ownerId,
  fileName: a.fileName,
  mediaType: a.mediaType,
  size: a.size,
  sha256: a.sha256,
  storageKey: a.storageKey,
});

/**
 * Records an uploaded file (its bytes already stored) with its audit event, in one transaction.
 * `allowed` is asked again with the owner's row held, so a file cannot slip into an update that
 * was submitted while the bytes were arriving; returns null when it says no.
 */
export async function createAttachment(
  db: Db,
  input: NewAttachment,
  actorId: string,
  allowed: (owner: AttachmentOwnerFacts) => boolean = () => true,
): Promise<string | null> {
  return db.transaction(async (tx) => {
    const owner = await getAttachmentOwner(tx, input.ownerType, input.ownerId, { lock: true });
    if (!owner || !allowed(owner)) return null;
    const [row] = await tx
      .insert(attachments)
      .values({ ...input, createdBy: actorId })
      .returning();
    if (!row) throw new Error('attachment insert returned nothing');
    await recordAudit(tx, {
      actorId,
      action: 'attachment.create',
      entity: 'attachment',
      entityId: row.id,
      after: auditView(row),
    });
    return row.id;
  });
}

/**
 * Removes a file from its list, keeping the bytes; false when it was already removed, never existed,
 * or `allowed` refuses once the owner's row is held.
 */
export async function softDeleteAttachment(
  db: Db,
  id: string,
  actorId: string,
  allowed: (owner: AttachmentOwnerFacts) => boolean = () => true,
): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [current] = await tx.select().from(attachments).where(eq(attachments.id, id));
    const owner =
      current && (await getAttachmentOwner(tx, current.ownerType, current.ownerId, { lock: true }));
    if (!owner || !allowed(owner)) return false;
    const [row] = await tx
      .update(attachments)
      .set({ deletedAt: sql`now()`, deletedBy: actorId })
      .where(and(eq(attachments.id, id), isNull(attachments.deletedAt)))
      .returning();
    if (!row) return false;
    await recordAudit(tx, {
      actorId,
      action: 'attachment.delete',
      entity: 'attachment',
      entityId: id,
      before: { ...auditView(row), deletedAt: null },
      after: { ...auditView(row), deletedAt: toIsoOrNull(row.deletedAt) },
    });
    return true;
  });
}

/** Every file ever stored (removed ones too), in upload order: for checking the blob store. */
export async function listAllAttachmentBlobs(db: Db) {
  return db
    .select({
      id: attachments.id,
      fileName: attachments.fileName,
      size: attachments.size,
      sha256: attachments.sha256,
      storageKey: attachments.storageKey,
    })
    .from(attachments)
    .orderBy(asc(attachments.createdAt), asc(attachments.id));
}
