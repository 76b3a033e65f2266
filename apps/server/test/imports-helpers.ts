import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { asUser, type Session } from './helpers.js';

/** Real source files committed with the parsers (packages/domain/test-fixtures/imports/sources). */
export const SOURCES = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../packages/domain/test-fixtures/imports/sources',
);
export const source = (name: string) => readFileSync(path.join(SOURCES, name));

/** A multipart/form-data body with text fields and one file, as a browser sends it. */
export function multipart(fields: Record<string, string>, file: { name: string; bytes: Uint8Array }) {
  const boundary = `----tatabbu${randomBytes(8).toString('hex')}`;
  const parts: Buffer[] = [];
  for (const [name, value] of Object.entries(fields)) {
    parts.push(
      Buffer.from(`--${boundary}\r\ncontent-disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`),
    );
  }
  parts.push(
    Buffer.from(
      `--${boundary}\r\ncontent-disposition: form-data; name="file"; filename="${file.name}"\r\n` +
        'content-type: application/octet-stream\r\n\r\n',
    ),
    Buffer.from(file.bytes),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  );
  return { payload: Buffer.concat(parts), contentType: `multipart/form-data; boundary=${boundary}` };
}

export async function upload(
  app: FastifyInstance,
  session: Session,
  file: { name: string; bytes: Uint8Array },
  fields: Record<string, string> = {},
  { lang = 'en', url = '/api/v1/imports' } = {},
) {
  const body = multipart(fields, file);
  return app.inject({
    method: 'POST',
    url,
    headers: { ...asUser(session, lang), 'content-type': body.contentType },
    payload: body.payload,
  });
}

/** Polls the job until it leaves `running`/`committing`, as the web page does. */
export async function waitForJob(
  app: FastifyInstance,
  session: Session,
  id: string,
  query = '',
  lang = 'en',
) {
  for (let i = 0; i < 600; i++) {
    const res = await app.inject({ url: `/api/v1/imports/${id}${query}`, headers: asUser(session, lang) });
    if (res.statusCode !== 200) throw new Error(`GET import: ${res.statusCode} ${res.body}`);
    const job = res.json();
    if (job.status !== 'running' && job.status !== 'committing') return job;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('import did not finish');
}
