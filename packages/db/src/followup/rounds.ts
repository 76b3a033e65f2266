import type {
  RecommendationScope,
  Round,
  RoundCreate,
  RoundDetail,
  RoundListQuery,
  RoundPatch,
  RoundStatus,
} from '@tatabbu/domain';
import { type SQL, sql } from 'drizzle-orm';
import { lastAuditActor } from '../audit/list.js';
import { recordAudit } from '../audit/record.js';
import { inTransaction, isoTimestamp, isUuid, queryRows } from '../audit/sql.js';
import { reads } from '../concurrent-reads.js';
import type { Db, Tx } from '../connection.js';
import { NotFoundError, StaleVersionError } from '../errors.js';
import { sqlList } from '../recommendations/conditions.js';
import { allConditions, compileFilters } from '../recommendations/filters.js';
import { askedPairs, COMPLETION_COLUMNS, PAIR_UPDATE_JOIN } from './asks.js';
import { FollowUpInputError, InvalidTransitionError } from './errors.js';
import { type FollowUpScope, roundVisible, scopedInstitution } from './scope.js';
import {
  type CompletionRow,
  institutionColumns,
  SUBJECT_COLUMNS,
  type SubjectRow,
  toCompletion,
  toInstitution,
  toSubject,
} from './shapes.js';

/** The only steps a round takes: prepared, opened to the institutions, closed. */
const ROUND_STEPS: Record<RoundStatus, RoundStatus[]> = { draft: ['open'], open: ['closed'], closed: [] };

interface RoundRow extends Partial<CompletionRow> {
  id: string;
  title: Round['title'];
  instructions: Round['instructions'];
  deadline: string;
  status: RoundStatus;
  opened_at: string | null;
  closed_at: string | null;
  created_at: string;
  version: number;
  item_count: number;
  institution_count: number;
}

/**
 * Rounds with their completion, counted over the pairs the reader may see (an institution member:
 * their own institution's pairs only).
 */
async function selectRounds(db: Db | Tx, scope: FollowUpScope, where: SQL, tail: SQL): Promise<Round[]> {
  const own = scopedInstitution(scope);
  const pairFilter = own ? sql`ri.institution_id = ${own}` : sql`true`;
  const rows = await queryRows<RoundRow>(
    db,
    sql`select ro.id, ro.title, ro.instructions, ro.deadline::text as deadline, ro.status,
          ${isoTimestamp(sql`ro.opened_at`)} as opened_at, ${isoTimestamp(sql`ro.closed_at`)} as closed_at,
          ${isoTimestamp(sql`ro.created_at`)} as created_at, ro.version,
          (select count(*)::int from round_items ci where ci.round_id = ro.id) as item_count,
          (select count(*)::int from round_institutions cr where cr.round_id = ro.id) as institution_count,
          c.*
        from rounds ro
        cross join lateral (
          select ${COMPLETION_COLUMNS}
          from (${askedPairs(sql`i.round_id = ro.id and ${pairFilter}`)}) p ${PAIR_UPDATE_JOIN}) c
        where ${roundVisible(scope)} and ${where} ${tail}`,
  );
  return rows.map((row) => ({
    id: row.id,
    title: row.title,
    instructions: row.instructions,
    deadline: row.deadline,
    status: row.status,
    openedAt: row.opened_at,
    closedAt: row.closed_at,
    createdAt: row.created_at,
    version: row.version,
    itemCount: row.item_count,
    institutionCount: own ? 1 : row.institution_count,
    completion: toCompletion(row),
  }));
}

export async function listRounds(
  db: Db | Tx,
  scope: FollowUpScope,
  query: RoundListQuery,
): Promise<{ items: Round[]; total: number }> {
  const where = query.status ? sql`ro.status = ${query.status}` : sql`true`;
  const [items, counted] = await reads(
    db,
    () =>
      selectRounds(
        db,
        scope,
        where,
        sql`order by (ro.status = 'open') desc, ro.deadline desc, ro.created_at desc
          limit ${query.pageSize} offset ${(query.page - 1) * query.pageSize}`,
      ),
    () =>
      queryRows<{ total: number }>(
        db,
        sql`select count(*)::int as total from rounds ro where ${roundVisible(scope)} and ${where}`,
      ),
  );
  return { items, total: counted[0]?.total ?? 0 };
}

/** Open rounds, soonest deadline first (the coordinator's home). */
export const openRounds = (db: Db | Tx, scope: FollowUpScope) =>
  selectRounds(db, scope, sql`ro.status = 'open'`, sql`order by ro.deadline, ro.created_at limit 20`);

interface InstitutionCompletionRow extends CompletionRow, Record<string, unknown> {}
interface ItemRow extends SubjectRow {
  item_id: string;
  institution_id: string;
  update_id: string | null;
  update_status: RoundDetail['items'][number]['institutions'][number]['updateStatus'];
}

/** One round with per-institution completion and its items; null when missing or out of scope. */
export async function getRound(db: Db | Tx, scope: FollowUpScope, id: string): Promise<RoundDetail | null> {
  if (!isUuid(id)) return null;
  const [round] = await selectRounds(db, scope, sql`ro.id = ${id}`, sql``);
  if (!round) return null;
  const own = scopedInstitution(scope);
  const pairs = askedPairs(sql`i.round_id = ${id} and ${own ? sql`ri.institution_id = ${own}` : sql`true`}`);
  const [perInstitution, items] = await reads(
    db,
    () =>
      queryRows<InstitutionCompletionRow>(
        db,
        sql`select ${institutionColumns('inst')}, c.* from institutions inst
          join round_institutions ri on ri.institution_id = inst.id and ri.round_id = ${id}
          cross join lateral (
            select ${COMPLETION_COLUMNS} from (${pairs}) p ${PAIR_UPDATE_JOIN}
            join rounds ro on ro.id = p.round_id where p.institution_id = inst.id) c
          where ${own ? sql`inst.id = ${own}` : sql`true`}
          order by inst.code`,
      ),
    () =>
      queryRows<ItemRow>(
        db,
        sql`select p.item_id, p.institution_id, u.id as update_id, u.status as update_status, ${SUBJECT_COLUMNS}
          from (${pairs}) p ${PAIR_UPDATE_JOIN}
          left join recommendations r on r.id = p.recommendation_id
          left join measures m on m.id = p.measure_id
          order by r.key_sort collate "C" nulls last, m.number, p.institution_id
          limit 5000`,
      ),
  );
  const byItem = new Map<string, RoundDetail['items'][number]>();
  for (const row of items) {
    let item = byItem.get(row.item_id);
    if (!item) {
      item = { subject: toSubject(row), institutions: [] };
      byItem.set(row.item_id, item);
    }
    item.institutions.push({
      institutionId: row.institution_id,
      updateId: row.update_id,
      updateStatus: row.update_status,
    });
  }
  return {
    ...round,
    institutions: perInstitution.map((row) => ({
      institution: toInstitution(row),
      completion: toCompletion(row),
    })),
    items: [...byItem.values()],
  };
}

/** The recommendations a new round (or an addition to one) names, as a condition on `r`. */
export async function recommendationSelection(
  tx: Tx,
  scope: RecommendationScope,
  input: Pick<RoundCreate, 'filters' | 'recommendationIds'>,
): Promise<SQL | null> {
  if (input.filters) return allConditions(await compileFilters(tx, scope, input.filters));
  const ids = (input.recommendationIds ?? []).filter(isUuid);
  return ids.length ? sql`r.id in ${sqlList(ids)}` : null;
}

/**
 * Creates a draft round: its items (chosen recommendations and measures) and the institutions it
 * asks — by default those currently responsible for the items.
 */
export async function createRound(
  db: Db | Tx,
  scope: RecommendationScope,
  input: RoundCreate,
  actorId: string | null,
): Promise<RoundDetail> {
  const roundId = await inTransaction(db, async (tx) => {
    const [round] = await queryRows<{ id: string }>(
      tx,
      sql`insert into rounds (title, instructions, deadline, created_by)
          values (${JSON.stringify(input.title)}::jsonb, ${JSON.stringify(input.instructions)}::jsonb,
                  ${input.deadline}, ${actorId}) returning id`,
    );
    if (!round) throw new Error('round insert returned no row');
    const recommendationCondition = await recommendationSelection(tx, scope, input);
    if (recommendationCondition) {
      await tx.execute(
        sql`insert into round_items (round_id, recommendation_id)
            select ${round.id}::uuid, r.id from recommendations r where ${recommendationCondition}`,
      );
    }
    const measureIds = (input.measureIds ?? []).filter(isUuid);
    if (measureIds.length) {
      await tx.execute(
        sql`insert into round_items (round_id, measure_id)
            select ${round.id}::uuid, m.id from measures m where m.id in ${sqlList(measureIds)}`,
      );
    }
    const [counted] = await queryRows<{ recommendations: number; measures: number }>(
      tx,
      sql`select count(recommendation_id)::int as recommendations, count(measure_id)::int as measures
          from round_items where round_id = ${round.id}`,
    );
    if (!counted || counted.recommendations + counted.measures === 0) {
      throw new FollowUpInputError('recommendationIds', 'no recommendation or measure matched');
    }
    if (measureIds.length && counted.measures < new Set(measureIds).size) {
      throw new FollowUpInputError('measureIds', 'unknown measure');
    }
    if (input.recommendationIds && counted.recommendations < new Set(input.recommendationIds).size) {
      throw new FollowUpInputError('recommendationIds', 'unknown recommendation');
    }
    await addInstitutions(tx, round.id, input.institutionIds);
    const institutions = await queryRows<{ institution_id: string }>(
      tx,
      sql`select institution_id from round_institutions where round_id = ${round.id} order by institution_id`,
    );
    if (institutions.length === 0) {
      throw new FollowUpInputError(
        'institutionIds',
        'no institution is responsible for these items: name the institutions to ask',
      );
    }
    await recordAudit(tx, {
      actorId,
      action: 'round.create',
      entity: 'round',
      entityId: round.id,
      after: {
        title: input.title,
        deadline: input.deadline,
        selection: input.filters ? { filters: input.filters } : { ids: input.recommendationIds ?? [] },
        measureIds,
        items: counted,
        institutionIds: institutions.map((i) => i.institution_id),
      },
    });
    return round.id;
  });
  const created = await getRound(db, { kind: 'all' }, roundId);
  if (!created) throw new NotFoundError('round', roundId);
  return created;
}

/**
 * Adds the institutions a round asks: those named, else those responsible for its items. Already
 * asked ones stay as they are, so adding items to a round only widens it.
 */
export async function addInstitutions(
  tx: Tx,
  roundId: string,
  institutionIds: readonly string[] | undefined,
) {
  if (institutionIds?.length) {
    const ids = [...new Set(institutionIds)];
    const known = await queryRows<{ id: string }>(
      tx,
      sql`select id from institutions where id in ${sqlList(ids)}`,
    );
    if (known.length < ids.length) throw new FollowUpInputError('institutionIds', 'unknown institution');
    await tx.execute(
      sql`insert into round_institutions (round_id, institution_id)
          select ${roundId}::uuid, id from institutions where id in ${sqlList(ids)}
          on conflict do nothing`,
    );
    return;
  }
  await tx.execute(
    sql`insert into round_institutions (round_id, institution_id)
        select ${roundId}::uuid, a.institution_id from assignments a
          join round_items i on i.recommendation_id = a.recommendation_id and i.round_id = ${roundId}
          where a.ended_at is null
        union
        select ${roundId}::uuid, mi.institution_id from measure_institutions mi
          join round_items i on i.measure_id = mi.measure_id and i.round_id = ${roundId}
        on conflict do nothing`,
  );
}

export interface LockedRound {
  title: unknown;
  instructions: unknown;
  deadline: string;
  status: RoundStatus;
  version: number;
  updated_at: string;
}

/** Locks the round for a change; a version other than the one read is a StaleVersionError. */
export async function lockRound(tx: Tx, id: string, version: number): Promise<LockedRound> {
  const [round] = await queryRows<LockedRound>(
    tx,
    sql`select title, instructions, deadline::text as deadline, status, version,
          ${isoTimestamp(sql`updated_at`)} as updated_at
        from rounds where id = ${id} for update`,
  );
  if (!round) throw new NotFoundError('round', id);
  if (round.version !== version) {
    throw new StaleVersionError(
      'round',
      id,
      version,
      round.version,
      round.updated_at,
      await lastAuditActor(tx, 'round', id),
    );
  }
  return round;
}

/** Changes texts and deadline, and takes the step draft → open → closed; version-checked. */
export async function patchRound(
  db: Db | Tx,
  id: string,
  patch: RoundPatch,
  actorId: string | null,
): Promise<RoundDetail> {
  if (!isUuid(id)) throw new NotFoundError('round', id);
  await inTransaction(db, async (tx) => {
    const before = await lockRound(tx, id, patch.version);
    const status = patch.status ?? before.status;
    if (status !== before.status && !ROUND_STEPS[before.status].includes(status)) {
      throw new InvalidTransitionError('round', before.status, status);
    }
    const title = patch.title ?? before.title;
    const instructions = patch.instructions ?? before.instructions;
    const deadline = patch.deadline ?? before.deadline;
    await tx.execute(
      sql`update rounds set title = ${JSON.stringify(title)}::jsonb,
            instructions = ${JSON.stringify(instructions)}::jsonb, deadline = ${deadline}, status = ${status},
            opened_at = case when ${status} = 'open' and status = 'draft' then now() else opened_at end,
            closed_at = case when ${status} = 'closed' and status = 'open' then now() else closed_at end,
            version = version + 1, updated_at = now()
          where id = ${id}`,
    );
    await recordAudit(tx, {
      actorId,
      action: status === before.status ? 'round.update' : status === 'open' ? 'round.open' : 'round.close',
      entity: 'round',
      entityId: id,
      before: {
        title: before.title,
        instructions: before.instructions,
        deadline: before.deadline,
        status: before.status,
      },
      after: { title, instructions, deadline, status },
    });
  });
  const round = await getRound(db, { kind: 'all' }, id);
  if (!round) throw new NotFoundError('round', id);
  return round;
}
