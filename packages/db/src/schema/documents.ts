import type { ApiTokenScope, DocumentKind, DocumentStatus } from '@tatabbu/domain';
import { bigint, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './accounts.js';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'string' });

/**
 * A generated document (implementation matrix, report draft, institution sheet, measure cards):
 * generated as a job with progress; the file lives in the blob store under `storage_key` until
 * `expires_at`, when a sweep deletes both.
 */
export const documentJobs = pgTable(
  'document_jobs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind').$type<DocumentKind>().notNull(),
    /** Content language of the document (ar, fr, en). */
    lang: text('lang').notNull(),
    /** What was asked: list filters, grouping, report type, institution or plan id. */
    params: jsonb('params').$type<Record<string, unknown>>().notNull().default({}),
    status: text('status').$type<DocumentStatus>().notNull().default('queued'),
    progressDone: integer('progress_done').notNull().default(0),
    progressTotal: integer('progress_total').notNull().default(0),
    fileName: text('file_name'),
    mediaType: text('media_type'),
    size: bigint('size', { mode: 'number' }),
    storageKey: text('storage_key').unique(),
    /** Why it failed, in plain words for the log. */
    failureReason: text('failure_reason'),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: ts('created_at').notNull().defaultNow(),
    startedAt: ts('started_at'),
    finishedAt: ts('finished_at'),
    expiresAt: ts('expires_at'),
  },
  (t) => [
    index('document_jobs_created_by_idx').on(t.createdBy, t.createdAt),
    index('document_jobs_status_idx').on(t.status),
  ],
);

/**
 * Personal API tokens for integrations: shown once, stored as their SHA-256 only (like sessions),
 * scoped, revocable, optionally expiring.
 */
export const apiTokens = pgTable(
  'api_tokens',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    tokenHash: text('token_hash').notNull().unique(),
    /** The first characters of the token, to recognise it in the list ("ttb_3f9a…"). */
    prefix: text('prefix').notNull(),
    scopes: jsonb('scopes').$type<ApiTokenScope[]>().notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
    lastUsedAt: ts('last_used_at'),
    expiresAt: ts('expires_at'),
    revokedAt: ts('revoked_at'),
  },
  (t) => [index('api_tokens_user_idx').on(t.userId)],
);
