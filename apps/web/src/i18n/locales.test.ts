import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { arStrings as ar, enStrings as en, frStrings as fr } from './locales/index';

type Tree = { [key: string]: string | Tree };
const LOCALES: Record<string, Tree> = { ar, fr, en };
const PLURAL_SUFFIXES = ['zero', 'one', 'two', 'few', 'many', 'other'];

/** Every leaf of a locale file as [dotted key, value]. */
function leaves(tree: Tree, prefix = ''): [string, unknown][] {
  return Object.entries(tree).flatMap(([k, v]) =>
    v !== null && typeof v === 'object'
      ? leaves(v as Tree, `${prefix}${k}.`)
      : [[`${prefix}${k}`, v] as [string, unknown]],
  );
}

const src = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.tsx$/.test(name) ? [full] : [];
  });
}

describe('locale files', () => {
  const keysOf = (locale: string) =>
    leaves(LOCALES[locale] as Tree)
      .map(([k]) => k)
      .sort();

  it('have exactly the same keys in ar, fr and en', () => {
    expect(keysOf('ar')).toEqual(keysOf('en'));
    expect(keysOf('fr')).toEqual(keysOf('en'));
  });

  it('have no empty values, and only strings', () => {
    for (const [locale, tree] of Object.entries(LOCALES)) {
      for (const [key, value] of leaves(tree)) {
        expect(typeof value, `${locale}: ${key}`).toBe('string');
        expect((value as string).trim(), `${locale}: ${key}`).not.toBe('');
      }
    }
  });

  it('keep the same interpolation variables across languages', () => {
    const vars = (s: string) => [...s.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]).sort();
    const en = new Map(leaves(LOCALES.en as Tree));
    for (const locale of ['ar', 'fr']) {
      for (const [key, value] of leaves(LOCALES[locale] as Tree)) {
        const english = en.get(key) as string;
        // plural forms may leave the number out ("توصية واحدة", "one recommendation")
        if (/_(zero|one|two)$/.test(key)) continue;
        expect(vars(value as string), `${locale}: ${key}`).toEqual(vars(english));
      }
    }
  });

  it('leave no English in the Arabic file', () => {
    for (const [key, value] of leaves(LOCALES.ar as Tree)) {
      // Names that Arabic writes in Latin script: the licence, file formats, an organisation.
      const text = (value as string)
        .replace(/\{\{[^}]*\}\}/g, '')
        .replace(/Apache-2\.0|\b(CSV|XLSX|JSON|Excel|UPR Info)\b/g, '');
      expect(/[A-Za-z]{3,}/.test(text), `ar: ${key} = ${value}`).toBe(false);
    }
  });

  it('contain every key the source uses with t(…)', () => {
    const used = new Set<string>();
    for (const file of sourceFiles(src)) {
      const code = readFileSync(file, 'utf8');
      for (const m of code.matchAll(/\bt\(\s*(['"])([\w.-]+)\1/g)) used.add(m[2] as string);
    }
    expect(used.size).toBeGreaterThan(50);
    for (const [locale, tree] of Object.entries(LOCALES)) {
      const keys = new Set(leaves(tree).map(([k]) => k));
      const missing = [...used].filter(
        (k) => !keys.has(k) && !PLURAL_SUFFIXES.some((s) => keys.has(`${k}_${s}`)),
      );
      expect(missing, `${locale} is missing keys`).toEqual([]);
    }
  });

  it('give every plural key all the forms Arabic needs', () => {
    const keys = leaves(LOCALES.en as Tree).map(([k]) => k);
    const bases = new Set(
      keys.filter((k) => /_(zero|one|two|few|many|other)$/.test(k)).map((k) => k.replace(/_[a-z]+$/, '')),
    );
    for (const base of bases) {
      for (const s of PLURAL_SUFFIXES) expect(keys, base).toContain(`${base}_${s}`);
    }
  });
});
