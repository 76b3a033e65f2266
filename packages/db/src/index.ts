export * from './connection.js';
export * as schema from './schema/index.js';
export { openTestDatabase } from './testing.js';
export * from './reference/load.js';
export * from './errors.js';
export * from './audit/index.js';
export * from './accounts/index.js';
export * from './recommendations/index.js';
export * from './demo/morocco.js';
