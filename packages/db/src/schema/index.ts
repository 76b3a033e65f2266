export * from './accounts.js';
export * from './audit.js';
export * from './imports.js';
export * from './recommendations.js';
export * from './reference.js';
