import { z } from 'zod';
import { uiLocaleSchema } from '../i18n/languages.js';
import { type NotificationKind, notificationKindSchema } from '../vocab/follow-up.js';
import { pageQuerySchema } from './common.js';
import { userCreateSchema, userSchema } from './users.js';

export const notificationSchema = z
  .object({
    id: z.uuid(),
    kind: notificationKindSchema,
    /** Ids, titles, the deadline, the reviewer's comment… as the event left them. */
    payload: z.record(z.string(), z.unknown()),
    /** Where in the web app the notification leads (a path under /app). */
    path: z.string(),
    createdAt: z.string(),
    readAt: z.string().nullable(),
  })
  .meta({ id: 'Notification' });
export type Notification = z.infer<typeof notificationSchema>;

export const notificationListQuerySchema = pageQuerySchema.extend({
  unreadOnly: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => v === 'true'),
});

export const notificationListSchema = z.object({
  items: z.array(notificationSchema),
  total: z.number().int(),
  unread: z.number().int(),
});
export type NotificationList = z.infer<typeof notificationListSchema>;

export const notificationPreferencesSchema = z.object({
  /** One e-mail a day gathering the notifications, instead of one e-mail each. */
  emailDigest: z.boolean(),
});
export type NotificationPreferences = z.infer<typeof notificationPreferencesSchema>;

const text = (payload: Record<string, unknown>, key: string) => {
  const value = payload[key];
  return typeof value === 'string' ? value : null;
};

/** The page of the web app a notification leads to, the same in the bell and in the e-mail. */
export function notificationPath(kind: NotificationKind, payload: Record<string, unknown>): string {
  const recommendationId = text(payload, 'recommendationId');
  const roundId = text(payload, 'roundId');
  const updateId = text(payload, 'updateId');
  switch (kind) {
    case 'assignment':
      return recommendationId ? `/app/recommendations/${recommendationId}` : '/app';
    case 'assignment_batch': {
      const institutionId = text(payload, 'institutionId');
      return institutionId ? `/app/recommendations?institution=${institutionId}` : '/app';
    }
    case 'submitted':
    case 'returned':
    case 'validated':
    case 'published':
      if (updateId) return `/app/updates/${updateId}`;
      return roundId ? `/app/rounds/${roundId}` : '/app';
    default:
      return roundId ? `/app/rounds/${roundId}` : '/app';
  }
}

// ---------------------------------------------------------------- invitations

/** Invite a new user by e-mail: the same fields as creating one, without a password. */
export const invitationCreateSchema = userCreateSchema;
export type InvitationCreate = z.infer<typeof invitationCreateSchema>;

export const invitationCreatedSchema = z.object({ user: userSchema, expiresAt: z.string() });

export const invitationTokenParamsSchema = z.object({ token: z.string().min(20).max(200) });

export const invitationSchema = z
  .object({
    email: z.string(),
    name: z.string(),
    locale: uiLocaleSchema.nullable(),
    invitedBy: z.string().nullable(),
    expiresAt: z.string(),
  })
  .meta({ id: 'Invitation' });
export type Invitation = z.infer<typeof invitationSchema>;

export const invitationAcceptSchema = z.object({ password: z.string().min(1).max(1024) });
