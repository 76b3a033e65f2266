export * from './inbox.js';
export * from './invitations.js';
export * from './outbox.js';
export * from './preferences.js';
export * from './runs.js';
export * from './sweep.js';
export { seedNotificationWorld } from './test-world.js';
