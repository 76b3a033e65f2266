import { FollowUpInputError, InvalidTransitionError } from '@tatabbu/db';
import { HttpError } from '../../http/errors.js';

/**
 * The follow-up workflow's own refusals as API errors: bad input names its field (400), a step
 * out of order says where the record stands (409).
 */
export async function withFollowUpErrors<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof FollowUpInputError) {
      throw new HttpError(400, 'validation_failed', {
        issues: [{ path: error.field, message: error.message }],
      });
    }
    if (error instanceof InvalidTransitionError) {
      throw new HttpError(409, 'step_not_allowed', {
        entity: error.entity,
        from: error.from,
        action: error.action,
      });
    }
    throw error;
  }
}
