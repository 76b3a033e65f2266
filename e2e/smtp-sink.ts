/**
 * The browser journeys' mail server: the same local SMTP server as the server tests, on a known
 * port, plus `GET /messages` on 127.0.0.1 answering what it received (recipients, decoded subject
 * and body) as JSON. Started by Playwright (`webServer`) before the app, which sends to it.
 */
import { createServer } from 'node:http';
import { startSmtpServer } from '../apps/server/test/smtp-helpers.ts';

const smtpPort = Number(process.env.SMTP_SINK_PORT);
const httpPort = Number(process.env.SMTP_SINK_HTTP_PORT);
if (!smtpPort || !httpPort) throw new Error('SMTP_SINK_PORT and SMTP_SINK_HTTP_PORT are required');

const smtp = await startSmtpServer(smtpPort);
const http = createServer((req, res) => {
  if (req.method !== 'GET' || req.url !== '/messages') {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(smtp.received));
});
http.listen(httpPort, '127.0.0.1', () => {
  console.log(`SMTP sink on ${smtp.url}, messages at http://127.0.0.1:${httpPort}/messages`);
});

const stop = () => {
  http.close();
  void smtp.close().then(() => process.exit(0));
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
