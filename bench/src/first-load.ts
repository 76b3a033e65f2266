/**
 * The portal's first-load size: the JavaScript a browser downloads to show a public page on a first
 * visit — the entry script of `apps/web/dist/index.html` with the chunks it preloads, plus the lazy
 * chunk of the page itself, the UI strings of its language, and what those import (from Vite's
 * manifest) — each gzipped as a server would send it. Chunks loaded after the first render (the
 * language menu, the notifications area) are not counted. Needs `npm run build:web` first.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Figure } from './measure.js';

const dist =
  process.env.BENCH_WEB_DIST ??
  path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../apps/web/dist');

/** Public pages and the module each shows (lazy routes of apps/web/src/app/router.tsx). */
const PAGES = [
  { label: 'portal home (/)', module: 'src/features/portal/PortalHome.tsx' },
  {
    label: 'public list (/recommendations)',
    module: 'src/features/recommendations/RecommendationListPage.tsx',
  },
];

const STRINGS = 'src/i18n/locales/strings-ar.ts';

interface ManifestChunk {
  file: string;
  imports?: string[];
  isEntry?: boolean;
}

export function firstLoad(figures: Figure[]): void {
  const indexPath = path.join(dist, 'index.html');
  if (!existsSync(indexPath)) {
    figures.push({
      step: 'first load',
      value: 'n/a',
      note: 'apps/web/dist missing: run `npm run build:web`',
    });
    return;
  }
  const html = readFileSync(indexPath, 'utf8');
  // What index.html itself makes the browser fetch: the entry and its modulepreloads.
  const fromHtml = [
    ...html.matchAll(/<(?:script[^>]*\bsrc|link[^>]*rel="modulepreload"[^>]*\bhref)="\/([^"]+\.js)"/g),
  ]
    .map((m) => m[1] ?? '')
    .filter(Boolean);
  const manifest = readManifest();
  for (const page of PAGES) {
    const files = new Set(fromHtml);
    const chunk = manifest?.[`${page.module}`];
    if (manifest && chunk) for (const file of closure(manifest, page.module)) files.add(file);
    // The UI strings of one language come before the first render: Arabic, the default and largest.
    if (manifest) for (const file of closure(manifest, STRINGS)) files.add(file);
    const sizes = [...files].map((file) => {
      const bytes = readFileSync(path.join(dist, file));
      return { raw: bytes.length, gz: gzipSync(bytes, { level: 9 }).length };
    });
    const kb = (n: number) => `${(n / 1000).toFixed(1)} kB`;
    const gz = sizes.reduce((sum, s) => sum + s.gz, 0);
    const raw = sizes.reduce((sum, s) => sum + s.raw, 0);
    figures.push({
      step: `first load: ${page.label}`,
      value: `${kb(gz)} gz`,
      note: `${files.size} JavaScript files, ${kb(raw)} before gzip${chunk ? '' : '; page chunk not in the manifest: entry only'}`,
    });
  }
}

function readManifest(): Record<string, ManifestChunk> | undefined {
  const file = path.join(dist, '.vite/manifest.json');
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined;
}

/** The chunk of `key` and every chunk it imports statically, transitively (what loads with it). */
function closure(
  manifest: Record<string, ManifestChunk>,
  key: string,
  seen = new Set<string>(),
): Set<string> {
  const chunk = manifest[key];
  if (!chunk || seen.has(key)) return new Set();
  seen.add(key);
  const files = new Set([chunk.file]);
  for (const imported of chunk.imports ?? []) for (const f of closure(manifest, imported, seen)) files.add(f);
  return files;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const figures: Figure[] = [];
  firstLoad(figures);
  for (const f of figures) console.log(`${f.step}: ${f.value} (${f.note})`);
}
