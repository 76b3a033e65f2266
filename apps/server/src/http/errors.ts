import type { ErrorCode } from '@tatabbu/domain';

/** An error with an HTTP status and one of the API's error codes; its message is localised on output. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    readonly details?: unknown,
  ) {
    super(code);
  }
}

export const notFound = () => new HttpError(404, 'not_found');
export const forbidden = () => new HttpError(403, 'forbidden');
export const unauthenticated = () => new HttpError(401, 'unauthenticated');
