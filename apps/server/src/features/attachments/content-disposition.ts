/**
 * `attachment` with the file name twice: an ASCII stand-in for old clients and the exact UTF-8 name
 * (RFC 5987 / RFC 6266), so Arabic and accented names survive the download.
 */
export function attachmentDisposition(fileName: string): string {
  const extension = /\.[A-Za-z0-9]{1,8}$/.exec(fileName)?.[0] ?? '';
  let ascii = fileName
    .normalize('NFKD')
    .replace(/[^\x20-\x7e]/g, '')
    .replace(/["\\%]/g, '')
    .trim();
  // An all-Arabic name leaves nothing readable: a neutral name with the right extension instead.
  if (!/[A-Za-z0-9]/.test(ascii.slice(0, ascii.length - extension.length))) ascii = `file${extension}`;
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeRfc5987(fileName)}`;
}

/** Percent-encodes everything but RFC 5987's attr-char set. */
const encodeRfc5987 = (value: string) =>
  encodeURIComponent(value).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/** A name safe to store and show: no path, no control characters, not too long. */
export function cleanFileName(name: string | undefined): string {
  const base = (name ?? '').split(/[\\/]/).pop() ?? '';
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point
  const cleaned = base.replace(/[\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g, '').trim();
  return (cleaned || 'file').slice(0, 255);
}
