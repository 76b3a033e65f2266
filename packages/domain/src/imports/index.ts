export * from './formats.js';
export * from './problem-messages.js';
export * from './problems.js';
export * from './record.js';
