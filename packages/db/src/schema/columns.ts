import type { LocalizedText } from '@tatabbu/domain';
import { integer, jsonb, timestamp, uuid } from 'drizzle-orm/pg-core';

/** Columns every mutable record has: id, timestamps and the optimistic-concurrency version. */
export const recordColumns = () => ({
  id: uuid('id').primaryKey().defaultRandom(),
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  version: integer('version').notNull().default(0),
});

/** Multilingual text `{ ar, fr, en, es }`. */
export const localized = (name: string) => jsonb(name).$type<LocalizedText>().notNull().default({});
