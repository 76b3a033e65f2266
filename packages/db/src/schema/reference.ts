import type { InstitutionKind, MechanismType, Vocabulary } from '@tatabbu/domain';
import {
  type AnyPgColumn,
  boolean,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { localized, recordColumns } from './columns.js';

export const countries = pgTable('countries', {
  iso2: text('iso2').primaryKey(),
  iso3: text('iso3'),
  m49: text('m49'),
  name: localized('name'),
  /** UN official English short name, used to match recommending States in UN documents. */
  unName: text('un_name'),
  unMember: boolean('un_member').notNull().default(false),
});

export const mechanisms = pgTable('mechanisms', {
  ...recordColumns(),
  code: text('code').notNull().unique(),
  type: text('type').$type<MechanismType>().notNull(),
  name: localized('name'),
  acronym: localized('acronym'),
  active: boolean('active').notNull().default(true),
  sort: integer('sort').notNull().default(0),
});

/**
 * One table for every classification vocabulary (UHRI themes and affected persons, SDG goals,
 * targets and indicators, national axes and sub-axes, clusters): all multilingual, hierarchical
 * through `parent_id`, and editable by an admin.
 */
export const terms = pgTable(
  'terms',
  {
    ...recordColumns(),
    vocabulary: text('vocabulary').$type<Vocabulary>().notNull(),
    code: text('code'),
    parentId: uuid('parent_id').references((): AnyPgColumn => terms.id, { onDelete: 'restrict' }),
    name: localized('name'),
    sort: integer('sort').notNull().default(0),
    active: boolean('active').notNull().default(true),
  },
  (t) => [
    uniqueIndex('terms_vocabulary_code_key').on(t.vocabulary, t.code),
    index('terms_parent_idx').on(t.parentId),
  ],
);

export const institutions = pgTable('institutions', {
  ...recordColumns(),
  /** Stable code used by imports and the demo (e.g. the DIDH body id). */
  code: text('code').notNull().unique(),
  kind: text('kind').$type<InstitutionKind>().notNull().default('government'),
  name: localized('name'),
  acronym: localized('acronym'),
  parentId: uuid('parent_id').references((): AnyPgColumn => institutions.id),
  active: boolean('active').notNull().default(true),
});

/** Civil-society organisations; the participation feature adds their details. */
export const organizations = pgTable('organizations', {
  ...recordColumns(),
  name: localized('name'),
  kind: text('kind').notNull().default('association'),
  active: boolean('active').notNull().default(true),
});

/** Key-value settings of the instance (e.g. whether the demo was loaded). */
export const settings = pgTable('settings', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
});
