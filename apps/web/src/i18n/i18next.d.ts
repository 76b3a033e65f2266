import 'i18next';
import type { enStrings } from './locales/index';

// Typed keys: a key missing from the English strings does not compile.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof enStrings };
  }
}
