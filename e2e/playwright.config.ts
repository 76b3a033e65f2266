import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { defineConfig } from '@playwright/test';

// One throw-away instance for the whole run; workers inherit these variables from the runner.
process.env.TATABBU_E2E_DIR ??= mkdtempSync(path.join(tmpdir(), 'tatabbu-e2e-'));
// Chromium refuses some ports outright (net::ERR_UNSAFE_PORT); 3659 is the one in this range.
const CHROMIUM_UNSAFE_PORTS = new Set([3659]);
let randomPort = 3100 + Math.floor(Math.random() * 800);
if (CHROMIUM_UNSAFE_PORTS.has(randomPort)) randomPort += 1;
process.env.TATABBU_E2E_PORT ??= String(randomPort);
const dir = process.env.TATABBU_E2E_DIR;
const port = process.env.TATABBU_E2E_PORT;
// The mail sink's two ports follow the app's, in ranges of their own.
const smtpPort = String(Number(port) + 800);
const sinkHttpPort = String(Number(port) + 1600);
export const baseURL = `http://127.0.0.1:${port}`;
export const adminFile = path.join(dir, 'first-admin.json');
/** What the local SMTP server received, as JSON (see `smtp-sink.ts`). */
export const mailboxURL = `http://127.0.0.1:${sinkHttpPort}/messages`;
const repoRoot = path.resolve(import.meta.dirname, '..');

export default defineConfig({
  testDir: './tests',
  outputDir: './test-results',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: process.env.CI ? 'list' : 'list',
  use: {
    baseURL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: [
    {
      command: 'node --import tsx e2e/smtp-sink.ts',
      cwd: repoRoot,
      url: mailboxURL,
      timeout: 30_000,
      reuseExistingServer: false,
      stdout: 'ignore',
      stderr: 'pipe',
      env: { SMTP_SINK_PORT: smtpPort, SMTP_SINK_HTTP_PORT: sinkHttpPort },
    },
    {
      command: 'node apps/server/bin/tatabbu.js serve',
      cwd: repoRoot,
      url: `${baseURL}/readyz`,
      timeout: 240_000,
      reuseExistingServer: false,
      stdout: 'ignore',
      stderr: 'pipe',
      env: {
        PORT: port,
        HOST: '127.0.0.1',
        TATABBU_DATA_DIR: path.join(dir, 'data'),
        TATABBU_FIRST_ADMIN_FILE: adminFile,
        TATABBU_DEFAULT_LOCALE: 'ar',
        LOG_LEVEL: 'warn',
        // E-mails go to the sink within seconds, with links to this instance.
        SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
        PUBLIC_URL: baseURL,
        TATABBU_NOTIFY_INTERVAL_SECONDS: '5',
        // The whole browser suite comes from one address; the anonymous rate limit has its own tests.
        TATABBU_RATE_LIMIT_ANONYMOUS: '0',
      },
    },
  ],
});
