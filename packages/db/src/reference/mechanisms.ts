import { CONTENT_LANGS, type LocalizedText, MECHANISM_TYPES, type MechanismType } from '@tatabbu/domain';
import { DataFileError, readJson } from './source-files.js';
import type { TermSeed } from './term-seeds.js';

export const MECHANISMS_FILE = 'reference/mechanisms.json';
const CLUSTERS_FILE = 'reference/clusters.json';

export interface MechanismSeed {
  code: string;
  type: MechanismType;
  name: LocalizedText;
  acronym: LocalizedText;
  sort: number;
}

/** Checks a `{ ar?, fr?, en?, es? }` object of non-empty strings. */
function localized(file: string, where: string, value: unknown, required: readonly string[]): LocalizedText {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new DataFileError(file, `${where} must be an object`);
  const out: LocalizedText = {};
  for (const [lang, text] of Object.entries(value)) {
    if (!(CONTENT_LANGS as readonly string[]).includes(lang))
      throw new DataFileError(file, `${where}: unknown language "${lang}"`);
    if (typeof text !== 'string' || !text.trim())
      throw new DataFileError(file, `${where}.${lang} must be a non-empty string`);
    out[lang as keyof LocalizedText] = text.trim();
  }
  for (const lang of required)
    if (!(lang in out)) throw new DataFileError(file, `${where}.${lang} is missing`);
  return out;
}

function entries(file: string, data: unknown): Record<string, unknown>[] {
  if (!Array.isArray(data)) throw new DataFileError(file, 'must be a JSON array');
  return data.map((item, index) => {
    if (typeof item !== 'object' || item === null)
      throw new DataFileError(file, `entry ${index + 1} must be an object`);
    return item as Record<string, unknown>;
  });
}

const CODE = /^[A-Z][A-Z0-9-]*$/;

/** UPR, the treaty bodies, special-procedure mandates and regional mechanisms, named in ar/fr/en. */
export function parseMechanisms(dataRoot: string): MechanismSeed[] {
  const seen = new Set<string>();
  return entries(MECHANISMS_FILE, readJson(dataRoot, MECHANISMS_FILE)).map((item, index) => {
    const where = `entry ${index + 1}`;
    const { code, type, sort } = item;
    if (typeof code !== 'string' || !CODE.test(code))
      throw new DataFileError(MECHANISMS_FILE, `${where}: code must look like "CAT" or "SR-FOOD"`);
    if (seen.has(code)) throw new DataFileError(MECHANISMS_FILE, `${where}: duplicate code ${code}`);
    seen.add(code);
    if (!(MECHANISM_TYPES as readonly unknown[]).includes(type))
      throw new DataFileError(MECHANISMS_FILE, `${where} (${code}): unknown type ${String(type)}`);
    return {
      code,
      type: type as MechanismType,
      name: localized(MECHANISMS_FILE, `${code}.name`, item.name, ['ar', 'fr', 'en']),
      acronym:
        item.acronym === undefined ? {} : localized(MECHANISMS_FILE, `${code}.acronym`, item.acronym, []),
      sort: typeof sort === 'number' ? sort : index,
    };
  });
}

/** Default thematic clusters; admins edit them freely afterwards. */
export function parseDefaultClusters(dataRoot: string): TermSeed[] {
  return entries(CLUSTERS_FILE, readJson(dataRoot, CLUSTERS_FILE)).map((item, index) => {
    if (typeof item.code !== 'string' || !/^[a-z][a-z-]*$/.test(item.code))
      throw new DataFileError(
        CLUSTERS_FILE,
        `entry ${index + 1}: code must be lower-case words joined by "-"`,
      );
    return {
      vocabulary: 'cluster',
      code: item.code,
      name: localized(CLUSTERS_FILE, item.code, item.name, ['ar', 'fr', 'en']),
      sort: index + 1,
    };
  });
}
