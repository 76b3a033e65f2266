import { readCsv } from './source-files.js';
import type { TermSeed } from './term-seeds.js';

const LANGS = ['ar', 'fr', 'en', 'es'] as const;
const titles = (row: { required(column: string): string }) =>
  Object.fromEntries(LANGS.map((lang) => [lang, row.required(`title_${lang}`)]));

/** The 17 goals, 169 targets and 231 indicators (252 rows: some repeat under several targets). */
export function parseSdgTerms(dataRoot: string): TermSeed[] {
  const goals = readCsv(dataRoot, 'reference/sdg/sdg_goals_en_fr_ar_es.csv', ['goal', 'title_en']).map(
    (row, index): TermSeed => ({
      vocabulary: 'sdg_goal',
      code: row.matching('goal', /^([1-9]|1[0-7])$/, 'a goal number 1–17'),
      name: titles(row),
      sort: index + 1,
    }),
  );
  const goalCodes = new Set(goals.map((g) => g.code));
  const targets = readCsv(dataRoot, 'reference/sdg/sdg_targets_en_fr_ar_es.csv', [
    'target',
    'goal',
    'title_en',
  ]).map((row, index): TermSeed => {
    const code = row.matching('target', /^\d{1,2}\.[0-9a-z]{1,2}$/, 'a target number like 1.1 or 1.a');
    const goal = row.required('goal');
    if (!goalCodes.has(goal) || !code.startsWith(`${goal}.`))
      row.fail('goal', `"${goal}" is not the goal of target ${code}`);
    return {
      vocabulary: 'sdg_target',
      code,
      name: titles(row),
      sort: index + 1,
      parent: { vocabulary: 'sdg_goal', code: goal },
    };
  });
  const targetCodes = new Set(targets.map((t) => t.code));
  const indicators = readCsv(dataRoot, 'reference/sdg/sdg_indicators_en_fr_ar_es.csv', [
    'indicator',
    'target',
    'title_en',
  ]).map((row, index): TermSeed => {
    const code = row.matching(
      'indicator',
      /^\d{1,2}\.[0-9a-z]{1,2}\.\d{1,2}$/,
      'an indicator number like 1.1.1',
    );
    const target = row.required('target');
    if (!targetCodes.has(target) || !code.startsWith(`${target}.`))
      row.fail('target', `"${target}" is not the target of indicator ${code}`);
    return {
      vocabulary: 'sdg_indicator',
      code,
      name: titles(row),
      sort: index + 1,
      parent: { vocabulary: 'sdg_target', code: target },
    };
  });
  return [...goals, ...targets, ...indicators];
}
