import type { ResolvedRecord } from './resolve.js';

export type Scalar = string | number | boolean | null;

/** A column an import writes when the file carries it; `name` is what the preview lists as changed. */
export interface ScalarField {
  name: string;
  column: string;
  /** SQL type, for reading batches with jsonb_to_recordset */
  type: 'text' | 'uuid' | 'smallint' | 'date' | 'boolean';
  /** The file's value; undefined when the file does not carry the field. */
  read(r: ResolvedRecord): Scalar | undefined;
}

const fromRecord =
  <K extends keyof ResolvedRecord['record']>(key: K) =>
  (r: ResolvedRecord): Scalar | undefined =>
    r.record[key] as Scalar | undefined;

export const SCALAR_FIELDS: ScalarField[] = [
  { name: 'externalRef', column: 'external_ref', type: 'text', read: fromRecord('externalRef') },
  { name: 'mechanism', column: 'mechanism_id', type: 'uuid', read: (r) => r.mechanismId },
  { name: 'stateUnderReview', column: 'state_iso2', type: 'text', read: (r) => r.stateIso2 },
  { name: 'paragraph', column: 'paragraph', type: 'text', read: fromRecord('paragraph') },
  { name: 'text.ar', column: 'text_ar', type: 'text', read: (r) => r.record.text.ar },
  { name: 'text.fr', column: 'text_fr', type: 'text', read: (r) => r.record.text.fr },
  { name: 'text.en', column: 'text_en', type: 'text', read: (r) => r.record.text.en },
  { name: 'text.es', column: 'text_es', type: 'text', read: (r) => r.record.text.es },
  { name: 'originalLang', column: 'original_lang', type: 'text', read: fromRecord('originalLang') },
  { name: 'position', column: 'position', type: 'text', read: fromRecord('position') },
  { name: 'actionLevel', column: 'action_level', type: 'smallint', read: fromRecord('actionLevel') },
  { name: 'status', column: 'status', type: 'text', read: fromRecord('status') },
  { name: 'statusDate', column: 'status_date', type: 'date', read: fromRecord('statusDate') },
  { name: 'date', column: 'date', type: 'date', read: fromRecord('date') },
  { name: 'published', column: 'published', type: 'boolean', read: fromRecord('published') },
  { name: 'confidential', column: 'confidential', type: 'boolean', read: fromRecord('confidential') },
];

/** Column defaults of a new record for the fields a file does not carry. */
export const NEW_RECORD_DEFAULTS: Record<string, Scalar> = { published: false, confidential: false };

export const TEXT_FIELDS = ['ar', 'fr', 'en', 'es'] as const;
