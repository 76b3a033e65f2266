import type { ImplementationStatus } from '@tatabbu/domain';

/**
 * Okabe–Ito: eight colours told apart with every common colour-vision deficiency, and in grey
 * when printed (Okabe & Ito, "Color Universal Design", 2008).
 */
export const OKABE_ITO = [
  '#E69F00', // orange
  '#56B4E9', // sky blue
  '#009E73', // bluish green
  '#F0E442', // yellow
  '#0072B2', // blue
  '#D55E00', // vermillion
  '#CC79A7', // reddish purple
  '#000000', // black
] as const;

/** One colour per implementation status, the same in every chart (from not started to done). */
export const STATUS_COLORS: Record<ImplementationStatus, string> = {
  not_started: '#D55E00',
  in_progress: '#E69F00',
  partially_implemented: '#F0E442',
  implemented: '#009E73',
  continuous: '#0072B2',
  not_applicable: '#999999',
};
