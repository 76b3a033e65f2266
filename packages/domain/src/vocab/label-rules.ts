import type { LocalizedText } from '../i18n/languages.js';
import { normalizeArabic } from '../text/normalize-arabic.js';
import type { Vocabulary } from './vocabularies.js';

/**
 * Mapping rules from the labels sources write (UHRI exports, UPR Info issues, SDG columns) to the
 * codes of the stored vocabularies. Pure, so the import resolver and the tagging UI agree.
 */

export interface VocabularyCode {
  vocabulary: Vocabulary;
  code: string;
}

/** Arabic-Indic (٠–٩) and Persian (۰–۹) digits as ASCII, so "الهدف ١٦" reads as goal 16. */
export function asciiDigitsOf(text: string): string {
  return text.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (d) => String((d.charCodeAt(0) & 0xf) % 10));
}

/** Words that may precede an SDG number, in the four content languages. */
const GOAL_WORDS = '(?:sdgs?|goal|objectif|odd|objetivo|ods|الهدف|هدف)';
const TARGET_WORDS = '(?:target|cible|meta|الغاية|غاية)';
const TARGET = new RegExp(
  `^(?:${TARGET_WORDS}|${GOAL_WORDS})?\\s*(\\d{1,2})\\.(\\d{1,2}|[a-z])(?![\\w.])`,
  'iu',
);
const GOAL = new RegExp(`^${GOAL_WORDS}?\\s*(?:n[°o]\\s*)?(\\d{1,2})(?![\\w.]|\\.\\d)`, 'iu');

const isGoal = (n: number) => n >= 1 && n <= 17;

/**
 * SDG codes of a source label: "16.3 - Promote the rule of law…" or "Target 16.3" is target 16.3
 * and therefore goal 16 (a target implies its goal); "Goal 16", "ODD 16", "SDG 16", "الهدف 16" or
 * "16 - Peace, justice…" is goal 16. A label without a valid number gives nothing.
 */
export function sdgCodesFromLabel(label: string): VocabularyCode[] {
  const plain = asciiDigitsOf(label.trim()).replace(/^[-–•*\s]+/, '');
  const target = TARGET.exec(plain);
  if (target) {
    const goal = Number(target[1]);
    if (!isGoal(goal)) return [];
    const part = target[2] as string;
    const code = `${goal}.${/^\d+$/.test(part) ? Number(part) : part.toLowerCase()}`;
    return [
      { vocabulary: 'sdg_target', code },
      { vocabulary: 'sdg_goal', code: String(goal) },
    ];
  }
  const goal = GOAL.exec(plain);
  if (goal && isGoal(Number(goal[1]))) return [{ vocabulary: 'sdg_goal', code: String(Number(goal[1])) }];
  return [];
}

/** "Persons with disabilities (PWD)" and "Persons with disabilities" are one name. */
const TRAILING_ACRONYM = /\s*\([A-Z]{2,}\)\s*$/;

/**
 * The code under which a UHRI theme or affected-persons group is stored: an ASCII slug of its
 * English name without a trailing acronym ("Refugees & asylum seekers" → "refugees-and-asylum-seekers").
 */
export function uhriCodeOf(label: string): string {
  return slugify(label.replace(TRAILING_ACRONYM, ''));
}

/** Stable ASCII code from an English label: "Women & girls" → "women-and-girls". */
export function slugify(label: string): string {
  return label
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

const LEGACY_UHRI = /^([A-H]\d{1,2})\s+(\S.*)$/;

/**
 * Candidate UHRI codes of a label, best first: a legacy coded label ("A12 Acceptance of
 * international norms") gives its code, then the slug of its name; any other label its slug.
 */
export function uhriCodesFromLabel(label: string): string[] {
  const trimmed = label.trim().replace(/^[-–•*\s]+/, '');
  const legacy = LEGACY_UHRI.exec(trimmed);
  const codes = legacy ? [legacy[1] as string, uhriCodeOf(legacy[2] as string)] : [uhriCodeOf(trimmed)];
  return codes.filter(Boolean);
}

/**
 * A comparison key for labels in any script: case, accents, Arabic spelling variants (DESIGN §3),
 * punctuation, "&"/"and" and a trailing acronym do not count. "Women's rights" = "womens rights".
 */
export function labelKey(label: string): string {
  return normalizeArabic(asciiDigitsOf(label.replace(TRAILING_ACRONYM, '')))
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['’‘`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export interface LabelledTerm {
  id: string;
  vocabulary: Vocabulary;
  code: string | null;
  name: LocalizedText;
}

/**
 * The stored term a source label stands for, within `terms` (one or more vocabularies): SDG
 * numbers and UHRI codes first, then a name in any language equal under `labelKey`. Undefined when
 * nothing matches, so the caller can report the label instead of guessing.
 */
export function matchTermLabel<T extends LabelledTerm>(label: string, terms: readonly T[]): T | undefined {
  const byCode = new Map(terms.map((t) => [`${t.vocabulary}:${t.code ?? ''}`, t]));
  for (const { vocabulary, code } of sdgCodesFromLabel(label)) {
    const hit = byCode.get(`${vocabulary}:${code}`);
    if (hit) return hit;
  }
  for (const code of uhriCodesFromLabel(label)) {
    const hit = byCode.get(`uhri_theme:${code}`) ?? byCode.get(`affected_person:${code}`);
    if (hit) return hit;
  }
  const key = labelKey(label);
  if (!key) return undefined;
  return terms.find(
    (t) =>
      (t.code !== null && labelKey(t.code) === key) ||
      Object.values(t.name).some((n) => n && labelKey(n) === key),
  );
}
