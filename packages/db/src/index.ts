export * from './connection.js';
export * as schema from './schema/index.js';
export { openTestDatabase } from './testing.js';
export * from './reference/load.js';
