import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  to: string[];
  subject: string;
  /** Decoded text of every part (plain and HTML). */
  body: string;
}

const decodeWords = (s: string) =>
  s.replace(/=\?UTF-8\?([BQ])\?([^?]*)\?=\s*/gi, (_, enc: string, data: string) =>
    enc.toUpperCase() === 'B'
      ? Buffer.from(data, 'base64').toString('utf8')
      : decodeQp(data.replaceAll('_', ' ')),
  );

const decodeQp = (s: string) =>
  s
    .replace(/=\r?\n/g, '')
    .replace(/(?:=[0-9A-F]{2})+/g, (m) => Buffer.from(m.replaceAll('=', ''), 'hex').toString('utf8'));

/** Just enough MIME for the tests: the subject and every text part, decoded. */
function parse(raw: string): { subject: string; body: string } {
  const headerEnd = raw.search(/\r?\n\r?\n/);
  const headers = raw.slice(0, headerEnd).replace(/\r?\n[ \t]+/g, ' ');
  const subject = decodeWords(/^Subject: (.*)$/im.exec(headers)?.[1] ?? '');
  const parts: string[] = [];
  const partRe =
    /Content-Transfer-Encoding: (base64|quoted-printable|7bit)\r?\n(?:[^\r\n]+\r?\n)*\r?\n([\s\S]*?)(?=\r?\n--|$)/gi;
  for (const m of raw.matchAll(partRe)) {
    const [, encoding, data = ''] = m;
    if (encoding?.toLowerCase() === 'base64')
      parts.push(Buffer.from(data.replace(/\s+/g, ''), 'base64').toString('utf8'));
    else if (encoding?.toLowerCase() === 'quoted-printable') parts.push(decodeQp(data));
    else parts.push(data);
  }
  return { subject, body: parts.join('\n') };
}

/**
 * A local SMTP server on 127.0.0.1 (random port unless given) that keeps what it receives.
 * `failNext(n)` makes the next n messages be refused, to test retries.
 */
export async function startSmtpServer(listenPort = 0) {
  const received: ReceivedMail[] = [];
  let failures = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        if (failures > 0) {
          failures -= 1;
          const error = Object.assign(new Error('Mailbox unavailable, try later'), { responseCode: 451 });
          callback(error);
          return;
        }
        received.push({
          to: session.envelope.rcptTo.map((r) => r.address),
          ...parse(Buffer.concat(chunks).toString('utf8')),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(listenPort, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    failNext(n: number) {
      failures = n;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
