import { type Action, type Actor, can, type Resource } from '@tatabbu/domain';
import { HttpError } from './errors.js';

/** Route-side use of the one permission module: refuse with 403 when `can` says no. */
export function authorize(actor: Actor | null, action: Action, resource: Resource = {}): void {
  if (!can(actor, action, resource))
    throw new HttpError(actor ? 403 : 401, actor ? 'forbidden' : 'unauthenticated');
}
