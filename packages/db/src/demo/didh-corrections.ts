/**
 * Slips in the DIDH export, fixed here so that the copied file stays as published. Each names
 * what it expects to find, so an edited file fails loudly instead of being "fixed" wrongly.
 */
export interface Correction {
  id: string;
  column: 'code_fr' | 'treaty_body' | 'text_fr' | 'text_ar';
  why: string;
  /** Replace the whole cell, which must equal (or match) `expected`. */
  expected?: string | RegExp;
  value?: string;
  /** Or take the cell from another row. */
  copyFromId?: string;
  /** Or replace a fragment of the cell. */
  replace?: [from: string, to: string];
}

const LOST = '\uFFFD\uFFFD'; // a two-byte UTF-8 letter lost in the export

export const DIDH_CORRECTIONS: Correction[] = [
  {
    id: '1224',
    column: 'code_fr',
    expected: 'R144.4',
    value: 'R144.43',
    why: 'code_ar says 43.144; §144.4 is Norway’s, Senegal’s recommendation is §144.43',
  },
  {
    id: '62',
    column: 'code_fr',
    expected: 'R7P3',
    value: 'R7P2',
    why: 'code_ar says ت.7.ف.2 and both texts are those of row 61 (R7P2)',
  },
  {
    id: '316',
    column: 'code_fr',
    expected: 'P65',
    value: 'R65',
    why: 'paragraph written as P65; code_ar says ت.65',
  },
  {
    id: '374',
    column: 'treaty_body',
    expected: 'SPT',
    value: 'CRPD',
    why: 'the text is CRPD §59 (disability indicators, article 31 of the Convention); no other row has CRPD §59',
  },
  {
    id: '1007',
    column: 'text_fr',
    expected: /^Garantir pleinement les libertés d’expression/,
    copyFromId: '1114',
    why: 'repeats the French of part 1 (row 1111); its Arabic, like row 1114, is about freedom of association',
  },
  { id: '281', column: 'text_ar', replace: [`الأماك${LOST}`, 'الأماكن'], why: 'lost letter' },
  { id: '303', column: 'text_ar', replace: [`ا${LOST}ذين`, 'الذين'], why: 'lost letter' },
  { id: '345', column: 'text_ar', replace: [`وميس${LOST}`, 'وميسر'], why: 'lost letter' },
  { id: '2018', column: 'text_ar', replace: [`${LOST}د ممكن`, 'حد ممكن'], why: 'lost letter' },
  { id: '2038', column: 'text_fr', replace: [`p${LOST}nal`, 'pénal'], why: 'lost letter' },
  { id: '2113', column: 'text_ar', replace: [`مشا${LOST}كة`, 'مشاركة'], why: 'lost letter' },
];
