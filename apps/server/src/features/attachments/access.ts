import type { AttachmentOwnerFacts } from '@tatabbu/db';
import { type Actor, can } from '@tatabbu/domain';

/** Updates whose files their institution may still change: the ones it is (again) writing. */
const EDITABLE_UPDATE_STATUSES = new Set(['draft', 'returned']);

/** Who may see the files of a record, and who may add or remove them now, decided by the record. */
export function attachmentAccess(actor: Actor | null, owner: AttachmentOwnerFacts) {
  if (owner.ownerType === 'progress_update') {
    const { institutionId, status, published } = owner;
    return {
      read: can(actor, 'update.read', { institutionId, updateStatus: status, published }),
      write: can(actor, 'update.draft', { institutionId }) && EDITABLE_UPDATE_STATUSES.has(status),
    };
  }
  return {
    read: can(actor, 'plan.read', { published: owner.published }),
    write: can(actor, 'plan.manage'),
  };
}

/** Removed files stay reachable to those who read the audit trail (coordinators, administrators). */
export const mayReadRemoved = (actor: Actor | null) => can(actor, 'audit.read');
