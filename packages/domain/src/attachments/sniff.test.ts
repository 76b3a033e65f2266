import ExcelJS from 'exceljs';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { sniffMediaType } from './sniff.js';

const b64 = (s: string) => new Uint8Array(Buffer.from(s, 'base64'));
const text = (s: string) => new TextEncoder().encode(s);

// Real, tiny files of each accepted kind (1×1 images as written by common encoders).
const PNG = b64(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
);
const GIF = b64('R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==');
const WEBP = b64('UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==');
const JPEG = b64(
  '/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//////////////////////////////////////////////////////////////////////////////////////wgALCAABAAEBAREA/8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAAgBAQABPxA=',
);
const PDF = text(
  '%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n2 0 obj <</Type /Pages /Kids [] /Count 0>> endobj\n' +
    'trailer <</Root 1 0 R>>\n%%EOF\n',
);

const contentTypes = (main: string) =>
  strToU8(
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      `<Override PartName="/main.xml" ContentType="${main}"/></Types>`,
  );
const ooxml = (main: string, extra: Record<string, Uint8Array> = {}) =>
  zipSync({
    '[Content_Types].xml': contentTypes(main),
    'word/document.xml': strToU8('<w:document/>'),
    ...extra,
  });
const odf = (mimetype: string) =>
  zipSync({
    mimetype: [strToU8(mimetype), { level: 0 }],
    'content.xml': strToU8('<office:document-content/>'),
  });

async function realXlsx(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Feuil1').addRow(['التوصية', 'Statut']);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('sniffMediaType accepts real files by their content', () => {
  it.each([
    ['report.pdf', PDF, 'application/pdf'],
    ['photo.png', PNG, 'image/png'],
    ['photo.jpg', JPEG, 'image/jpeg'],
    ['photo.webp', WEBP, 'image/webp'],
    ['anim.gif', GIF, 'image/gif'],
    [
      'note.docx',
      ooxml('application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml'),
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    ],
    [
      'slides.pptx',
      ooxml('application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml'),
      'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    ],
    ['texte.odt', odf('application/vnd.oasis.opendocument.text'), 'application/vnd.oasis.opendocument.text'],
    [
      'tableau.ods',
      odf('application/vnd.oasis.opendocument.spreadsheet'),
      'application/vnd.oasis.opendocument.spreadsheet',
    ],
    ['محضر.txt', text('تقرير المتابعة\nRapport de suivi\n'), 'text/plain'],
    ['données.csv', text('\uFEFFcode,statut\nR1,en cours\n'), 'text/csv'],
  ])('%s → %s', (name, bytes, expected) => {
    expect(sniffMediaType(bytes, name)).toEqual({ ok: true, mediaType: expected });
  });

  it('an XLSX written by a spreadsheet library', async () => {
    expect(sniffMediaType(await realXlsx(), 'plan.xlsx')).toEqual({
      ok: true,
      mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    });
  });

  it('ignores the name: a PNG called .pdf is a PNG', () => {
    expect(sniffMediaType(PNG, 'report.pdf')).toEqual({ ok: true, mediaType: 'image/png' });
  });
});

describe('sniffMediaType refuses hostile or unknown files', () => {
  const refused = { ok: false, reason: 'refused' };
  it.each([
    ['HTML renamed .pdf', 'report.pdf', text('<!DOCTYPE html><html><script>alert(1)</script></html>')],
    ['HTML without doctype', 'notes.txt', text('  <html><body onload="x()"></body></html>')],
    [
      'SVG image',
      'logo.png',
      text('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
    ],
    ['XML-declared SVG', 'logo.svg', text('<?xml version="1.0"?><svg/>')],
    ['Windows executable', 'rapport.pdf', new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00])],
    ['ELF executable', 'run.txt', new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00])],
    ['a ZIP that is not an office file', 'archive.docx', zipSync({ 'a.txt': strToU8('hello') })],
    ['truncated PDF header', 'report.pdf', text('%PD')],
    ['PDF cut before its end', 'report.pdf', PDF.subarray(0, 60)],
    ['not UTF-8 text', 'notes.txt', new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x0a])],
    ['text with a NUL byte', 'data.csv', text('a,b\n1,\u0000\n')],
    [
      'macro-enabled Word file',
      'note.docx',
      ooxml('application/vnd.ms-word.document.macroEnabled.main+xml', {
        'word/vbaProject.bin': strToU8('x'),
      }),
    ],
    [
      'a DOCX that smuggles macros',
      'note.docx',
      ooxml('application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml', {
        'word/vbaProject.bin': strToU8('x'),
      }),
    ],
    ['an OpenDocument of another kind', 'draw.odg', odf('application/vnd.oasis.opendocument.graphics')],
    ['a corrupt ZIP', 'note.docx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3])],
  ])('%s', (_label, name, bytes) => {
    expect(sniffMediaType(bytes, name)).toEqual(refused);
  });

  it('an empty file says so', () => {
    expect(sniffMediaType(new Uint8Array(), 'empty.pdf')).toEqual({ ok: false, reason: 'empty' });
  });
});
