export { dimensionChart } from './by-dimension.js';
export { countByStatus, countSelected, statusTrend } from './counts.js';
export { loadDashboard } from './dashboard.js';
export { openRoundCompletion } from './rounds.js';
