import { z } from 'zod';

/**
 * The life of a progress update (DESIGN §2): contributors and focal points draft, focal points
 * submit, the coordinator returns (with a comment) or validates, then publishes. A returned update
 * goes back to its institution, which edits and resubmits it.
 */
export const UPDATE_STATUSES = ['draft', 'submitted', 'returned', 'validated', 'published'] as const;
export const updateStatusSchema = z.enum(UPDATE_STATUSES);
export type UpdateStatus = z.infer<typeof updateStatusSchema>;

/** Statuses the public, CSO members and observers may see. */
export const PUBLIC_UPDATE_STATUSES: readonly UpdateStatus[] = ['published'];

/** A workflow step, as recorded in each kept version of an update. */
export const UPDATE_ACTIONS = ['create', 'save', 'submit', 'return', 'validate', 'publish'] as const;
export const updateActionSchema = z.enum(UPDATE_ACTIONS);
export type UpdateAction = z.infer<typeof updateActionSchema>;

/** Which transitions each step allows: from → step → to. */
export const UPDATE_TRANSITIONS: Record<
  Exclude<UpdateAction, 'create'>,
  { from: readonly UpdateStatus[]; to: UpdateStatus | null }
> = {
  // Saving keeps the status; a submitted update is frozen until the coordinator returns it.
  save: { from: ['draft', 'returned'], to: null },
  submit: { from: ['draft', 'returned'], to: 'submitted' },
  return: { from: ['submitted'], to: 'returned' },
  validate: { from: ['submitted'], to: 'validated' },
  publish: { from: ['validated'], to: 'published' },
};

/** The status after `action`, or null when the action is not allowed from `status`. */
export function nextUpdateStatus(status: UpdateStatus, action: Exclude<UpdateAction, 'create'>) {
  const rule = UPDATE_TRANSITIONS[action];
  if (!rule.from.includes(status)) return null;
  return rule.to ?? status;
}

/** A follow-up round: prepared, open to institutions, then closed. */
export const ROUND_STATUSES = ['draft', 'open', 'closed'] as const;
export const roundStatusSchema = z.enum(ROUND_STATUSES);
export type RoundStatus = z.infer<typeof roundStatusSchema>;

/** What a notification tells its recipient (DESIGN §2 "Notification"). */
export const NOTIFICATION_KINDS = [
  'assignment',
  /** Several recommendations assigned to the institution at once (a bulk assignment). */
  'assignment_batch',
  'round_opened',
  'deadline_7d',
  'deadline_1d',
  'overdue',
  'submitted',
  'returned',
  'validated',
  'published',
  'invitation',
] as const;
export const notificationKindSchema = z.enum(NOTIFICATION_KINDS);
export type NotificationKind = z.infer<typeof notificationKindSchema>;

/** What an attachment (evidence file) belongs to. */
export const ATTACHMENT_OWNERS = ['progress_update', 'measure'] as const;
export const attachmentOwnerSchema = z.enum(ATTACHMENT_OWNERS);
export type AttachmentOwner = z.infer<typeof attachmentOwnerSchema>;
