import type { Measure, MeasureCreate, MeasurePatch } from '@tatabbu/domain';
import { eq, sql } from 'drizzle-orm';
import { recordAudit } from '../audit/record.js';
import { inTransaction, queryRows } from '../audit/sql.js';
import type { Db, Tx } from '../connection.js';
import { NotFoundError } from '../errors.js';
import { sqlList } from '../recommendations/conditions.js';
import { measureInstitutions, measures } from '../schema/index.js';
import { PlanReferenceError } from './errors.js';
import { getMeasure } from './measure-read.js';
import { definedOnly, lockVersion, uniqueOrConflict } from './versioned.js';

type InstitutionInput = NonNullable<MeasureCreate['institutions']>;

/** Coordinators write; they see every plan and recommendation. */
const ALL = { kind: 'all' } as const;

export async function mustGetMeasure(db: Db | Tx, id: string, lang = 'en'): Promise<Measure> {
  const measure = await getMeasure(db, ALL, ALL, id, lang);
  if (!measure) throw new NotFoundError('measure', id);
  return measure;
}

/** What the audit trail keeps of a measure: its fields and institutions, not the computed parts. */
export const measureAudit = (m: Measure) => ({
  planId: m.plan.id,
  axisId: m.axis?.id ?? null,
  number: m.number,
  name: m.name,
  subMeasure: m.subMeasure,
  description: m.description,
  objectives: m.objectives,
  achievements: m.achievements,
  status: m.status,
  statusDate: m.statusDate,
  institutions: m.institutions.map((i) => ({ id: i.id, role: i.role })),
});

async function checkAxis(tx: Tx, planId: string, axisId: string | null | undefined): Promise<void> {
  if (!axisId) return;
  const [found] = await queryRows<{ id: string }>(
    tx,
    sql`select id from plan_axes where id = ${axisId} and plan_id = ${planId}`,
  );
  if (!found) throw new PlanReferenceError('axisId', [axisId]);
}

async function replaceInstitutions(tx: Tx, measureId: string, list: InstitutionInput): Promise<void> {
  const ids = [...new Set(list.map((i) => i.institutionId))];
  if (ids.length) {
    const known = await queryRows<{ id: string }>(
      tx,
      sql`select id from institutions where id in ${sqlList(ids)}`,
    );
    const missing = ids.filter((id) => !known.some((k) => k.id === id));
    if (missing.length) throw new PlanReferenceError('institutions', missing);
  }
  await tx.delete(measureInstitutions).where(eq(measureInstitutions.measureId, measureId));
  // One row per institution; the first role given wins if one is listed twice.
  const rows = ids.map((institutionId) => ({
    measureId,
    institutionId,
    role: list.find((i) => i.institutionId === institutionId)?.role ?? 'lead',
  }));
  if (rows.length) await tx.insert(measureInstitutions).values(rows);
}

export async function createMeasure(
  db: Db | Tx,
  input: MeasureCreate,
  actorId: string | null,
  lang = 'en',
): Promise<Measure> {
  return inTransaction(db, async (tx) => {
    const [plan] = await queryRows<{ id: string }>(
      tx,
      sql`select id from action_plans where id = ${input.planId}`,
    );
    if (!plan) throw new PlanReferenceError('planId', [input.planId]);
    await checkAxis(tx, input.planId, input.axisId);
    const { institutions, ...fields } = input;
    const [row] = await uniqueOrConflict('measure', 'number', () =>
      tx
        .insert(measures)
        .values({
          ...definedOnly(fields),
          planId: input.planId,
          number: input.number,
          name: input.name,
          createdBy: actorId,
        })
        .returning(),
    );
    if (!row) throw new Error('measure insert returned nothing');
    if (institutions) await replaceInstitutions(tx, row.id, institutions);
    const measure = await mustGetMeasure(tx, row.id, lang);
    await recordAudit(tx, {
      actorId,
      action: 'measure.create',
      entity: 'measure',
      entityId: row.id,
      after: measureAudit(measure),
    });
    return measure;
  });
}

export async function updateMeasure(
  db: Db | Tx,
  id: string,
  patch: MeasurePatch,
  actorId: string | null,
  lang = 'en',
): Promise<Measure> {
  const { version, institutions, ...changes } = patch;
  return inTransaction(db, async (tx) => {
    await lockVersion(tx, 'measures', 'measure', id, version);
    const before = await mustGetMeasure(tx, id, lang);
    await checkAxis(tx, before.plan.id, changes.axisId);
    await uniqueOrConflict('measure', 'number', () =>
      tx
        .update(measures)
        .set({ ...definedOnly(changes), version: sql`${measures.version} + 1`, updatedAt: sql`now()` })
        .where(eq(measures.id, id))
        .returning(),
    );
    if (institutions) await replaceInstitutions(tx, id, institutions);
    const after = await mustGetMeasure(tx, id, lang);
    await recordAudit(tx, {
      actorId,
      action: 'measure.update',
      entity: 'measure',
      entityId: id,
      before: measureAudit(before),
      after: measureAudit(after),
    });
    return after;
  });
}
