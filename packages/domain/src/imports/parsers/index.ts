// Import parsers (Node only: kept out of the main entry so the web bundle stays small).
export * from './detect-format.js';
export * from './mapping/map-table.js';
export * from './mapping/suggest-mapping.js';
export {
  detectImportFormat,
  type ParsedImport,
  type ParseImportOptions,
  parseImport,
} from './parse-import.js';
export * from './read/decode-text.js';
export * from './read/import-file-error.js';
export * from './read/read-csv.js';
export * from './read/read-table.js';
export * from './read/read-xlsx.js';
export * from './read/zip-guard.js';
export { parseExchange } from './sources/exchange.js';
export {
  EXCHANGE_SCHEMA_PATH,
  exchangeJsonSchema,
  exchangeJsonSchemaText,
} from './sources/exchange-json-schema.js';
export { mechanismOfBody, mechanismOfSymbol } from './sources/mechanisms.js';
export type { DraftRow, ParseResult } from './sources/parse-result.js';
export { parseUhriJson } from './sources/uhri-json.js';
export { parseUhriTable } from './sources/uhri-table.js';
export { parseUnText, type UnTextOptions } from './sources/un-text.js';
export { parseUprInfoTable } from './sources/upr-info.js';
export { type ValidatedRecords, validateDrafts } from './validate.js';
