import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Bytes of a fixture in packages/domain/test-fixtures/imports/read/. */
export function fixture(name: string): Uint8Array {
  return readFileSync(
    fileURLToPath(new URL(`../../../../test-fixtures/imports/read/${name}`, import.meta.url)),
  );
}

export const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
