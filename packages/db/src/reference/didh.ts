import { INSTITUTION_KINDS, type InstitutionKind, type LocalizedText } from '@tatabbu/domain';
import { type CsvRow, capitalize, DataFileError, readCsv, tidyText } from './source-files.js';
import type { TermSeed } from './term-seeds.js';

const DIR = 'reference/didh';
const ID = /^\d+$/;

/** English names we wrote for the DIDH lists, keyed by DIDH id; must cover exactly the same ids. */
function englishById(dataRoot: string, file: string, sourceIds: string[]): Map<string, CsvRow> {
  const rows = readCsv(dataRoot, `${DIR}/${file}`, ['id', 'name_en']);
  const byId = new Map(rows.map((row) => [row.matching('id', ID, 'a DIDH id'), row]));
  const missing = sourceIds.filter((id) => !byId.has(id));
  const extra = [...byId.keys()].filter((id) => !sourceIds.includes(id));
  if (missing.length || extra.length) {
    throw new DataFileError(
      `${DIR}/${file}`,
      `ids differ from the DIDH list (missing: ${missing.join(', ') || 'none'}; unknown: ${extra.join(', ') || 'none'})`,
    );
  }
  return byId;
}

/** The 9 axes and 36 sub-axes of the DIDH national framework; codes are the DIDH ids (sub-axis 31 does not exist). */
export function parseDidhAxes(dataRoot: string): TermSeed[] {
  const axes = readCsv(dataRoot, `${DIR}/didh_axes.csv`, ['id', 'label_fr', 'label_ar']);
  const axisEn = englishById(
    dataRoot,
    'didh_axes_en.csv',
    axes.map((r) => r.matching('id', ID, 'a DIDH id')),
  );
  const subaxes = readCsv(dataRoot, `${DIR}/didh_subaxes.csv`, ['id', 'axis_id', 'label_fr', 'label_ar']);
  const subaxisEn = englishById(
    dataRoot,
    'didh_subaxes_en.csv',
    subaxes.map((r) => r.matching('id', ID, 'a DIDH id')),
  );
  const axisIds = new Set(axes.map((r) => r.get('id')));
  const name = (row: CsvRow, en: CsvRow | undefined): LocalizedText => ({
    fr: capitalize(tidyText(row.required('label_fr'))),
    ar: tidyText(row.required('label_ar')),
    en: en?.required('name_en') ?? '',
  });
  return [
    ...axes.map(
      (row, index): TermSeed => ({
        vocabulary: 'axis',
        code: row.get('id'),
        name: name(row, axisEn.get(row.get('id'))),
        sort: index + 1,
      }),
    ),
    ...subaxes.map((row, index): TermSeed => {
      const axis = row.matching('axis_id', ID, 'an axis id');
      if (!axisIds.has(axis)) row.fail('axis_id', `no axis ${axis}`);
      return {
        vocabulary: 'subaxis',
        code: row.get('id'),
        name: name(row, subaxisEn.get(row.get('id'))),
        sort: index + 1,
        parent: { vocabulary: 'axis', code: axis },
      };
    }),
  ];
}

export interface InstitutionSeed {
  code: string;
  kind: InstitutionKind;
  name: LocalizedText;
  acronym: LocalizedText;
}

/** DIDH body types: PE executive, PJ judicial, IN independent institution. */
const KIND_BY_DIDH_TYPE: Record<string, InstitutionKind> = {
  PE: 'government',
  PJ: 'judiciary',
  IN: 'independent_body',
  Autre: 'other',
};

/**
 * The 52 DIDH implementing bodies, code `didh-<id>`. The kind comes from the DIDH type unless
 * our English file sets one (the CNDH is the NHRI, Parliament is parliament, HACA is an
 * independent regulator, and five bodies have no DIDH type).
 */
export function parseDidhInstitutions(dataRoot: string): InstitutionSeed[] {
  const rows = readCsv(dataRoot, `${DIR}/didh_implementing_bodies.csv`, [
    'id',
    'label_fr',
    'label_ar',
    'type',
  ]);
  const english = englishById(
    dataRoot,
    'didh_implementing_bodies_en.csv',
    rows.map((r) => r.matching('id', ID, 'a DIDH id')),
  );
  return rows.map((row) => {
    const id = row.get('id');
    const en = english.get(id) as CsvRow;
    const kindOverride = en.get('kind');
    if (kindOverride && !(INSTITUTION_KINDS as readonly string[]).includes(kindOverride))
      en.fail('kind', `"${kindOverride}" is not an institution kind`);
    const type = row.get('type');
    const kind = (kindOverride as InstitutionKind) || KIND_BY_DIDH_TYPE[type];
    if (!kind)
      row.fail(
        'type',
        type ? `unknown DIDH type "${type}"` : 'no type, and no kind in didh_implementing_bodies_en.csv',
      );
    const acronym = en.get('acronym');
    return {
      code: `didh-${id}`,
      kind,
      name: {
        fr: tidyText(row.required('label_fr')),
        ar: tidyText(row.required('label_ar')),
        en: en.required('name_en'),
      },
      acronym: acronym ? { fr: acronym, en: acronym } : {},
    };
  });
}
