import { z } from 'zod';
import { CONTENT_LANGS, UI_LOCALES } from './language-codes.js';

// Apart from languages.ts, which has no zod: the web app's first load needs the language
// helpers, not zod (the package declares no side effects, so bundlers leave this file out there).
export const contentLangSchema = z.enum(CONTENT_LANGS);
export const uiLocaleSchema = z.enum(UI_LOCALES);

/** Text stored per language; any subset may be present. */
export const localizedTextSchema = z
  .object({
    ar: z.string().optional(),
    fr: z.string().optional(),
    en: z.string().optional(),
    es: z.string().optional(),
  })
  .meta({ id: 'LocalizedText' });
export type LocalizedText = z.infer<typeof localizedTextSchema>;
