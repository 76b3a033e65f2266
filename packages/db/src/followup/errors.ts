/**
 * Errors of the follow-up workflow the server answers to the user (400 / 409). Plain classes, so
 * `instanceof` works across packages.
 */

/** The request names something that cannot be used (an unknown institution, an item not in the round …). */
export class FollowUpInputError extends Error {
  override readonly name = 'FollowUpInputError';
  constructor(
    /** The request field at fault, e.g. `institutionIds`. */
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

/** The step is not possible from where the record is now (submit a validated update, reopen a round …). */
export class InvalidTransitionError extends Error {
  override readonly name = 'InvalidTransitionError';
  constructor(
    readonly entity: 'round' | 'progress_update',
    readonly from: string,
    readonly action: string,
  ) {
    super(`${entity}: cannot ${action} from ${from}`);
  }
}
