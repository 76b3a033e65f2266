import { PlanReferenceError } from '@tatabbu/db';
import { HttpError } from '../../http/errors.js';

/** An axis of another plan, an unknown institution or recommendation: bad input (400), not a 404. */
export async function withKnownReferences<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof PlanReferenceError) {
      throw new HttpError(400, 'validation_failed', {
        issues: error.ids.map((id) => ({ path: error.field, message: `unknown or not allowed here: ${id}` })),
      });
    }
    throw error;
  }
}
