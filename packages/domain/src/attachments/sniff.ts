import type { AttachmentMediaType } from '../api/attachments.js';
import { guardZip, isZip } from '../imports/parsers/read/zip-guard.js';

export type SniffResult =
  | { ok: true; mediaType: AttachmentMediaType }
  | { ok: false; reason: 'empty' | 'refused' };

const ascii = (bytes: Uint8Array, from: number, to: number) =>
  String.fromCharCode(...bytes.subarray(from, Math.min(to, bytes.length)));

const startsWith = (bytes: Uint8Array, prefix: readonly number[]) =>
  bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);

/** Office main parts, as declared in an OOXML package's [Content_Types].xml (macro-enabled ones differ). */
const OOXML_MAIN: Record<string, AttachmentMediaType> = {
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml':
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml':
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml':
    'application/vnd.openxmlformats-officedocument.presentationml.presentation',
};

const ODF: readonly AttachmentMediaType[] = [
  'application/vnd.oasis.opendocument.text',
  'application/vnd.oasis.opendocument.spreadsheet',
];

/** A PDF starts with `%PDF-x.y` and, when complete, ends with `%%EOF` in its last kilobyte. */
function isPdf(bytes: Uint8Array): boolean {
  if (!/^%PDF-\d\.\d/.test(ascii(bytes, 0, 8))) return false;
  return ascii(bytes, Math.max(0, bytes.length - 1024), bytes.length).includes('%%EOF');
}

const looksLikePdfStart = (bytes: Uint8Array) => {
  const head = ascii(bytes, 0, 5);
  return head.startsWith('%PDF') || (head.length >= 3 && '%PDF-'.startsWith(head));
};

function sniffImage(bytes: Uint8Array): AttachmentMediaType | null {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  const gif = ascii(bytes, 0, 6);
  if (gif === 'GIF87a' || gif === 'GIF89a') return 'image/gif';
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP') return 'image/webp';
  return null;
}

/**
 * An office document is a ZIP whose inner entries say what it is: `[Content_Types].xml` names the
 * main part (OOXML), the first entry `mimetype` holds the type (OpenDocument). Anything carrying
 * macros (vbaProject.bin, Basic/ scripts) is refused. The archive is walked with the import's ZIP-bomb
 * guard, so a hostile archive costs little.
 */
function sniffOffice(bytes: Uint8Array): AttachmentMediaType | null {
  let entries: Map<string, Uint8Array>;
  let hasMacros = false;
  try {
    entries = guardZip(bytes, {
      // A long presentation lists hundreds of parts before or after its main one.
      keepBytes: 1024 * 1024,
      keep: (name) => {
        if (/(^|\/)vbaProject\.bin$/i.test(name) || /^Basic\//i.test(name)) hasMacros = true;
        return name === '[Content_Types].xml' || name === 'mimetype';
      },
    });
  } catch {
    return null;
  }
  if (hasMacros) return null;
  const mimetype = entries.get('mimetype');
  if (mimetype) {
    const declared = new TextDecoder().decode(mimetype).trim();
    return ODF.find((t) => t === declared) ?? null;
  }
  const contentTypes = entries.get('[Content_Types].xml');
  if (!contentTypes) return null;
  const xml = new TextDecoder().decode(contentTypes);
  const mains = [...xml.matchAll(/ContentType="([^"]+\.main\+xml)"/g)].map((m) => m[1] ?? '');
  // Exactly one known main part: a package claiming two things at once is not an ordinary document.
  const known = [...new Set(mains.map((m) => OOXML_MAIN[m]).filter((t) => t !== undefined))];
  return mains.length === 1 && known.length === 1 ? (known[0] ?? null) : null;
}

/** Markup a browser would render or run if it ever ignored the download headers. */
const MARKUP = /^\s*<(!doctype|html|head|body|script|svg|\?xml|iframe|object|embed|meta|!--)/i;

/** Plain text: valid UTF-8, no NUL byte, not markup. */
function isPlainText(bytes: Uint8Array): boolean {
  if (bytes.includes(0)) return false;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return false;
  }
  return !MARKUP.test(text.replace(/^\uFEFF/, ''));
}

/**
 * What a file really is, decided from its bytes only; the name just tells CSV from other text.
 * Executables, HTML, SVG, archives and anything unrecognised are refused.
 */
export function sniffMediaType(bytes: Uint8Array, fileName: string): SniffResult {
  if (bytes.length === 0) return { ok: false, reason: 'empty' };
  if (isPdf(bytes)) return { ok: true, mediaType: 'application/pdf' };
  // A broken or truncated PDF is not passed off as text.
  if (looksLikePdfStart(bytes)) return { ok: false, reason: 'refused' };
  const image = sniffImage(bytes);
  if (image) return { ok: true, mediaType: image };
  if (isZip(bytes)) {
    const office = sniffOffice(bytes);
    return office ? { ok: true, mediaType: office } : { ok: false, reason: 'refused' };
  }
  if (isPlainText(bytes)) {
    return { ok: true, mediaType: /\.csv$/i.test(fileName) ? 'text/csv' : 'text/plain' };
  }
  return { ok: false, reason: 'refused' };
}
