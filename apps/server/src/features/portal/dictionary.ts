import type { DataDictionary, DictionaryEntry, UiLocale } from '@tatabbu/domain';
import { exchangeJsonSchema } from '@tatabbu/domain/parsers';
import { exportColumns } from '../exports/columns.js';
import { LANGUAGE_NAMES, POSITION_LABELS, STATUS_LABELS } from '../exports/labels.js';
import {
  DATA_LICENCE,
  DESCRIPTIONS,
  type DescriptionId,
  EXCHANGE_DESCRIPTION,
  TYPE_NAMES,
  VOCABULARY_NAMES,
} from './dictionary-texts.js';

type TypeName = keyof typeof TYPE_NAMES;
type Values = DictionaryEntry['values'];

/** Coded values with a label in each language; other codes are shown as they are. */
const CODED: Record<string, Record<string, Record<UiLocale, string>>> = {
  position: POSITION_LABELS,
  status: STATUS_LABELS,
  originalLang: LANGUAGE_NAMES,
  'terms[].vocabulary': VOCABULARY_NAMES,
};

const codedValues = (field: string, locale: UiLocale, codes?: readonly string[]): Values => {
  const labels = CODED[field];
  const all = codes ?? Object.keys(labels ?? {});
  return all.map((code) => ({ code, label: labels?.[code]?.[locale] ?? code }));
};

/** The description of a column or field; throws when one has none, so the dictionary test fails. */
function describe(id: DescriptionId | string, locale: UiLocale): string {
  const texts = (DESCRIPTIONS as Record<string, Record<UiLocale, string>>)[id];
  if (!texts) throw new Error(`data dictionary: no description for "${id}"`);
  return texts[locale];
}

/** Columns whose cells are not plain text. */
const TABULAR_TYPES: Partial<Record<string, TypeName>> = {
  date: 'date',
  states: 'list',
  position: 'code',
  status: 'code',
  themes: 'list',
  affectedPersons: 'list',
  sdgs: 'list',
  axes: 'list',
  institutions: 'list',
  published: 'boolean',
};

/** The CSV/XLSX columns, straight from the export's own column list in that language. */
function tabularEntries(locale: UiLocale): DictionaryEntry[] {
  return exportColumns(locale).map((column) => {
    // One text describes the text column of every language.
    const id = column.field.startsWith('text.') ? 'text' : column.field;
    const type = TABULAR_TYPES[column.field] ?? 'text';
    return {
      name: column.header,
      field: column.field,
      type: TYPE_NAMES[type]?.[locale] ?? type,
      required: column.field === 'key' || column.field === 'mechanism',
      description: describe(id, locale),
      // Cells hold the label in the file's language.
      values: type === 'code' ? codedValues(column.field, locale).map((v) => ({ ...v, code: v.label })) : [],
    };
  });
}

interface JsonSchemaNode {
  type?: string;
  format?: string;
  enum?: string[];
  properties?: Record<string, JsonSchemaNode>;
  required?: string[];
  items?: JsonSchemaNode;
}

/** Every field path of a recommendation record in the exchange format, from its JSON Schema. */
function exchangeEntries(locale: UiLocale): DictionaryEntry[] {
  const defs = (exchangeJsonSchema().$defs ?? {}) as Record<string, JsonSchemaNode>;
  const record = defs.RecommendationRecord;
  if (!record) throw new Error('data dictionary: the exchange schema has no RecommendationRecord');
  const entries: DictionaryEntry[] = [];
  const walk = (node: JsonSchemaNode, prefix: string) => {
    for (const [name, child] of Object.entries(node.properties ?? {})) {
      const path = `${prefix}${name}`;
      if (child.type === 'object' && child.properties && path !== 'text') {
        walk(child, `${path}.`);
        continue;
      }
      if (child.type === 'array' && child.items?.type === 'object') {
        walk(child.items, `${path}[].`);
        continue;
      }
      if (path === 'text') {
        // One entry per language: each is optional, at least one is required.
        for (const lang of Object.keys(child.properties ?? {})) {
          entries.push(entry(`text.${lang}`, 'text', false, 'text', []));
        }
        continue;
      }
      const type: TypeName = child.enum
        ? 'code'
        : child.type === 'array'
          ? 'list'
          : child.format === 'date'
            ? 'date'
            : child.type === 'integer'
              ? 'integer'
              : child.type === 'boolean'
                ? 'boolean'
                : 'text';
      const values = child.enum ? codedValues(path, locale, child.enum) : [];
      entries.push(
        entry(path, type, node.required?.includes(name) ?? false, EXCHANGE_DESCRIPTION[path] ?? path, values),
      );
    }
  };
  const entry = (path: string, type: TypeName, required: boolean, id: string, values: Values) => ({
    name: path,
    field: path,
    type: TYPE_NAMES[type]?.[locale] ?? type,
    required,
    description: describe(id, locale),
    values,
  });
  walk(record, '');
  return entries;
}

/** The data dictionary of the open-data files in one language: generated, never a hand copy. */
export function dataDictionary(locale: UiLocale): DataDictionary {
  return {
    lang: locale,
    licence: { ...DATA_LICENCE },
    tabular: tabularEntries(locale),
    exchange: exchangeEntries(locale),
  };
}
