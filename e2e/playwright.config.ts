import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { defineConfig } from '@playwright/test';

// One throw-away instance for the whole run; workers inherit these variables from the runner.
process.env.TATABBU_E2E_DIR ??= mkdtempSync(path.join(tmpdir(), 'tatabbu-e2e-'));
process.env.TATABBU_E2E_PORT ??= String(3100 + Math.floor(Math.random() * 800));
const dir = process.env.TATABBU_E2E_DIR;
const port = process.env.TATABBU_E2E_PORT;
export const baseURL = `http://127.0.0.1:${port}`;
export const adminFile = path.join(dir, 'first-admin.json');

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
  webServer: {
    command: 'node apps/server/bin/tatabbu.js serve',
    cwd: path.resolve(import.meta.dirname, '..'),
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
    },
  },
});
