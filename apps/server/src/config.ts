import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { uiLocaleSchema } from '@tatabbu/domain';
import { z } from 'zod';

const here = path.dirname(fileURLToPath(import.meta.url));
export const REPO_ROOT = path.resolve(here, '../../..');

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

/** Every setting comes from the environment, with a safe default (documented in the README). */
const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('127.0.0.1'),
  DATABASE_URL: z.string().url().optional(),
  TATABBU_DATA_DIR: z.string().optional(),
  TATABBU_DEFAULT_LOCALE: uiLocaleSchema.default('ar'),
  TATABBU_DEMO: bool.default(true),
  TATABBU_SESSION_HOURS: z.coerce
    .number()
    .positive()
    .max(24 * 30)
    .default(12),
  TATABBU_SECURE_COOKIES: bool.optional(),
  TATABBU_TRUST_PROXY: bool.default(false),
  TATABBU_WEB_DIST: z.string().default(path.join(REPO_ROOT, 'apps/web/dist')),
  TATABBU_DATA_ROOT: z.string().default(path.join(REPO_ROOT, 'data')),
  /** Where to also write the first administrator's one-time password (for automated set-ups). */
  TATABBU_FIRST_ADMIN_FILE: z.string().optional(),
  /** Where evidence files are kept (default: `blobs` in the data directory). */
  TATABBU_BLOB_DIR: z.string().optional(),
  /** Largest evidence file, in megabytes. */
  TATABBU_ATTACHMENT_MAX_MB: z.coerce.number().positive().max(1024).default(20),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** The address people open the app at, for links in e-mails (defaults to http://HOST:PORT). */
  PUBLIC_URL: z.string().url().optional(),
  /** e.g. smtps://user:pass@mail.example.org:465; without it e-mails wait in the outbox. */
  SMTP_URL: z.string().url().optional(),
  MAIL_FROM: z.string().default('Tatabbu <no-reply@localhost>'),
  /** How often reminders are swept and e-mails sent. */
  TATABBU_NOTIFY_INTERVAL_SECONDS: z.coerce.number().int().min(5).max(86_400).default(60),
  /**
   * How long a change to published data may take to reach anonymous readers (cached answers);
   * 0 checks the database's publication generation on every cacheable request.
   */
  TATABBU_PUBLIC_CACHE_SECONDS: z.coerce.number().min(0).max(3600).default(5),
  /** Memory for cached anonymous answers, in megabytes; 0 turns the cache off. */
  TATABBU_PUBLIC_CACHE_MB: z.coerce.number().min(0).max(4096).default(64),
  /** API requests per minute from one address without a session or token; 0 turns the limit off. */
  TATABBU_RATE_LIMIT_ANONYMOUS: z.coerce.number().int().min(0).default(300),
  /** API requests per minute of one signed-in user or API token owner; 0 (default) means no limit. */
  TATABBU_RATE_LIMIT_SIGNED_IN: z.coerce.number().int().min(0).default(0),
});

export interface Config {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  defaultLocale: z.infer<typeof uiLocaleSchema>;
  seedDemo: boolean;
  sessionTtlMs: number;
  /** Mark cookies Secure; defaults to on when behind a proxy (HTTPS assumed), off on plain local HTTP. */
  secureCookies: boolean;
  trustProxy: boolean;
  webDist: string;
  dataRoot: string;
  logLevel: string;
  firstAdminFile: string | undefined;
  /** Base of the links in e-mails, without a trailing slash. */
  publicUrl: string;
  smtpUrl: string | undefined;
  mailFrom: string;
  notifyIntervalMs: number;
  blobDir: string;
  attachmentMaxBytes: number;
  publicCache: { checkIntervalMs: number; maxBytes: number };
  /** Requests per minute: per address for anonymous callers, per user when signed in; 0 = unlimited. */
  rateLimit: { anonymous: number; signedIn: number };
}

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const cwd = env.INIT_CWD ?? process.cwd();
  const dataDir = e.TATABBU_DATA_DIR
    ? path.resolve(cwd, e.TATABBU_DATA_DIR)
    : path.join(REPO_ROOT, '.tatabbu-data');
  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    // Default in the repository (whatever folder npm runs the server from); a relative value is
    // taken from where the command was typed (npm's INIT_CWD), not from the workspace folder.
    dataDir,
    defaultLocale: e.TATABBU_DEFAULT_LOCALE,
    seedDemo: e.TATABBU_DEMO,
    sessionTtlMs: e.TATABBU_SESSION_HOURS * 3600_000,
    secureCookies: e.TATABBU_SECURE_COOKIES ?? e.TATABBU_TRUST_PROXY,
    trustProxy: e.TATABBU_TRUST_PROXY,
    webDist: e.TATABBU_WEB_DIST,
    dataRoot: e.TATABBU_DATA_ROOT,
    logLevel: e.LOG_LEVEL,
    firstAdminFile: e.TATABBU_FIRST_ADMIN_FILE,
    publicUrl: (e.PUBLIC_URL ?? `http://${e.HOST}:${e.PORT}`).replace(/\/+$/, ''),
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    notifyIntervalMs: e.TATABBU_NOTIFY_INTERVAL_SECONDS * 1000,
    blobDir: e.TATABBU_BLOB_DIR ? path.resolve(cwd, e.TATABBU_BLOB_DIR) : path.join(dataDir, 'blobs'),
    attachmentMaxBytes: Math.floor(e.TATABBU_ATTACHMENT_MAX_MB * 1024 * 1024),
    publicCache: {
      checkIntervalMs: e.TATABBU_PUBLIC_CACHE_SECONDS * 1000,
      maxBytes: Math.floor(e.TATABBU_PUBLIC_CACHE_MB * 1024 * 1024),
    },
    rateLimit: { anonymous: e.TATABBU_RATE_LIMIT_ANONYMOUS, signedIn: e.TATABBU_RATE_LIMIT_SIGNED_IN },
  };
}
