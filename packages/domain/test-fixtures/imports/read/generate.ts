// Regenerates the small CSV fixtures of the table readers from the real DIDH Morocco tracking file:
//   npx tsx packages/domain/test-fixtures/imports/read/generate.ts [didh_recommendations_upr_treaty_bodies.csv]
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { decodeLegacy } from '../../../src/imports/parsers/read/decode-text.js';

const here = dirname(fileURLToPath(import.meta.url));
const source = process.argv[2] ?? '/work/shared/data/didh-morocco/didh_recommendations_upr_treaty_bodies.csv';
const all: Record<string, string>[] = parse(readFileSync(source), { columns: true });

/** Windows code page encoder built from Node's decoder (Node has no legacy encoder). */
function encoder(name: 'windows-1256' | 'windows-1252') {
  const table = new Map<string, number>();
  for (let b = 0; b < 256; b++) table.set(decodeLegacy(Uint8Array.of(b), name), b);
  return (text: string) => {
    const bytes: number[] = [];
    for (const ch of text) {
      const b = table.get(ch);
      if (b === undefined) return undefined;
      bytes.push(b);
    }
    return Uint8Array.from(bytes);
  };
}
const cp1256 = encoder('windows-1256');
const cp1252 = encoder('windows-1252');
const clean = (text = '') => text.replace(/\u00a0/g, ' ').trim();

// UPR recommendations of Morocco's third cycle (A/HRC/36/6, paragraph 144), short ones, with a
// multi-line text first so quoted multi-line cells are covered.
const encodable = (r: Record<string, string>) =>
  cp1256(clean(r.text_ar) + r.code_ar + r.recommending_state_ar + r.axis_ar) &&
  cp1252(clean(r.text_fr) + r.code_fr + r.recommending_state_fr + r.axis_fr + r.status_fr);
const upr = all.filter(
  (r) =>
    r.mechanism_code === 'UPR' &&
    /^R144\.\d+$/.test(r.code_fr ?? '') &&
    (r.text_fr ?? '').length < 260 &&
    encodable(r),
);
const multiLine = all.find(
  (r) =>
    r.text_ar?.includes('\n') &&
    (r.text_ar ?? '').length < 600 &&
    (r.text_fr ?? '').length < 900 &&
    encodable(r),
);
const picked = [multiLine, ...upr.slice(0, 4)].filter((r) => r !== undefined) as Record<string, string>[];

const writeAll = (name: string, rows: string[][], encode: (text: string) => Uint8Array | undefined) => {
  const text = stringify(rows, { record_delimiter: '\r\n' });
  const legacy = encode(text);
  if (!legacy) throw new Error(`${name}: a character has no byte in the legacy code page`);
  writeFileSync(join(here, `${name}.utf8.csv`), text);
  writeFileSync(join(here, `${name}.utf8-bom.csv`), `\uFEFF${text}`);
  return legacy;
};

const arabic = [
  ['الرمز', 'النص', 'الدولة الموصية', 'المحور'],
  ...picked.map((r) => [r.code_ar, clean(r.text_ar), r.recommending_state_ar, r.axis_ar]),
];
writeFileSync(join(here, 'morocco-ar.windows-1256.csv'), writeAll('morocco-ar', arabic, cp1256));

const french = [
  ['Code', 'Texte', 'État recommandant', 'Axe', 'Statut'],
  ...picked.map((r) => [r.code_fr, clean(r.text_fr), r.recommending_state_fr, r.axis_fr, r.status_fr]),
];
writeFileSync(join(here, 'morocco-fr.windows-1252.csv'), writeAll('morocco-fr', french, cp1252));

// A national tracking sheet as people make them: French and Arabic headers, ";" as French Excel saves.
const generic = [
  ['Mécanisme', 'Cote', 'Paragraphe', 'Texte', 'النص', 'État recommandant', 'Position', 'Axe', 'Statut'],
  ...(upr.slice(0, 4) as Record<string, string>[]).map((r, i) => [
    'UPR',
    'A/HRC/36/6',
    (r.code_fr ?? '').slice(1),
    clean(r.text_fr),
    clean(r.text_ar),
    r.recommending_state_fr,
    i === 1 ? 'مقبولة' : 'Soutenue',
    r.axis_fr,
    r.status_fr,
  ]),
];
writeFileSync(
  join(here, 'generic-ar-fr.csv'),
  stringify(generic, { delimiter: ';', record_delimiter: '\r\n' }),
);
