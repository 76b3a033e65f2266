export { type ClassificationChange, classifyRecommendation } from './classify.js';
export { type BulkTarget, type BulkTermChange, bulkClassify } from './classify-bulk.js';
export { UnknownTermsError } from './classify-terms.js';
export { EXPORT_BATCH_SIZE, type ExportRecommendation, exportRecommendationBatches } from './export-rows.js';
export { getRecommendation } from './get.js';
export { getRecommendationHistory, loadRecurrenceChain, loadTimeline } from './history.js';
export { listRecommendations } from './list.js';
