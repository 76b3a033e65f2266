export {
  countDocumentRecommendations,
  type DocumentMeasureRef,
  type DocumentRecommendation,
  type DocumentUpdate,
  documentRecommendationBatches,
  measuresOf,
  validatedUpdatesOf,
} from './follow-up-data.js';
export {
  claimDocumentJob,
  createDocumentJob,
  DOCUMENT_TTL_HOURS,
  failDocumentJob,
  finishDocumentJob,
  getDocumentJob,
  listMyDocumentJobs,
  markInterruptedDocumentJobsFailed,
  type StoredDocumentJob,
  setDocumentProgress,
  sweepExpiredDocumentJobs,
} from './jobs.js';
export {
  documentSubjectExists,
  type InstitutionSheetData,
  loadInstitutionSheet,
  loadMeasureCards,
  type MeasureCard,
  type MeasureCardsData,
} from './sheet-data.js';
