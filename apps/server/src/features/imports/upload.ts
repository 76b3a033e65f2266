import { MAX_UPLOAD_BYTES } from '@tatabbu/domain';
import type { FastifyRequest } from 'fastify';
import { HttpError } from '../../http/errors.js';
import { fileTooLarge } from './problems.js';

/** Limits of one upload: one file, a handful of small fields (a mapping is at most 20 kB of JSON). */
export const UPLOAD_LIMITS = {
  fileSize: MAX_UPLOAD_BYTES,
  files: 1,
  fields: 10,
  fieldSize: 21_000,
  parts: 12,
} as const;

export interface Upload {
  fileName: string;
  bytes: Uint8Array;
  fields: Record<string, string>;
}

const isTooLarge = (err: unknown) =>
  err instanceof Error && 'code' in err && err.code === 'FST_REQ_FILE_TOO_LARGE';

/** Reads the multipart body: the file (whatever its position among the fields) and the text fields. */
export async function readUpload(req: FastifyRequest): Promise<Upload> {
  if (!req.isMultipart())
    throw new HttpError(415, 'validation_failed', { reason: 'multipart/form-data expected' });
  let file: { fileName: string; bytes: Uint8Array } | null = null;
  const fields: Record<string, string> = {};
  try {
    for await (const part of req.parts()) {
      if (part.type === 'file') {
        const buffer = await part.toBuffer();
        file = { fileName: part.filename || 'upload', bytes: new Uint8Array(buffer) };
      } else if (typeof part.value === 'string') {
        fields[part.fieldname] = part.value;
      }
    }
  } catch (err) {
    if (isTooLarge(err)) throw fileTooLarge();
    throw new HttpError(400, 'validation_failed', {
      reason: err instanceof Error ? err.message : 'bad upload',
    });
  }
  if (!file)
    throw new HttpError(400, 'validation_failed', { issues: [{ path: 'file', message: 'file expected' }] });
  return { ...file, fields };
}
