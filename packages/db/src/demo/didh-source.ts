import type { ImplementationStatus } from '@tatabbu/domain';
import { type CsvRow, readCsv, tidyText } from '../reference/source-files.js';
import { arabicParagraph, type ParagraphRef, parseTreatyBodyCode, parseUprCode } from './didh-codes.js';
import { DIDH_CORRECTIONS } from './didh-corrections.js';

export const RECOMMENDATIONS_FILE = 'demo/morocco/didh_recommendations_upr_treaty_bodies.csv';
export const BODIES_FILE = 'demo/morocco/didh_recommendation_implementing_bodies.csv';

const TREATY_BODIES = ['CCPR', 'CESCR', 'CERD', 'CEDAW', 'CAT', 'SPT', 'CRC', 'CMW', 'CRPD'] as const;

/** Illustrative statuses of unknown origin (see data/README.md). */
const STATUS: Record<string, ImplementationStatus> = {
  Réalisé: 'implemented',
  'En cours': 'in_progress',
  'Non réalisé': 'not_started',
};

/** One row of the DIDH file, validated and corrected. */
export interface DidhRow {
  id: number;
  /** "UPR" or the treaty-body code. */
  mechanism: string;
  ref: ParagraphRef;
  textFr: string;
  textAr: string;
  recommendingStateFr: string;
  recommendingStateAr: string;
  axisId: string;
  subaxisId: string;
  status: ImplementationStatus;
  /** DIDH body ids in the order the file lists them. */
  bodyIds: string[];
}

/** The cell after the corrections of DIDH_CORRECTIONS. */
function correctedCell(row: CsvRow, column: string, rowsById: Map<string, CsvRow>): string {
  let value = row.get(column);
  for (const fix of DIDH_CORRECTIONS) {
    if (fix.id !== row.get('id') || fix.column !== column) continue;
    const expected = fix.expected;
    if (
      expected !== undefined &&
      !(typeof expected === 'string' ? value === expected : expected.test(value))
    ) {
      row.fail(
        column,
        `expected ${String(expected)} here before correcting it (${fix.why}); has the file changed?`,
      );
    }
    if (fix.replace) {
      if (!value.includes(fix.replace[0])) row.fail(column, `expected "${fix.replace[0]}" here (${fix.why})`);
      value = value.replace(fix.replace[0], fix.replace[1]);
    } else if (fix.copyFromId) {
      value =
        rowsById.get(fix.copyFromId)?.get(column) ??
        row.fail(column, `row id ${fix.copyFromId} to copy from is missing`);
    } else if (fix.value !== undefined) {
      value = fix.value;
    }
  }
  return value;
}

/** Reads the DIDH recommendations and their implementing bodies, validating every row. */
export function readDidhRows(dataRoot: string): DidhRow[] {
  const rows = readCsv(dataRoot, RECOMMENDATIONS_FILE, [
    'id',
    'mechanism_code',
    'code_fr',
    'code_ar',
    'text_fr',
    'text_ar',
    'treaty_body',
    'recommending_state_fr',
    'recommending_state_ar',
    'axis_id',
    'subaxis_id',
    'status_fr',
  ]);
  const rowsById = new Map<string, CsvRow>();
  for (const row of rows) {
    const id = row.matching('id', /^\d+$/, 'a number');
    if (rowsById.has(id)) row.fail('id', `duplicate id ${id}`);
    rowsById.set(id, row);
  }

  const bodyIds = new Map<string, string[]>();
  for (const link of readCsv(dataRoot, BODIES_FILE, ['recommendation_id', 'body_id'])) {
    const recommendation = link.matching('recommendation_id', /^\d+$/, 'a number');
    if (!rowsById.has(recommendation))
      link.fail('recommendation_id', `no recommendation ${recommendation} in ${RECOMMENDATIONS_FILE}`);
    const list = bodyIds.get(recommendation) ?? [];
    const body = link.matching('body_id', /^\d+$/, 'a number');
    if (!list.includes(body)) list.push(body);
    bodyIds.set(recommendation, list);
  }

  return rows.map((row): DidhRow => {
    const id = row.get('id');
    const cell = (column: string) => correctedCell(row, column, rowsById);
    const isUpr = row.oneOf('mechanism_code', ['UPR', 'TB']) === 'UPR';
    const mechanism = isUpr ? 'UPR' : cell('treaty_body');
    if (!isUpr && !(TREATY_BODIES as readonly string[]).includes(mechanism))
      row.fail('treaty_body', `unknown treaty body "${mechanism}"`);
    const codeFr = cell('code_fr');
    const ref = isUpr ? parseUprCode(codeFr) : parseTreatyBodyCode(codeFr);
    if (!ref)
      return row.fail(
        'code_fr',
        `"${codeFr}" is not a ${isUpr ? 'UPR code like R144.44P1' : 'treaty-body code like R11P4'}`,
      );
    // The Arabic code repeats the paragraph: a cheap check that the French one was read right.
    const paragraphNumber = isUpr ? ref.paragraph.slice('144.'.length) : ref.paragraph;
    if (arabicParagraph(row.get('code_ar')) !== paragraphNumber)
      row.fail(
        'code_ar',
        `"${row.get('code_ar')}" does not repeat paragraph ${paragraphNumber} of code_fr "${codeFr}"`,
      );
    const status =
      STATUS[row.get('status_fr')] ??
      row.fail('status_fr', `"${row.get('status_fr')}" is not one of ${Object.keys(STATUS).join(', ')}`);
    const textFr = tidyText(cell('text_fr'));
    const textAr = tidyText(cell('text_ar'));
    if (!textFr) row.fail('text_fr', 'is empty');
    if (!textAr) row.fail('text_ar', 'is empty');
    for (const [column, text] of [
      ['text_fr', textFr],
      ['text_ar', textAr],
    ] as const) {
      if (text.includes('\uFFFD')) row.fail(column, 'contains a broken character (U+FFFD)');
    }
    return {
      id: Number(id),
      mechanism,
      ref,
      textFr,
      textAr,
      recommendingStateFr: row.get('recommending_state_fr'),
      recommendingStateAr: row.get('recommending_state_ar'),
      axisId: row.matching('axis_id', /^\d+$/, 'an axis id', true),
      subaxisId: row.matching('subaxis_id', /^\d+$/, 'a sub-axis id', true),
      status,
      bodyIds: bodyIds.get(id) ?? [],
    };
  });
}
