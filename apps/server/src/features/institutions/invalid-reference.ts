import { InvalidReferenceError } from '@tatabbu/db';
import { HttpError } from '../../http/errors.js';

const REASONS = {
  unknown: 'does not exist',
  inactive: 'is deactivated',
  cycle: 'cannot be the institution itself or one of its sub-units',
} as const;

/** A missing or deactivated institution named in a write is bad input (400), nothing changed. */
export async function withValidReferences<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof InvalidReferenceError) {
      throw new HttpError(400, 'validation_failed', {
        issues: [{ path: error.field, message: REASONS[error.reason], reason: error.reason }],
      });
    }
    throw error;
  }
}
