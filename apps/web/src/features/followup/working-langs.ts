/** Follow-up texts (round titles, instructions, narratives) are written in the three working languages. */
export const WORKING_LANGS = ['ar', 'fr', 'en'] as const;
export type WorkingLang = (typeof WORKING_LANGS)[number];
export type Text3 = Partial<Record<WorkingLang, string>>;

export const hasAnyText = (value: Text3): boolean => WORKING_LANGS.some((l) => value[l]?.trim());
