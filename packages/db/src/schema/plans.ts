import type { AssignmentRole, ImplementationStatus, StatusOrigin } from '@tatabbu/domain';
import {
  boolean,
  date,
  doublePrecision,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from './accounts.js';
import { localized, recordColumns } from './columns.js';
import { recommendations } from './recommendations.js';
import { institutions } from './reference.js';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'string' });

/** A national action plan (e.g. Morocco's national plan for democracy and human rights). */
export const actionPlans = pgTable('action_plans', {
  ...recordColumns(),
  /** Short stable code, e.g. `PANDDH-2018`. */
  code: text('code').notNull().unique(),
  name: localized('name'),
  description: localized('description'),
  startYear: integer('start_year'),
  endYear: integer('end_year'),
  /** Shown on the public portal, with its axes, measures and indicators. */
  published: boolean('published').notNull().default(false),
  publishedAt: ts('published_at'),
  createdBy: uuid('created_by').references(() => users.id),
});

export const planAxes = pgTable(
  'plan_axes',
  {
    ...recordColumns(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => actionPlans.id, { onDelete: 'cascade' }),
    /** As the plan numbers it: `1`, `II`, `3.2` … */
    number: text('number').notNull(),
    name: localized('name'),
    sort: integer('sort').notNull().default(0),
  },
  (t) => [uniqueIndex('plan_axes_plan_number_key').on(t.planId, t.number)],
);

/** One measure of a plan: the card a government publishes for it. */
export const measures = pgTable(
  'measures',
  {
    ...recordColumns(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => actionPlans.id, { onDelete: 'cascade' }),
    axisId: uuid('axis_id').references(() => planAxes.id, { onDelete: 'set null' }),
    number: text('number').notNull(),
    name: localized('name'),
    subMeasure: localized('sub_measure'),
    description: localized('description'),
    objectives: localized('objectives'),
    achievements: localized('achievements'),
    /** `continuous` is "ongoing by nature". */
    status: text('status').$type<ImplementationStatus>(),
    statusDate: date('status_date', { mode: 'string' }),
    /** `validated_update` when a validated update set the status, `manual` when a coordinator did. */
    statusOrigin: text('status_origin').$type<StatusOrigin>(),
    /** What the public sees, as for recommendations (migrations 0012, 0013). */
    publicStatus: text('public_status').$type<ImplementationStatus>(),
    publicStatusDate: date('public_status_date', { mode: 'string' }),
    sort: integer('sort').notNull().default(0),
    createdBy: uuid('created_by').references(() => users.id),
  },
  (t) => [
    uniqueIndex('measures_plan_number_key').on(t.planId, t.number),
    index('measures_axis_idx').on(t.axisId),
  ],
);

export const measureInstitutions = pgTable(
  'measure_institutions',
  {
    measureId: uuid('measure_id')
      .notNull()
      .references(() => measures.id, { onDelete: 'cascade' }),
    institutionId: uuid('institution_id')
      .notNull()
      .references(() => institutions.id),
    role: text('role').$type<AssignmentRole>().notNull().default('lead'),
  },
  (t) => [
    primaryKey({ columns: [t.measureId, t.institutionId] }),
    index('measure_institutions_institution_idx').on(t.institutionId),
  ],
);

/** Which recommendations a measure implements (both ways). */
export const measureRecommendations = pgTable(
  'measure_recommendations',
  {
    measureId: uuid('measure_id')
      .notNull()
      .references(() => measures.id, { onDelete: 'cascade' }),
    recommendationId: uuid('recommendation_id')
      .notNull()
      .references(() => recommendations.id, { onDelete: 'cascade' }),
    createdAt: ts('created_at').notNull().defaultNow(),
    createdBy: uuid('created_by').references(() => users.id),
  },
  (t) => [
    primaryKey({ columns: [t.measureId, t.recommendationId] }),
    index('measure_recommendations_recommendation_idx').on(t.recommendationId),
  ],
);

export const indicators = pgTable(
  'indicators',
  {
    ...recordColumns(),
    measureId: uuid('measure_id')
      .notNull()
      .references(() => measures.id, { onDelete: 'cascade' }),
    name: localized('name'),
    unit: localized('unit'),
    baseline: doublePrecision('baseline'),
    baselineDate: date('baseline_date', { mode: 'string' }),
    target: doublePrecision('target'),
    targetDate: date('target_date', { mode: 'string' }),
    sort: integer('sort').notNull().default(0),
  },
  (t) => [index('indicators_measure_idx').on(t.measureId)],
);

/** A dated value of an indicator, with where it comes from. */
export const indicatorValues = pgTable(
  'indicator_values',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    indicatorId: uuid('indicator_id')
      .notNull()
      .references(() => indicators.id, { onDelete: 'cascade' }),
    date: date('date', { mode: 'string' }).notNull(),
    value: doublePrecision('value').notNull(),
    source: text('source'),
    note: text('note'),
    createdAt: ts('created_at').notNull().defaultNow(),
    createdBy: uuid('created_by').references(() => users.id),
  },
  (t) => [uniqueIndex('indicator_values_indicator_date_key').on(t.indicatorId, t.date)],
);
