import type { Position } from '../../../vocab/vocabularies.js';

/** The State's position from the words sources use (UHRI, UPR Info, French and Arabic tables). */
const PATTERNS: [RegExp, Position][] = [
  // "in part" first: "Accepted in part" must not read as "Accepted".
  [/partially|in part|partiel|en partie|جزئي/i, 'supported_in_part'],
  [/pending|general response|awaiting|no response|en attente|réponse générale|قيد/i, 'pending'],
  // Refusals before "supported": "non acceptée" and "غير مقبولة" contain the word for accepted.
  [
    /noted|rejected|not supported|not accepted|non accept|non soutenue?|notée?|rejetée?|أحيط|مرفوضة|غير مقبولة/i,
    'noted',
  ],
  [/supported|accepted|acceptée?|soutenue?|مقبولة|مؤيدة/i, 'supported'],
];

/** The position a label means; undefined when it means none of them. */
export function positionOf(label: string): Position | undefined {
  return PATTERNS.find(([pattern]) => pattern.test(label))?.[1];
}
