export { FollowUpInputError, InvalidTransitionError } from './errors.js';
export { loadHome } from './home.js';
export { addRoundItems, removeRoundItems } from './round-items.js';
export { createRound, getRound, listRounds, patchRound } from './rounds.js';
export { type FollowUpScope, followUpScope } from './scope.js';
export { loadFollowUpTimeline } from './timeline.js';
export { getUpdate, listUpdates } from './updates-read.js';
export { createUpdate, stepUpdate, type UpdateStep, updateFacts } from './updates-write.js';
