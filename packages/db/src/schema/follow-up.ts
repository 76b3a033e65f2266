import type {
  ContentLang,
  ImplementationStatus,
  RoundStatus,
  StatusOrigin,
  UpdateAction,
  UpdateStatus,
} from '@tatabbu/domain';
import { sql } from 'drizzle-orm';
import {
  bigserial,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from './accounts.js';
import { localized, recordColumns } from './columns.js';
import { measures } from './plans.js';
import { recommendations } from './recommendations.js';
import { institutions } from './reference.js';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'string' });

/** A data-collection campaign the coordinator opens (e.g. "UPR mid-term report 2025"). */
export const rounds = pgTable(
  'rounds',
  {
    ...recordColumns(),
    title: localized('title'),
    instructions: localized('instructions'),
    deadline: date('deadline', { mode: 'string' }).notNull(),
    status: text('status').$type<RoundStatus>().notNull().default('draft'),
    openedAt: ts('opened_at'),
    closedAt: ts('closed_at'),
    createdBy: uuid('created_by').references(() => users.id),
  },
  (t) => [index('rounds_status_idx').on(t.status)],
);

/** What a round asks about: one recommendation or one measure per row. */
export const roundItems = pgTable(
  'round_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    roundId: uuid('round_id')
      .notNull()
      .references(() => rounds.id, { onDelete: 'cascade' }),
    recommendationId: uuid('recommendation_id').references(() => recommendations.id),
    measureId: uuid('measure_id').references(() => measures.id),
  },
  (t) => [
    uniqueIndex('round_items_recommendation_key')
      .on(t.roundId, t.recommendationId)
      .where(sql`recommendation_id is not null`),
    uniqueIndex('round_items_measure_key').on(t.roundId, t.measureId).where(sql`measure_id is not null`),
    index('round_items_recommendation_idx').on(t.recommendationId),
    check('round_items_one_subject', sql`(recommendation_id is null) <> (measure_id is null)`),
  ],
);

/** The institutions a round asks. */
export const roundInstitutions = pgTable(
  'round_institutions',
  {
    roundId: uuid('round_id')
      .notNull()
      .references(() => rounds.id, { onDelete: 'cascade' }),
    institutionId: uuid('institution_id')
      .notNull()
      .references(() => institutions.id),
  },
  (t) => [
    primaryKey({ columns: [t.roundId, t.institutionId] }),
    index('round_institutions_institution_idx').on(t.institutionId),
  ],
);

/**
 * What one institution reports on one recommendation or measure in a round. The row holds the
 * current version; every version is also kept in `progress_update_versions`, never overwritten.
 */
export const progressUpdates = pgTable(
  'progress_updates',
  {
    ...recordColumns(),
    roundId: uuid('round_id')
      .notNull()
      .references(() => rounds.id),
    recommendationId: uuid('recommendation_id').references(() => recommendations.id),
    measureId: uuid('measure_id').references(() => measures.id),
    institutionId: uuid('institution_id')
      .notNull()
      .references(() => institutions.id),
    status: text('status').$type<UpdateStatus>().notNull().default('draft'),
    narrativeAr: text('narrative_ar'),
    narrativeFr: text('narrative_fr'),
    narrativeEn: text('narrative_en'),
    originalLang: text('original_lang').$type<ContentLang>(),
    proposedStatus: text('proposed_status').$type<ImplementationStatus>(),
    /** 0–100 */
    progress: smallint('progress'),
    periodStart: date('period_start', { mode: 'string' }),
    periodEnd: date('period_end', { mode: 'string' }),
    /** Evidence links `[{ url, label }]`; files are attachments. */
    links: jsonb('links').$type<{ url: string; label?: string }[]>().notNull().default([]),
    /** The coordinator's comment on the last return. */
    reviewComment: text('review_comment'),
    createdBy: uuid('created_by').references(() => users.id),
    updatedBy: uuid('updated_by').references(() => users.id),
    submittedAt: ts('submitted_at'),
    submittedBy: uuid('submitted_by').references(() => users.id),
    validatedAt: ts('validated_at'),
    validatedBy: uuid('validated_by').references(() => users.id),
    publishedAt: ts('published_at'),
    publishedBy: uuid('published_by').references(() => users.id),
  },
  (t) => [
    uniqueIndex('progress_updates_recommendation_key')
      .on(t.roundId, t.recommendationId, t.institutionId)
      .where(sql`recommendation_id is not null`),
    uniqueIndex('progress_updates_measure_key')
      .on(t.roundId, t.measureId, t.institutionId)
      .where(sql`measure_id is not null`),
    index('progress_updates_recommendation_idx').on(t.recommendationId),
    index('progress_updates_measure_idx').on(t.measureId),
    index('progress_updates_institution_status_idx').on(t.institutionId, t.status),
    check('progress_updates_one_subject', sql`(recommendation_id is null) <> (measure_id is null)`),
    check('progress_updates_progress_range', sql`progress is null or progress between 0 and 100`),
  ],
);

/** Every version of every update, as it was after each step. Append-only. */
export const progressUpdateVersions = pgTable(
  'progress_update_versions',
  {
    updateId: uuid('update_id')
      .notNull()
      .references(() => progressUpdates.id),
    version: integer('version').notNull(),
    action: text('action').$type<UpdateAction>().notNull(),
    status: text('status').$type<UpdateStatus>().notNull(),
    /** The update's content after the step (narratives, proposed status, progress, period, links). */
    snapshot: jsonb('snapshot').$type<Record<string, unknown>>().notNull(),
    comment: text('comment'),
    actorId: uuid('actor_id').references(() => users.id),
    at: ts('at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.updateId, t.version] })],
);

/** Every change of a recommendation's or a measure's official status, for timelines and trends. */
export const statusChanges = pgTable(
  'status_changes',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    recommendationId: uuid('recommendation_id').references(() => recommendations.id),
    measureId: uuid('measure_id').references(() => measures.id),
    fromStatus: text('from_status').$type<ImplementationStatus>(),
    toStatus: text('to_status').$type<ImplementationStatus>().notNull(),
    origin: text('origin').$type<StatusOrigin>().notNull(),
    /** The validated update that set it, when one did. */
    updateId: uuid('update_id').references(() => progressUpdates.id),
    actorId: uuid('actor_id').references(() => users.id),
    at: ts('at').notNull().defaultNow(),
  },
  (t) => [
    index('status_changes_recommendation_idx').on(t.recommendationId, t.at),
    index('status_changes_measure_idx').on(t.measureId, t.at),
    index('status_changes_at_idx').on(t.at),
  ],
);
