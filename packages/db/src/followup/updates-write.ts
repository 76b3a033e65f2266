import {
  type ContentLang,
  type ImplementationStatus,
  nextUpdateStatus,
  type UpdateAction,
  type UpdateContent,
  type UpdateCreate,
  type UpdateStatus,
} from '@tatabbu/domain';
import { type SQL, sql } from 'drizzle-orm';
import { recordAudit } from '../audit/record.js';
import { inTransaction, isoTimestamp, isUuid, queryRows } from '../audit/sql.js';
import type { Db, Tx } from '../connection.js';
import { ConflictError, NotFoundError, StaleVersionError } from '../errors.js';
import { askedPairs } from './asks.js';
import { FollowUpInputError, InvalidTransitionError } from './errors.js';
import { setStatusFromUpdate } from './official-status.js';
import { publicSubject } from './scope.js';
import type { UpdateContentColumns } from './shapes.js';

/** What an institution writes, as kept in each version's snapshot. */
interface Content {
  narrative: { ar: string | null; fr: string | null; en: string | null };
  originalLang: ContentLang | null;
  proposedStatus: ImplementationStatus | null;
  progress: number | null;
  periodStart: string | null;
  periodEnd: string | null;
  links: { url: string; label?: string }[];
}

const EMPTY: Content = {
  narrative: { ar: null, fr: null, en: null },
  originalLang: null,
  proposedStatus: null,
  progress: null,
  periodStart: null,
  periodEnd: null,
  links: [],
};

/** The content after applying `patch` (undefined keeps a field; an empty narrative clears it). */
function merge(current: Content, patch: UpdateContent): Content {
  const text = (lang: 'ar' | 'fr' | 'en') => {
    const value = patch.narrative?.[lang];
    return value === undefined ? current.narrative[lang] : value.trim() || null;
  };
  const next: Content = {
    narrative: { ar: text('ar'), fr: text('fr'), en: text('en') },
    originalLang: patch.originalLang === undefined ? current.originalLang : patch.originalLang,
    proposedStatus: patch.proposedStatus === undefined ? current.proposedStatus : patch.proposedStatus,
    progress: patch.progress === undefined ? current.progress : patch.progress,
    periodStart: patch.periodStart === undefined ? current.periodStart : patch.periodStart,
    periodEnd: patch.periodEnd === undefined ? current.periodEnd : patch.periodEnd,
    links: patch.links ?? current.links,
  };
  if (next.periodStart && next.periodEnd && next.periodStart > next.periodEnd) {
    throw new FollowUpInputError('periodEnd', 'the period ends before it starts');
  }
  return next;
}

/** Columns set from the content. */
const contentAssignments = (c: Content): SQL =>
  sql`narrative_ar = ${c.narrative.ar}, narrative_fr = ${c.narrative.fr}, narrative_en = ${c.narrative.en},
      original_lang = ${c.originalLang}, proposed_status = ${c.proposedStatus}, progress = ${c.progress},
      period_start = ${c.periodStart}, period_end = ${c.periodEnd}, links = ${JSON.stringify(c.links)}::jsonb`;

interface LockedRow extends UpdateContentColumns {
  id: string;
  round_id: string;
  round_status: string;
  recommendation_id: string | null;
  measure_id: string | null;
  institution_id: string;
  status: UpdateStatus;
  version: number;
  updated_at: string;
}

const contentOf = (r: LockedRow): Content => ({
  narrative: { ar: r.narrative_ar, fr: r.narrative_fr, en: r.narrative_en },
  originalLang: r.original_lang,
  proposedStatus: r.proposed_status,
  progress: r.progress,
  periodStart: r.period_start,
  periodEnd: r.period_end,
  links: r.links ?? [],
});

/** Who wrote the version the caller did not see: the actor of the latest kept version. */
async function lastEditor(tx: Tx, id: string): Promise<string | null> {
  const [row] = await queryRows<{ name: string | null }>(
    tx,
    sql`select us.name from progress_update_versions v left join users us on us.id = v.actor_id
        where v.update_id = ${id} order by v.version desc limit 1`,
  );
  return row?.name ?? null;
}

/**
 * Locks the update for this transaction and checks the version the caller read. The row lock
 * makes concurrent steps queue: the first wins, the others then see a newer version and fail.
 */
async function lockForStep(tx: Tx, id: string, expectedVersion: number): Promise<LockedRow> {
  if (!isUuid(id)) throw new NotFoundError('progress_update', id);
  const [row] = await queryRows<LockedRow>(
    tx,
    sql`select u.id, u.round_id, ro.status as round_status, u.recommendation_id, u.measure_id, u.institution_id,
          u.status, u.version, ${isoTimestamp(sql`u.updated_at`)} as updated_at,
          u.narrative_ar, u.narrative_fr, u.narrative_en, u.original_lang, u.proposed_status, u.progress,
          u.period_start::text as period_start, u.period_end::text as period_end, u.links
        from progress_updates u join rounds ro on ro.id = u.round_id
        where u.id = ${id} for update of u`,
  );
  if (!row) throw new NotFoundError('progress_update', id);
  if (row.version !== expectedVersion) {
    throw new StaleVersionError(
      'progress_update',
      id,
      expectedVersion,
      row.version,
      row.updated_at,
      await lastEditor(tx, id),
    );
  }
  return row;
}

/** Appends the kept version and the audit event of one step. */
async function keepVersion(
  tx: Tx,
  update: { id: string; version: number; status: UpdateStatus },
  action: UpdateAction,
  content: Content,
  before: { status: UpdateStatus; content: Content } | null,
  comment: string | null,
  actorId: string | null,
): Promise<void> {
  await tx.execute(
    sql`insert into progress_update_versions (update_id, version, action, status, snapshot, comment, actor_id)
        values (${update.id}, ${update.version}, ${action}, ${update.status}, ${JSON.stringify(content)}::jsonb,
                ${comment}, ${actorId})`,
  );
  await recordAudit(tx, {
    actorId,
    action: `progress_update.${action}`,
    entity: 'progress_update',
    entityId: update.id,
    before: before ? { status: before.status, ...before.content } : null,
    after: { status: update.status, version: update.version, ...content, ...(comment ? { comment } : {}) },
  });
}

/**
 * Starts an institution's update on one item of an open round. The item must be in the round and
 * asked of that institution; there is one update per (round, item, institution).
 * Permission (`update.draft` for the institution) is the caller's.
 */
export async function createUpdate(
  db: Db | Tx,
  input: UpdateCreate & { institutionId: string },
  actorId: string | null,
): Promise<string> {
  return inTransaction(db, async (tx) => {
    const [round] = await queryRows<{ status: string }>(
      tx,
      sql`select status from rounds where id = ${input.roundId} for share`,
    );
    if (!round) throw new NotFoundError('round', input.roundId);
    if (round.status !== 'open') throw new InvalidTransitionError('round', round.status, 'report');
    const subject = input.recommendationId
      ? sql`recommendation_id = ${input.recommendationId}`
      : sql`measure_id = ${input.measureId}`;
    const [asked] = await queryRows<{ item_id: string }>(
      tx,
      sql`select item_id from (${askedPairs(
        sql`i.round_id = ${input.roundId} and ri.institution_id = ${input.institutionId}`,
        subject,
      )}) p`,
    );
    if (!asked) {
      throw new FollowUpInputError(
        input.recommendationId ? 'recommendationId' : 'measureId',
        'this round does not ask this institution about this item',
      );
    }
    const content = merge(EMPTY, input);
    const [created] = await queryRows<{ id: string }>(
      tx,
      sql`insert into progress_updates (round_id, recommendation_id, measure_id, institution_id, created_by, updated_by)
          values (${input.roundId}, ${input.recommendationId ?? null}, ${input.measureId ?? null},
                  ${input.institutionId}, ${actorId}, ${actorId})
          on conflict do nothing returning id`,
    );
    if (!created) {
      throw new ConflictError(
        'progress_update',
        'subject',
        'this institution already has an update on this item in this round',
      );
    }
    await tx.execute(
      sql`update progress_updates set ${contentAssignments(content)} where id = ${created.id}`,
    );
    await keepVersion(
      tx,
      { id: created.id, version: 0, status: 'draft' },
      'create',
      content,
      null,
      null,
      actorId,
    );
    return created.id;
  });
}

export type UpdateStep = 'save' | 'submit' | 'return' | 'validate' | 'publish';

/** The bookkeeping columns each step sets besides the status. */
const STEP_COLUMNS: Record<UpdateStep, (actorId: string | null) => SQL> = {
  save: () => sql``,
  submit: (a) => sql`, submitted_at = now(), submitted_by = ${a}, review_comment = null`,
  return: () => sql``,
  validate: (a) => sql`, validated_at = now(), validated_by = ${a}`,
  publish: (a) => sql`, published_at = now(), published_by = ${a}`,
};

/** What an update must hold before it goes to the coordinator. */
function checkComplete(content: Content): void {
  if (!content.narrative.ar && !content.narrative.fr && !content.narrative.en) {
    throw new FollowUpInputError('narrative', 'write what was done in at least one language');
  }
  if (!content.proposedStatus) throw new FollowUpInputError('proposedStatus', 'propose a status');
}

/**
 * One workflow step on an update, based on the version the caller read: save (content), submit,
 * return (with a comment), validate (sets the official status), publish. Each step bumps the
 * version, keeps a version row and an audit event, in one transaction. Permission is the caller's.
 */
export async function stepUpdate(
  db: Db | Tx,
  id: string,
  step: UpdateStep,
  input: { version: number; content?: UpdateContent; comment?: string },
  actorId: string | null,
): Promise<void> {
  await inTransaction(db, async (tx) => {
    const row = await lockForStep(tx, id, input.version);
    const status = nextUpdateStatus(row.status, step);
    if (!status) throw new InvalidTransitionError('progress_update', row.status, step);
    // The institution writes while the round is open; the coordinator may review after it closed.
    if ((step === 'save' || step === 'submit') && row.round_status !== 'open') {
      throw new InvalidTransitionError('round', row.round_status, step);
    }
    const before = contentOf(row);
    const content = step === 'save' && input.content ? merge(before, input.content) : before;
    if (step === 'submit') checkComplete(content);
    const comment = step === 'return' ? (input.comment ?? '').trim() : null;
    if (step === 'return' && !comment) throw new FollowUpInputError('comment', 'say what to change');
    await tx.execute(
      sql`update progress_updates set ${contentAssignments(content)}, status = ${status},
            version = version + 1, updated_at = now(), updated_by = ${actorId}
            ${step === 'return' ? sql`, review_comment = ${comment}` : sql``} ${STEP_COLUMNS[step](actorId)}
          where id = ${id}`,
    );
    if (step === 'validate') {
      if (!content.proposedStatus) throw new FollowUpInputError('proposedStatus', 'propose a status');
      await setStatusFromUpdate(
        tx,
        { recommendationId: row.recommendation_id, measureId: row.measure_id },
        id,
        content.proposedStatus,
        actorId,
      );
    }
    await keepVersion(
      tx,
      { id, version: row.version + 1, status },
      step,
      content,
      { status: row.status, content: before },
      comment,
      actorId,
    );
  });
}

/** The fields a permission decision needs, before any step. */
export async function updateFacts(
  db: Db | Tx,
  id: string,
): Promise<{ institutionId: string; status: UpdateStatus; published: boolean } | null> {
  if (!isUuid(id)) return null;
  const [row] = await queryRows<{ institution_id: string; status: UpdateStatus; published: boolean }>(
    db,
    sql`select institution_id, status, ${publicSubject(sql.raw('u'))} as published
        from progress_updates u where id = ${id}`,
  );
  return row ? { institutionId: row.institution_id, status: row.status, published: row.published } : null;
}
