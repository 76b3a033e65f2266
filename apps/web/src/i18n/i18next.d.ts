import 'i18next';
import type en from './locales/en.json';

// Typed keys: a key missing from en.json does not compile.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en };
  }
}
