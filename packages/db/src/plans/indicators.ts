import type { Indicator, IndicatorCreate, IndicatorPatch, IndicatorValueInput } from '@tatabbu/domain';
import { eq, sql } from 'drizzle-orm';
import { recordAudit } from '../audit/record.js';
import { inTransaction, isUuid, queryRows } from '../audit/sql.js';
import type { Db, Tx } from '../connection.js';
import { NotFoundError } from '../errors.js';
import { indicators } from '../schema/index.js';
import { PlanReferenceError } from './errors.js';
import { mustGetMeasure } from './measure-write.js';
import { definedOnly, lockVersion } from './versioned.js';

/** An indicator as its measure card shows it (with its values, oldest first). */
async function mustGetIndicator(tx: Tx, id: string): Promise<Indicator> {
  const [row] = isUuid(id)
    ? await queryRows<{ measure_id: string }>(tx, sql`select measure_id from indicators where id = ${id}`)
    : [];
  if (!row) throw new NotFoundError('indicator', id);
  const found = (await mustGetMeasure(tx, row.measure_id)).indicators.find((i) => i.id === id);
  if (!found) throw new NotFoundError('indicator', id);
  return found;
}

const indicatorAudit = ({ values: _, version: _v, updatedAt: _u, ...fields }: Indicator) => fields;

export async function createIndicator(
  db: Db | Tx,
  input: IndicatorCreate,
  actorId: string | null,
): Promise<Indicator> {
  return inTransaction(db, async (tx) => {
    const [measure] = await queryRows<{ id: string }>(
      tx,
      sql`select id from measures where id = ${input.measureId}`,
    );
    if (!measure) throw new PlanReferenceError('measureId', [input.measureId]);
    const [row] = await tx
      .insert(indicators)
      .values({ ...definedOnly(input), measureId: input.measureId, name: input.name })
      .returning();
    if (!row) throw new Error('indicator insert returned nothing');
    const indicator = await mustGetIndicator(tx, row.id);
    await recordAudit(tx, {
      actorId,
      action: 'indicator.create',
      entity: 'indicator',
      entityId: row.id,
      after: indicatorAudit(indicator),
    });
    return indicator;
  });
}

export async function updateIndicator(
  db: Db | Tx,
  id: string,
  patch: IndicatorPatch,
  actorId: string | null,
): Promise<Indicator> {
  const { version, ...changes } = patch;
  return inTransaction(db, async (tx) => {
    await lockVersion(tx, 'indicators', 'indicator', id, version);
    const before = await mustGetIndicator(tx, id);
    await tx
      .update(indicators)
      .set({ ...definedOnly(changes), version: sql`${indicators.version} + 1`, updatedAt: sql`now()` })
      .where(eq(indicators.id, id));
    const after = await mustGetIndicator(tx, id);
    await recordAudit(tx, {
      actorId,
      action: 'indicator.update',
      entity: 'indicator',
      entityId: id,
      before: indicatorAudit(before),
      after: indicatorAudit(after),
    });
    return after;
  });
}

/**
 * Records the value of an indicator at a date, replacing the one already recorded for that date
 * (one value per date). The audit event keeps the replaced value.
 */
export async function putIndicatorValue(
  db: Db | Tx,
  indicatorId: string,
  input: IndicatorValueInput,
  actorId: string | null,
): Promise<Indicator> {
  return inTransaction(db, async (tx) => {
    const before = await mustGetIndicator(tx, indicatorId);
    const replaced = before.values.find((v) => v.date === input.date) ?? null;
    await tx.execute(
      sql`insert into indicator_values (indicator_id, date, value, source, note, created_by)
          values (${indicatorId}, ${input.date}, ${input.value}, ${input.source ?? null}, ${input.note ?? null}, ${actorId})
          on conflict (indicator_id, date) do update
            set value = excluded.value, source = excluded.source, note = excluded.note,
                created_by = excluded.created_by, created_at = now()`,
    );
    const after = await mustGetIndicator(tx, indicatorId);
    await recordAudit(tx, {
      actorId,
      action: 'indicator.value',
      entity: 'indicator',
      entityId: indicatorId,
      before: replaced,
      after: after.values.find((v) => v.date === input.date) ?? null,
    });
    return after;
  });
}

export async function deleteIndicatorValue(
  db: Db | Tx,
  indicatorId: string,
  valueId: string,
  actorId: string | null,
): Promise<Indicator> {
  return inTransaction(db, async (tx) => {
    const before = await mustGetIndicator(tx, indicatorId);
    const value = before.values.find((v) => v.id === valueId);
    if (!value) throw new NotFoundError('indicator_value', valueId);
    await tx.execute(sql`delete from indicator_values where id = ${valueId}`);
    await recordAudit(tx, {
      actorId,
      action: 'indicator.value_delete',
      entity: 'indicator',
      entityId: indicatorId,
      before: value,
    });
    return mustGetIndicator(tx, indicatorId);
  });
}
