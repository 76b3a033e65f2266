/**
 * A write that names something it may not use (a missing or deactivated institution, a parent that
 * would make a cycle). The server answers 400 with the field and the reason; nothing is changed.
 */
export class InvalidReferenceError extends Error {
  override readonly name = 'InvalidReferenceError';
  constructor(
    readonly field: string,
    readonly reason: 'unknown' | 'inactive' | 'cycle',
  ) {
    super(`${field}: ${reason}`);
  }
}
