import type { Readable } from 'node:stream';
import type { DocumentRecommendation } from '@tatabbu/db';
import { type LocalizedText, pickText, type UiLocale } from '@tatabbu/domain';
import { type ExportColumn, exportColumns } from '../exports/columns.js';
import { xlsxStream } from '../exports/xlsx.js';
import { DOC_STRINGS } from './strings.js';

/** The export columns the matrix shows, in its order (the export's machinery gives headers and cells). */
const FROM_EXPORT = [
  'key',
  'mechanism',
  'symbol',
  'text',
  'states',
  'position',
  'themes',
  'sdgs',
  'axes',
] as const;

/** The implementation matrix's columns: the export's identification and classification, then follow-up. */
export function matrixColumns(lang: UiLocale): ExportColumn<DocumentRecommendation>[] {
  const exported = exportColumns(lang);
  const pick = (field: string) =>
    exported.find((c) => c.field === (field === 'text' ? `text.${lang}` : field));
  const name = (text: LocalizedText) => pickText(text, lang)?.text ?? '';
  const institutions = (role: 'lead' | 'contributing') => (r: DocumentRecommendation) =>
    r.institutions
      .filter((i) => i.role === role)
      .map((i) => name(i.name))
      .join('\n');
  const status = pick('status') as ExportColumn;
  return [
    ...FROM_EXPORT.map((f) => pick(f) as ExportColumn),
    { field: 'lead', header: DOC_STRINGS.lead[lang], width: 30, value: institutions('lead') },
    {
      field: 'contributing',
      header: DOC_STRINGS.contributing[lang],
      width: 30,
      value: institutions('contributing'),
    },
    status,
    {
      field: 'narrative',
      header: DOC_STRINGS.narrative[lang],
      width: 70,
      value: (r) => {
        const latest = r.updates[0];
        return latest ? (pickText(latest.narrative, lang)?.text ?? '') : '';
      },
    },
    {
      field: 'measures',
      header: DOC_STRINGS.measures[lang],
      width: 40,
      value: (r) => r.measures.map((m) => `${m.planCode} ${m.number} ${name(m.name)}`.trim()).join('\n'),
    },
  ];
}

/** The matrix as an XLSX stream: frozen header, filters, right-to-left sheet in Arabic. */
export function matrixStream(
  batches: AsyncIterable<DocumentRecommendation[]>,
  lang: UiLocale,
  onError: (error: unknown) => void,
): Readable {
  return xlsxStream(batches, lang, DOC_STRINGS.matrixSheet[lang].slice(0, 31), onError, matrixColumns(lang));
}
