import type { ImportProblem } from '../../problems.js';
import type { RecommendationDraft } from '../../record.js';

/** A draft with the row (or line) of the source it came from. */
export interface DraftRow {
  row: number;
  draft: RecommendationDraft;
}

/** What every source parser returns: drafts of the rows it kept, and the problems it found. */
export interface ParseResult {
  drafts: DraftRow[];
  problems: ImportProblem[];
}
