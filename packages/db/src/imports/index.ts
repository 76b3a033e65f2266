export {
  commitClaimedImport,
  commitImport,
  createImport,
  discardImport,
  getImport,
  type ImportPreviewSummary,
  listImports,
  MAX_STORED_PROBLEMS,
  markInterruptedImportsFailed,
  type ParsedImportInput,
  PROBLEMS_PAGE_SIZE,
  previewImport,
} from './jobs.js';
export { deleteMapping, getMapping, listMappings, saveMapping } from './mappings.js';
export { RECURRENCE_THRESHOLD } from './recurrence.js';
