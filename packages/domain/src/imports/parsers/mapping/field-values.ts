import { CONTENT_LANGS, type ContentLang } from '../../../i18n/languages.js';
import type { ImplementationStatus, Position } from '../../../vocab/vocabularies.js';
import { positionOf } from '../sources/positions.js';
import { fold } from './fold.js';

/** Folded words → value, tried in order; the first pattern found in the folded label wins. */
type Words<T> = [RegExp, T][];

// Spellings the source parsers' `positionOf` leaves out, seen in national tracking spreadsheets.
const MORE_POSITIONS: Words<Position> = [
  [/\bpris note\b|\bprend note\b|\bprise en note\b|اخذ علما|احيط|\bnote\b|\breject/, 'noted'],
  [/\bsupport\b|\baccept|\bappuy|\bsoutien|تاييد|مقبول|قبلت|\bagreed\b/, 'supported'],
];

/** "Non acceptée", "not supported", "غير مقبولة": a refusal, which UPR records as noted. */
const REFUSED = /\b(non|not|pas)\b.*\b(accept|support|soutenu|appuy)|غير مقبول|غير مويد|مرفوض/;

/** The State's position from the many ways people write it in ar/fr/en; undefined when unreadable. */
export function readPosition(label: string): Position | undefined {
  const folded = fold(label);
  if (REFUSED.test(folded)) return 'noted';
  return positionOf(label) ?? firstMatch(MORE_POSITIONS, folded);
}

const STATUSES: Words<ImplementationStatus> = [
  [/partiel|partial|en partie|in part|جزئ/, 'partially_implemented'],
  [/not applicable|sans objet|non applicable|\bn a\b|لا ينطبق|غير قابل/, 'not_applicable'],
  [
    /not started|non realise|non commence|pas commence|not implemented|non mis en oeuvre|لم (ينفذ|تنفذ|يبدا|تبدا)|غير منفذ/,
    'not_started',
  ],
  [/in progress|en cours|ongoing|قيد التنفيذ|(^| )جار/, 'in_progress'],
  [/continu|permanent|مستمر|متواصل/, 'continuous'],
  [/\bimplemented|realise|mis en oeuvre|acheve|منفذ|تم التنفيذ|انجز/, 'implemented'],
];

/** Implementation status from its code or a label ("Réalisé", "En cours", "قيد التنفيذ"…). */
export function readStatus(label: string): ImplementationStatus | undefined {
  return firstMatch(STATUSES, fold(label));
}

const LANGUAGES: Words<ContentLang> = [
  [/^ar$|arab|عرب/, 'ar'],
  [/^fr$|fran|فرنس/, 'fr'],
  [/^en$|engl|angl|انجليز|انكليز/, 'en'],
  [/^es$|span|espa|اسبان/, 'es'],
];

/** A content language from its code or name in ar/fr/en. */
export function readLanguage(label: string): ContentLang | undefined {
  const folded = fold(label);
  if ((CONTENT_LANGS as readonly string[]).includes(folded)) return folded as ContentLang;
  return firstMatch(LANGUAGES, folded);
}

function firstMatch<T>(words: Words<T>, folded: string): T | undefined {
  return words.find(([pattern]) => pattern.test(folded))?.[1];
}
