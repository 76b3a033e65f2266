/**
 * The UI strings of each language: the shared file plus one file per feature, each under its own
 * top-level key, so that features can grow their strings without touching each other's files.
 * One module per language (strings-ar.ts, strings-fr.ts, strings-en.ts): the app loads only the
 * reader's language (i18n/index.ts); a new feature namespace is added to each of the three.
 */
export { arStrings } from './strings-ar';
export { enStrings } from './strings-en';
export { frStrings } from './strings-fr';
