/**
 * A write names a related record that does not fit (an axis of another plan, an unknown
 * institution or recommendation): bad input, answered 400 with the field, nothing changed.
 */
export class PlanReferenceError extends Error {
  override readonly name = 'PlanReferenceError';
  constructor(
    readonly field: string,
    readonly ids: readonly string[],
  ) {
    super(`${field}: unknown or not allowed here (${ids.join(', ')})`);
  }
}
