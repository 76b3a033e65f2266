import type { Formatters } from '../../i18n/format';
import { intlLocale } from '../../i18n/locale';

/** The kind of file a sniffed media type is, as a key under `evidence.types`. */
export function typeKey(mediaType: string) {
  if (mediaType === 'application/pdf') return 'pdf' as const;
  if (mediaType.startsWith('image/')) return 'image' as const;
  if (mediaType === 'text/csv') return 'csv' as const;
  if (mediaType.startsWith('text/')) return 'text' as const;
  if (/wordprocessingml|opendocument\.text/.test(mediaType)) return 'document' as const;
  if (/spreadsheetml|opendocument\.spreadsheet/.test(mediaType)) return 'spreadsheet' as const;
  if (/presentationml/.test(mediaType)) return 'presentation' as const;
  return 'other' as const;
}

/** "2.4 MB", "120 kB", in the UI language's own units and digits. */
export function formatSize(bytes: number, f: Formatters): string {
  const [value, unit] =
    bytes >= 1024 * 1024
      ? [bytes / (1024 * 1024), 'megabyte']
      : bytes >= 1024
        ? [bytes / 1024, 'kilobyte']
        : [bytes, 'byte'];
  return new Intl.NumberFormat(intlLocale(f.locale), {
    style: 'unit',
    unit,
    unitDisplay: 'short',
    maximumFractionDigits: 1,
  }).format(value);
}
