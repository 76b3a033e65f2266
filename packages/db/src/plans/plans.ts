import {
  type AxisCreate,
  type AxisPatch,
  isDemoPlanCode,
  type LocalizedText,
  type Plan,
  type PlanAxis,
  type PlanCreate,
  type PlanPatch,
  type PlanScope,
  type PlanSummary,
} from '@tatabbu/domain';
import { eq, type SQL, sql } from 'drizzle-orm';
import { recordAudit } from '../audit/record.js';
import { inTransaction, isUuid, queryRows, toIso, toIsoOrNull } from '../audit/sql.js';
import type { Db, Tx } from '../connection.js';
import { NotFoundError } from '../errors.js';
import { statusOf } from '../recommendations/conditions.js';
import { actionPlans, planAxes } from '../schema/index.js';
import { groupStatusCounts, totalOf } from './status-counts.js';
import { definedOnly, lockVersion, uniqueOrConflict } from './versioned.js';

/** The plans `scope` lets the caller see, as a condition on the alias `p`. */
export const planScopeCondition = (scope: PlanScope, alias = 'p'): SQL =>
  scope.kind === 'all' ? sql`true` : sql`${sql.raw(alias)}.published`;

interface PlanRow {
  id: string;
  code: string;
  name: LocalizedText;
  description: LocalizedText;
  start_year: number | null;
  end_year: number | null;
  published: boolean;
  published_at: string | null;
  version: number;
  updated_at: string;
  axis_count: number;
}

async function planRows(db: Db | Tx, scope: PlanScope, where: SQL): Promise<PlanSummary[]> {
  const rows = await queryRows<PlanRow>(
    db,
    sql`select p.id, p.code, p.name, p.description, p.start_year, p.end_year, p.published,
          p.published_at::text as published_at, p.version, p.updated_at::text as updated_at,
          (select count(*)::int from plan_axes a where a.plan_id = p.id) as axis_count
        from action_plans p where ${where} order by p.start_year desc nulls last, p.code`,
  );
  if (rows.length === 0) return [];
  const counts = groupStatusCounts(
    await queryRows<{ key: string; status: string | null; n: number }>(
      db,
      sql`select m.plan_id as key, ${statusOf(scope, 'm')} as status, count(*)::int as n from measures m
          where m.plan_id in (${sql.join(
            rows.map((r) => sql`${r.id}`),
            sql`, `,
          )}) group by 1, 2`,
    ),
  );
  return rows.map((r) => ({
    id: r.id,
    code: r.code,
    name: r.name,
    description: r.description,
    startYear: r.start_year,
    endYear: r.end_year,
    published: r.published,
    publishedAt: toIsoOrNull(r.published_at),
    demo: isDemoPlanCode(r.code),
    version: r.version,
    updatedAt: toIso(r.updated_at),
    axisCount: r.axis_count,
    measureCount: totalOf(counts.get(r.id)),
    statusCounts: counts.get(r.id) ?? [],
  }));
}

export async function listPlans(db: Db | Tx, scope: PlanScope): Promise<PlanSummary[]> {
  return planRows(db, scope, planScopeCondition(scope));
}

async function axesOf(db: Db | Tx, planId: string): Promise<PlanAxis[]> {
  const rows = await queryRows<{
    id: string;
    number: string;
    name: LocalizedText;
    sort: number;
    version: number;
  }>(
    db,
    sql`select id, number, name, sort, version from plan_axes where plan_id = ${planId} order by sort, number`,
  );
  const counts = groupStatusCounts(
    await queryRows<{ key: string; status: string | null; n: number }>(
      db,
      sql`select axis_id as key, status, count(*)::int as n from measures
          where plan_id = ${planId} and axis_id is not null group by axis_id, status`,
    ),
  );
  return rows.map((r) => ({
    ...r,
    planId,
    measureCount: totalOf(counts.get(r.id)),
    statusCounts: counts.get(r.id) ?? [],
  }));
}

/** One plan with its axes and, per axis, how many measures have each status; null when out of scope. */
export async function getPlan(db: Db | Tx, scope: PlanScope, id: string): Promise<Plan | null> {
  if (!isUuid(id)) return null;
  const [plan] = await planRows(db, scope, sql`p.id = ${id} and ${planScopeCondition(scope)}`);
  if (!plan) return null;
  return { ...plan, axes: await axesOf(db, id) };
}

async function mustGetPlan(db: Db | Tx, id: string): Promise<Plan> {
  const plan = await getPlan(db, { kind: 'all' }, id);
  if (!plan) throw new NotFoundError('plan', id);
  return plan;
}

/** What the audit trail keeps of a plan: its own fields, not the computed counts. */
const planAudit = (p: Plan) => ({
  code: p.code,
  name: p.name,
  description: p.description,
  startYear: p.startYear,
  endYear: p.endYear,
  published: p.published,
});

export async function createPlan(db: Db | Tx, input: PlanCreate, actorId: string | null): Promise<Plan> {
  return inTransaction(db, async (tx) => {
    const [row] = await uniqueOrConflict('plan', 'code', () =>
      tx
        .insert(actionPlans)
        .values({
          code: input.code,
          name: input.name,
          description: input.description ?? {},
          startYear: input.startYear ?? null,
          endYear: input.endYear ?? null,
          createdBy: actorId,
        })
        .returning(),
    );
    if (!row) throw new Error('plan insert returned nothing');
    const plan = await mustGetPlan(tx, row.id);
    await recordAudit(tx, {
      actorId,
      action: 'plan.create',
      entity: 'plan',
      entityId: row.id,
      after: planAudit(plan),
    });
    return plan;
  });
}

/** Shared by edit, publish and unpublish: version check, update, audit with before and after. */
async function changePlan(
  db: Db | Tx,
  id: string,
  version: number,
  action: string,
  changes: Partial<typeof actionPlans.$inferInsert>,
  actorId: string | null,
): Promise<Plan> {
  return inTransaction(db, async (tx) => {
    await lockVersion(tx, 'action_plans', 'plan', id, version);
    const before = await mustGetPlan(tx, id);
    await uniqueOrConflict('plan', 'code', () =>
      tx
        .update(actionPlans)
        .set({ ...changes, version: sql`${actionPlans.version} + 1`, updatedAt: sql`now()` })
        .where(eq(actionPlans.id, id))
        .returning(),
    );
    const after = await mustGetPlan(tx, id);
    await recordAudit(tx, {
      actorId,
      action,
      entity: 'plan',
      entityId: id,
      before: planAudit(before),
      after: planAudit(after),
    });
    return after;
  });
}

export function updatePlan(db: Db | Tx, id: string, patch: PlanPatch, actorId: string | null): Promise<Plan> {
  const { version, ...changes } = patch;
  return changePlan(db, id, version, 'plan.update', definedOnly(changes), actorId);
}

/** Publishing shows the plan, its axes, measures and indicators on the public portal. */
export function setPlanPublished(
  db: Db | Tx,
  id: string,
  version: number,
  published: boolean,
  actorId: string | null,
): Promise<Plan> {
  return changePlan(
    db,
    id,
    version,
    published ? 'plan.publish' : 'plan.unpublish',
    { published, publishedAt: published ? sql`now()` : null } as Partial<typeof actionPlans.$inferInsert>,
    actorId,
  );
}

async function mustGetAxis(db: Db | Tx, planId: string, axisId: string): Promise<PlanAxis> {
  const axis = (await axesOf(db, planId)).find((a) => a.id === axisId);
  if (!axis) throw new NotFoundError('axis', axisId);
  return axis;
}

const axisAudit = (a: PlanAxis) => ({ planId: a.planId, number: a.number, name: a.name, sort: a.sort });

export async function createAxis(
  db: Db | Tx,
  planId: string,
  input: AxisCreate,
  actorId: string | null,
): Promise<PlanAxis> {
  return inTransaction(db, async (tx) => {
    await mustGetPlan(tx, planId);
    const [row] = await uniqueOrConflict('axis', 'number', () =>
      tx
        .insert(planAxes)
        .values({ planId, number: input.number, name: input.name, sort: input.sort ?? 0 })
        .returning(),
    );
    if (!row) throw new Error('axis insert returned nothing');
    const axis = await mustGetAxis(tx, planId, row.id);
    await recordAudit(tx, {
      actorId,
      action: 'axis.create',
      entity: 'axis',
      entityId: row.id,
      after: axisAudit(axis),
    });
    return axis;
  });
}

export async function updateAxis(
  db: Db | Tx,
  planId: string,
  axisId: string,
  patch: AxisPatch,
  actorId: string | null,
): Promise<PlanAxis> {
  const { version, ...changes } = patch;
  return inTransaction(db, async (tx) => {
    await lockVersion(tx, 'plan_axes', 'axis', axisId, version);
    const before = await mustGetAxis(tx, planId, axisId);
    await uniqueOrConflict('axis', 'number', () =>
      tx
        .update(planAxes)
        .set({ ...definedOnly(changes), version: sql`${planAxes.version} + 1`, updatedAt: sql`now()` })
        .where(eq(planAxes.id, axisId))
        .returning(),
    );
    const after = await mustGetAxis(tx, planId, axisId);
    await recordAudit(tx, {
      actorId,
      action: 'axis.update',
      entity: 'axis',
      entityId: axisId,
      before: axisAudit(before),
      after: axisAudit(after),
    });
    return after;
  });
}
