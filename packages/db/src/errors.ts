/**
 * Errors the query layer throws for conditions the caller must answer to the user (the server maps
 * them to 409 / 404). Plain classes, so `instanceof` works across packages.
 */

/** A write was based on an older version of the record than the one stored (optimistic concurrency). */
export class StaleVersionError extends Error {
  override readonly name = 'StaleVersionError';
  constructor(
    /** What was being written, e.g. `user`. */
    readonly entity: string,
    readonly id: string,
    readonly expectedVersion: number,
    readonly currentVersion: number,
    readonly updatedAt: string,
    /** Who made the newer change, when the audit trail knows. */
    readonly updatedBy?: string | null,
  ) {
    super(
      `${entity} ${id} was changed by someone else (version ${currentVersion}, expected ${expectedVersion})`,
    );
  }
}

export class NotFoundError extends Error {
  override readonly name = 'NotFoundError';
  constructor(
    readonly entity: string,
    readonly id: string,
  ) {
    super(`${entity} ${id} not found`);
  }
}

/** The write would break a uniqueness rule (e.g. an e-mail address already in use). */
export class ConflictError extends Error {
  override readonly name = 'ConflictError';
  constructor(
    readonly entity: string,
    /** Which rule, e.g. `email`. */
    readonly field: string,
    message?: string,
  ) {
    super(message ?? `${entity}: ${field} already in use`);
  }
}
