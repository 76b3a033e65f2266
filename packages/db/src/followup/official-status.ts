import type { ImplementationStatus } from '@tatabbu/domain';
import { sql } from 'drizzle-orm';
import { recordAudit } from '../audit/record.js';
import { queryRows } from '../audit/sql.js';
import type { Tx } from '../connection.js';

/**
 * A validated update sets the official status of what it reports on (DESIGN §2: the official status
 * is the latest validated one). The change is kept in `status_changes` and the audit trail, in the
 * caller's transaction, so it commits with the validation or not at all.
 */
export async function setStatusFromUpdate(
  tx: Tx,
  subject: { recommendationId: string | null; measureId: string | null },
  updateId: string,
  toStatus: ImplementationStatus,
  actorId: string | null,
): Promise<void> {
  const table = subject.recommendationId ? sql`recommendations` : sql`measures`;
  const id = subject.recommendationId ?? subject.measureId;
  const [before] = await queryRows<{ status: ImplementationStatus | null; status_date: string | null }>(
    tx,
    sql`select status, status_date::text as status_date from ${table} where id = ${id} for update`,
  );
  if (!before) throw new Error(`status: subject ${id} not found`);
  if (subject.recommendationId) {
    await tx.execute(
      sql`update recommendations set status = ${toStatus}, status_origin = 'validated_update',
            status_date = current_date, version = version + 1, updated_at = now()
          where id = ${id}`,
    );
  } else {
    // Tells the measures trigger (migration 0013) that this status waits for publication.
    await tx.execute(sql`select set_config('tatabbu.status_from_update', 'on', true)`);
    await tx.execute(
      sql`update measures set status = ${toStatus}, status_date = current_date,
            version = version + 1, updated_at = now()
          where id = ${id}`,
    );
    await tx.execute(sql`select set_config('tatabbu.status_from_update', '', true)`);
  }
  await tx.execute(
    sql`insert into status_changes (recommendation_id, measure_id, from_status, to_status, origin, update_id, actor_id)
        values (${subject.recommendationId}, ${subject.measureId}, ${before.status}, ${toStatus},
                'validated_update', ${updateId}, ${actorId})`,
  );
  const [after] = await queryRows<{ status_date: string }>(
    tx,
    sql`select status_date::text as status_date from ${table} where id = ${id}`,
  );
  await recordAudit(tx, {
    actorId,
    action: subject.recommendationId ? 'recommendation.status_from_update' : 'measure.status_from_update',
    entity: subject.recommendationId ? 'recommendation' : 'measure',
    entityId: id,
    before: { status: before.status, statusDate: before.status_date },
    after: { status: toStatus, statusOrigin: 'validated_update', statusDate: after?.status_date ?? null },
  });
}
