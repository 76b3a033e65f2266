import { z } from 'zod';
import { attachmentOwnerSchema } from '../vocab/follow-up.js';

/** What an uploaded file may be, decided from its bytes (see `sniffMediaType`). */
export const ATTACHMENT_MEDIA_TYPES = [
  'application/pdf',
  'image/png',
  'image/jpeg',
  'image/webp',
  'image/gif',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  'application/vnd.oasis.opendocument.text',
  'application/vnd.oasis.opendocument.spreadsheet',
  'text/plain',
  'text/csv',
] as const;
export const attachmentMediaTypeSchema = z.enum(ATTACHMENT_MEDIA_TYPES);
export type AttachmentMediaType = z.infer<typeof attachmentMediaTypeSchema>;

/** Default largest evidence file (the server's TATABBU_ATTACHMENT_MAX_MB changes it). */
export const DEFAULT_ATTACHMENT_MAX_BYTES = 20 * 1024 * 1024;

export const attachmentSchema = z
  .object({
    id: z.uuid(),
    ownerType: attachmentOwnerSchema,
    ownerId: z.uuid(),
    fileName: z.string(),
    mediaType: z.string(),
    size: z.number().int().nonnegative(),
    sha256: z.string(),
    createdAt: z.string(),
    createdBy: z.object({ id: z.uuid(), name: z.string() }).nullable(),
    /** Set when removed; only coordinators and administrators see removed files. */
    deletedAt: z.string().nullable(),
    deletedBy: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  })
  .meta({ id: 'Attachment' });
export type Attachment = z.infer<typeof attachmentSchema>;

export const attachmentListSchema = z.object({
  items: z.array(attachmentSchema),
  /** Whether the caller may add and remove files here now. */
  canEdit: z.boolean(),
  /** Largest file accepted, in bytes. */
  maxBytes: z.number().int().positive(),
});
export type AttachmentList = z.infer<typeof attachmentListSchema>;

const includeDeleted = z
  .enum(['true', 'false'])
  .optional()
  .transform((v) => v === 'true');

export const attachmentListQuerySchema = z.object({
  ownerType: attachmentOwnerSchema,
  ownerId: z.uuid(),
  includeDeleted,
});

export const attachmentContentQuerySchema = z.object({ includeDeleted });

/** The text fields of an upload (multipart/form-data, besides the `file` part). */
export const attachmentUploadFieldsSchema = z.object({
  ownerType: attachmentOwnerSchema,
  ownerId: z.uuid(),
});
