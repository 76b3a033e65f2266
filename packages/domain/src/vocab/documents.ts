/**
 * Generated documents (issue 5): what can be generated, and where a generation job stands.
 * `matrix` is the implementation matrix (XLSX); the others are Word documents (DOCX).
 */
export const DOCUMENT_KINDS = ['matrix', 'report', 'institution_sheet', 'measure_cards'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export const DOCUMENT_STATUSES = ['queued', 'running', 'done', 'failed'] as const;
export type DocumentStatus = (typeof DOCUMENT_STATUSES)[number];

/** Report drafts the mechanism prepares (UPR national or mid-term report, treaty-body report). */
export const REPORT_TYPES = ['upr_national', 'upr_midterm', 'treaty_body'] as const;
export type ReportType = (typeof REPORT_TYPES)[number];

/**
 * What a personal API token may do. `read` acts with the owner's read rights only; `write` also
 * with their write rights. A token never has more rights than its owner.
 */
export const API_TOKEN_SCOPES = ['read', 'write'] as const;
export type ApiTokenScope = (typeof API_TOKEN_SCOPES)[number];
