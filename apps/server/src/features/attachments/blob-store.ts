import type { Readable } from 'node:stream';

/** What `put` wrote: its new key, how many bytes and their SHA-256 (hex). */
export interface StoredBlob {
  key: string;
  size: number;
  sha256: string;
}

/**
 * Where evidence files' bytes live. Keys are chosen by the store (random, never derived from a
 * file name) and `put` returns only once the bytes are durable. The local directory is the default;
 * an S3-like store can implement the same four calls.
 */
export interface BlobStore {
  put(source: Uint8Array | AsyncIterable<Uint8Array>): Promise<StoredBlob>;
  /** The bytes, or null when there is no such key (or the key is not one this store makes). */
  get(key: string): Promise<Readable | null>;
  has(key: string): Promise<boolean>;
  /** Forget bytes never referenced (an upload refused after it arrived). Removed files keep theirs. */
  discard(key: string): Promise<void>;
  /** Housekeeping at start-up: remove what interrupted writes left behind. */
  sweep?(): Promise<number>;
}

/** Keys are 256 random bits in hex: nothing else is ever turned into a path. */
export const BLOB_KEY = /^[0-9a-f]{64}$/;
