import type { RecordTerm } from '../../record.js';
import { asciiDigits } from './cells.js';

const MAX_LABEL = 500;
const label = (text: string) => text.trim().slice(0, MAX_LABEL);

/** Source labels of one vocabulary, e.g. UHRI themes or UPR Info issues; the resolver maps them to codes. */
export const labelTerms = (vocabulary: RecordTerm['vocabulary'], labels: string[]): RecordTerm[] =>
  labels.map((text) => ({ vocabulary, label: label(text) }));

const TARGET = /^(\d{1,2})\.(\d{1,2}|[a-z])\b/;
const GOAL = /^(?:goal|sdg|objectif|odd|الهدف)?\s*(\d{1,2})\b(?!\.\w)/i;

/**
 * SDG labels as UHRI writes them: "16.3 - Promote the rule of law…" is target 16.3,
 * "Goal 5" or "5 - Achieve gender equality…" is goal 5. Labels without a number stay labels.
 */
export function sdgTerm(text: string): RecordTerm {
  const plain = asciiDigits(text.trim());
  const target = TARGET.exec(plain);
  if (target)
    return { vocabulary: 'sdg_target', code: `${Number(target[1])}.${target[2]}`, label: label(text) };
  const goal = GOAL.exec(plain);
  if (goal && Number(goal[1]) >= 1 && Number(goal[1]) <= 17)
    return { vocabulary: 'sdg_goal', code: String(Number(goal[1])), label: label(text) };
  return { vocabulary: 'sdg_target', label: label(text) };
}
