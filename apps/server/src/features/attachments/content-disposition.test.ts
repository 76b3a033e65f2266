import { describe, expect, it } from 'vitest';
import { attachmentDisposition, cleanFileName } from './content-disposition.js';

const utf8Name = (header: string) => decodeURIComponent(/filename\*=UTF-8''([^;]+)/.exec(header)?.[1] ?? '');
const asciiName = (header: string) => /filename="([^"]*)"/.exec(header)?.[1];

describe('attachmentDisposition', () => {
  it('keeps an Arabic name exactly, with a readable ASCII stand-in', () => {
    const header = attachmentDisposition('محضر اجتماع (نهائي).pdf');
    expect(header.startsWith('attachment; ')).toBe(true);
    expect(utf8Name(header)).toBe('محضر اجتماع (نهائي).pdf');
    expect(asciiName(header)).toBe('file.pdf');
    // Only RFC 5987 attr-chars after the prefix: no quote, space, parenthesis or apostrophe to break out.
    expect(/filename\*=UTF-8''([^;]+)/.exec(header)?.[1]).toMatch(/^[A-Za-z0-9!#$&+.^_`|~%-]+$/);
  });

  it('folds French accents for the stand-in and drops quotes and backslashes', () => {
    const header = attachmentDisposition('Rapport "définitif" \\ été.docx');
    expect(asciiName(header)).toBe('Rapport definitif  ete.docx');
    expect(utf8Name(header)).toBe('Rapport "définitif" \\ été.docx');
  });
});

describe('cleanFileName', () => {
  it('keeps only the last path segment and drops control and bidi-override characters', () => {
    expect(cleanFileName('../../etc/passwd')).toBe('passwd');
    expect(cleanFileName('C:\\Users\\x\\تقرير.pdf')).toBe('تقرير.pdf');
    expect(cleanFileName('invoice\u202Efdp.exe')).toBe('invoicefdp.exe');
    expect(cleanFileName('a\r\nb.txt')).toBe('ab.txt');
    expect(cleanFileName('')).toBe('file');
    expect(cleanFileName(undefined)).toBe('file');
    expect(cleanFileName('x'.repeat(400))).toHaveLength(255);
  });
});
