import { buffer } from 'node:stream/consumers';
import type { MultipartFile } from '@fastify/multipart';
import {
  createAttachment,
  type Database,
  getAttachment,
  getAttachmentOwner,
  type NewAttachment,
  publicAttachment,
} from '@tatabbu/db';
import { type Actor, type Attachment, attachmentUploadFieldsSchema, sniffMediaType } from '@tatabbu/domain';
import type { FastifyRequest } from 'fastify';
import { HttpError } from '../../http/errors.js';
import { attachmentAccess } from './access.js';
import type { BlobStore } from './blob-store.js';
import { cleanFileName } from './content-disposition.js';

const tooLarge = (maxBytes: number) => new HttpError(413, 'file_too_large', { limitBytes: maxBytes });

const isMultipartLimit = (err: unknown) =>
  err instanceof Error && 'code' in err && err.code === 'FST_REQ_FILE_TOO_LARGE';

/**
 * The owner named by the fields, checked before one byte of the file is stored: someone who may not
 * see it learns nothing (404), someone who may see it but not change it now gets 403.
 */
async function ownerForUpload(database: Database, actor: Actor, fields: Record<string, string>) {
  const parsed = attachmentUploadFieldsSchema.safeParse(fields);
  if (!parsed.success) {
    throw new HttpError(400, 'validation_failed', {
      issues: parsed.error.issues,
      reason: 'the ownerType and ownerId fields must come before the file',
    });
  }
  const { ownerType, ownerId } = parsed.data;
  const owner = await getAttachmentOwner(database.db, ownerType, ownerId);
  const access = owner ? attachmentAccess(actor, owner) : null;
  if (!owner || !access?.read) throw new HttpError(404, 'not_found');
  if (!access.write) throw new HttpError(403, 'forbidden');
  return { ownerType, ownerId };
}

/** Streams the file into the store, then keeps it only if its bytes are of an accepted type. */
async function storeFile(
  store: BlobStore,
  part: MultipartFile,
  maxBytes: number,
): Promise<{ key: string; size: number; sha256: string; mediaType: string }> {
  const stored = await store.put(part.file);
  if (part.file.truncated) {
    await store.discard(stored.key);
    throw tooLarge(maxBytes);
  }
  const stream = await store.get(stored.key);
  const bytes = stream ? new Uint8Array(await buffer(stream)) : new Uint8Array();
  const sniffed = sniffMediaType(bytes, part.filename ?? '');
  if (!sniffed.ok) {
    await store.discard(stored.key);
    throw new HttpError(422, sniffed.reason === 'empty' ? 'file_empty' : 'file_type_refused');
  }
  return { ...stored, mediaType: sniffed.mediaType };
}

export interface UploadContext {
  database: Database;
  store: BlobStore;
  maxBytes: number;
}

/**
 * One evidence file from a multipart request whose `ownerType` and `ownerId` fields come before the
 * `file` part: permission first, then the bytes (streamed, size-limited, type sniffed), then — once
 * the whole request was read without error — the row and its audit event.
 */
export async function receiveUpload(
  req: FastifyRequest,
  actor: Actor,
  { database, store, maxBytes }: UploadContext,
): Promise<Attachment> {
  if (!req.isMultipart())
    throw new HttpError(415, 'validation_failed', { reason: 'multipart/form-data expected' });
  const fields: Record<string, string> = {};
  let received: NewAttachment | null = null;
  try {
    for await (const part of req.parts()) {
      if (part.type === 'field') {
        if (typeof part.value === 'string') fields[part.fieldname] = part.value;
        continue;
      }
      if (part.fieldname !== 'file') {
        part.file.resume();
        continue;
      }
      const owner = await ownerForUpload(database, actor, fields);
      const { key, ...file } = await storeFile(store, part, maxBytes);
      received = { ...owner, ...file, storageKey: key, fileName: cleanFileName(part.filename) };
    }
  } catch (err) {
    if (received) await store.discard(received.storageKey);
    if (isMultipartLimit(err)) throw tooLarge(maxBytes);
    throw err;
  }
  if (!received)
    throw new HttpError(400, 'validation_failed', { issues: [{ path: 'file', message: 'file expected' }] });
  const stored = received;
  const id = await createAttachment(
    database.db,
    stored,
    actor.id,
    (owner) => attachmentAccess(actor, owner).write,
  ).catch(async (error: unknown) => {
    await store.discard(stored.storageKey);
    throw error;
  });
  if (!id) {
    // The owner changed while the file was arriving (e.g. the update was submitted).
    await store.discard(stored.storageKey);
    throw new HttpError(403, 'forbidden');
  }
  const row = await getAttachment(database.db, id);
  if (!row) throw new HttpError(404, 'not_found');
  return publicAttachment(row);
}
