import type { ContentLang } from '../../../i18n/languages.js';
import type { RecommendationDraft } from '../../record.js';
import { readObservationEntries } from './concluding-observations.js';
import { detectLanguage } from './language.js';
import { DOCUMENT_SYMBOL, mechanismOfSymbol } from './mechanisms.js';
import type { ParseResult } from './parse-result.js';
import { prepareText } from './un-text-lines.js';
import { readUprEntries } from './upr-report.js';

export interface UnTextOptions {
  /** Document symbol, e.g. "A/HRC/36/6"; found in the text when not given. */
  symbol?: string;
  /** Mechanism code; derived from the symbol when not given. */
  mechanism?: string;
  /** Language of the text; detected when not given. */
  language?: ContentLang;
}

const fileProblem = (column: string): ParseResult => ({
  drafts: [],
  problems: [{ code: 'required_missing', severity: 'error', column }],
});

/**
 * Recommendations pasted or extracted from a UN document, in Arabic, French or English: the
 * recommendations section of a UPR working-group report ("144.1 … (Uruguay);") or treaty-body
 * concluding observations ("The Committee recommends that the State party: (a) …"). Rows are
 * the line numbers where each recommendation starts.
 */
export function parseUnText(raw: string, options: UnTextOptions = {}): ParseResult {
  const symbol = options.symbol?.trim() || DOCUMENT_SYMBOL.exec(raw)?.[0];
  if (!symbol) return fileProblem('symbol');
  const mechanism = options.mechanism?.trim() || mechanismOfSymbol(symbol);
  if (!mechanism) return fileProblem('mechanism');

  const prepared = prepareText(raw);
  const lang = options.language ?? detectLanguage(prepared.text, 'en');
  const base = (paragraph: string, text: string): RecommendationDraft => ({
    key: `${symbol} §${paragraph}`,
    mechanism,
    document: { symbol },
    paragraph,
    text: { [lang]: text },
    originalLang: lang,
  });

  const drafts =
    mechanism === 'UPR'
      ? readUprEntries(prepared).map((entry) => ({
          row: entry.line,
          draft: { ...base(entry.paragraph, entry.text), recommendingStates: entry.states },
        }))
      : readObservationEntries(prepared).map((entry) => ({
          row: entry.line,
          draft: base(entry.paragraph, entry.text),
        }));
  return {
    drafts,
    problems: drafts.length ? [] : [{ code: 'no_recommendations_found', severity: 'error' }],
  };
}
