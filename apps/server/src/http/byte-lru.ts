/**
 * A least-recently-used map bounded by the bytes of its values (not their number): a cache of
 * answers must not grow with the size of the answers it happens to hold.
 */
export class ByteLru<V extends { bytes: number }> {
  private readonly entries = new Map<string, V>();
  private used = 0;

  constructor(readonly maxBytes: number) {}

  get size(): number {
    return this.entries.size;
  }

  get bytes(): number {
    return this.used;
  }

  get(key: string): V | undefined {
    const value = this.entries.get(key);
    if (value) {
      // Map keeps insertion order: re-inserting makes this the most recently used.
      this.entries.delete(key);
      this.entries.set(key, value);
    }
    return value;
  }

  /** Stores a value, evicting the least recently used ones; a value too large for the cap is skipped. */
  set(key: string, value: V): void {
    const cost = value.bytes + key.length;
    if (cost > this.maxBytes) return;
    this.delete(key);
    this.entries.set(key, value);
    this.used += cost;
    for (const oldest of this.entries.keys()) {
      if (this.used <= this.maxBytes) break;
      this.delete(oldest);
    }
  }

  delete(key: string): void {
    const value = this.entries.get(key);
    if (!value) return;
    this.entries.delete(key);
    this.used -= value.bytes + key.length;
  }

  clear(): void {
    this.entries.clear();
    this.used = 0;
  }
}
