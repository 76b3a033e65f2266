export { getRecommendation } from './get.js';
export { listRecommendations } from './list.js';
