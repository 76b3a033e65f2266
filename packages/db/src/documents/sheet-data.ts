import type { AssignmentRole, ImplementationStatus, LocalizedText } from '@tatabbu/domain';
import { sql } from 'drizzle-orm';
import { isUuid, queryRows } from '../audit/sql.js';
import { reads } from '../concurrent-reads.js';
import type { Db, Tx } from '../connection.js';
import { NotFoundError } from '../errors.js';
import { type DocumentUpdate, toDocumentUpdate, UPDATE_COLUMNS, type UpdateRow } from './follow-up-data.js';

export interface SheetRecommendation {
  id: string;
  key: string;
  text: LocalizedText;
  status: ImplementationStatus | null;
}

/** What one institution holds, has done and owes (the institution summary sheet). */
export interface InstitutionSheetData {
  institution: { id: string; code: string; name: LocalizedText; acronym: LocalizedText };
  /** Current assignments, lead first, in key order. */
  holds: (SheetRecommendation & { role: AssignmentRole })[];
  /** Its validated and published updates, newest first. */
  done: (DocumentUpdate & { key: string })[];
  /** Items of open rounds that ask it and it has not had validated yet; overdue once the deadline passed. */
  owes: (SheetRecommendation & {
    roundTitle: LocalizedText;
    deadline: string;
    overdue: boolean;
    updateStatus: string | null;
  })[];
}

const recText = sql`jsonb_strip_nulls(jsonb_build_object('ar', r.text_ar, 'fr', r.text_fr, 'en', r.text_en, 'es', r.text_es))`;

/** Staff-only data (the route checks who may ask); `today` decides what is overdue. */
export async function loadInstitutionSheet(
  db: Db | Tx,
  institutionId: string,
  today = new Date().toISOString().slice(0, 10),
): Promise<InstitutionSheetData> {
  if (!isUuid(institutionId)) throw new NotFoundError('institution', institutionId);
  const [institution] = await queryRows<InstitutionSheetData['institution']>(
    db,
    sql`select id, code, name, acronym from institutions where id = ${institutionId}`,
  );
  if (!institution) throw new NotFoundError('institution', institutionId);
  const [holds, done, owes] = await reads(
    db,
    () =>
      queryRows<SheetRecommendation & { role: AssignmentRole }>(
        db,
        sql`select r.id, r.key, ${recText} as text, r.status, a.role
            from assignments a join recommendations r on r.id = a.recommendation_id
            where a.institution_id = ${institutionId} and a.ended_at is null
            order by case a.role when 'lead' then 0 else 1 end, r.key_sort collate "C", r.id`,
      ),
    () =>
      queryRows<UpdateRow & { key: string; round_title: LocalizedText }>(
        db,
        sql`select ${UPDATE_COLUMNS}, r.key, ro.title as round_title
            from progress_updates u join recommendations r on r.id = u.recommendation_id
              join rounds ro on ro.id = u.round_id
            where u.institution_id = ${institutionId} and u.status in ('validated', 'published')
            order by u.validated_at desc nulls last, r.key_sort collate "C"`,
      ),
    () =>
      queryRows<
        SheetRecommendation & { round_title: LocalizedText; deadline: string; update_status: string | null }
      >(
        db,
        sql`select r.id, r.key, ${recText} as text, r.status, ro.title as round_title, ro.deadline::text as deadline,
              u.status as update_status
            from rounds ro join round_institutions ri on ri.round_id = ro.id and ri.institution_id = ${institutionId}
              join round_items it on it.round_id = ro.id
              join recommendations r on r.id = it.recommendation_id
              join assignments a on a.recommendation_id = r.id and a.institution_id = ${institutionId}
                and a.ended_at is null
              left join progress_updates u on u.round_id = ro.id and u.recommendation_id = r.id
                and u.institution_id = ${institutionId}
            where ro.status = 'open' and (u.id is null or u.status not in ('validated', 'published'))
            order by ro.deadline, r.key_sort collate "C", r.id`,
      ),
  );
  return {
    institution,
    holds,
    done: done.map((row) => ({
      ...toDocumentUpdate(row, institution.name, row.round_title),
      key: row.key,
    })),
    owes: owes.map(({ round_title, update_status, ...row }) => ({
      ...row,
      roundTitle: round_title,
      updateStatus: update_status,
      overdue: row.deadline < today,
    })),
  };
}

export interface MeasureCard {
  id: string;
  number: string;
  name: LocalizedText;
  axis: { number: string; name: LocalizedText } | null;
  description: LocalizedText;
  objectives: LocalizedText;
  achievements: LocalizedText;
  status: ImplementationStatus | null;
  statusDate: string | null;
  institutions: { name: LocalizedText; role: AssignmentRole }[];
  recommendations: { key: string; text: LocalizedText }[];
}

export interface MeasureCardsData {
  plan: { id: string; code: string; name: LocalizedText; published: boolean };
  cards: MeasureCard[];
}

/** A plan's measures as cards, in the plan's order; `publishedOnly` refuses an unpublished plan. */
export async function loadMeasureCards(
  db: Db | Tx,
  planId: string,
  options: { publishedOnly: boolean },
): Promise<MeasureCardsData> {
  if (!isUuid(planId)) throw new NotFoundError('plan', planId);
  const [plan] = await queryRows<MeasureCardsData['plan']>(
    db,
    sql`select id, code, name, published from action_plans where id = ${planId}`,
  );
  if (!plan || (options.publishedOnly && !plan.published)) throw new NotFoundError('plan', planId);
  const [measures, institutions, recommendations] = await reads(
    db,
    () =>
      queryRows<
        Omit<MeasureCard, 'institutions' | 'recommendations' | 'axis' | 'statusDate'> & {
          axis_number: string | null;
          axis_name: LocalizedText | null;
          status_date: string | null;
        }
      >(
        db,
        sql`select m.id, m.number, m.name, m.description, m.objectives, m.achievements, m.status,
              m.status_date::text as status_date, a.number as axis_number, a.name as axis_name
            from measures m left join plan_axes a on a.id = m.axis_id
            where m.plan_id = ${planId}
            order by a.sort nulls last, a.number, m.sort, m.number`,
      ),
    () =>
      queryRows<{ measure_id: string; name: LocalizedText; role: AssignmentRole }>(
        db,
        sql`select mi.measure_id, i.name, mi.role from measure_institutions mi
            join measures m on m.id = mi.measure_id join institutions i on i.id = mi.institution_id
            where m.plan_id = ${planId} order by case mi.role when 'lead' then 0 else 1 end, i.code`,
      ),
    () =>
      queryRows<{ measure_id: string; key: string; text: LocalizedText }>(
        db,
        sql`select mr.measure_id, r.key, ${recText} as text from measure_recommendations mr
            join measures m on m.id = mr.measure_id join recommendations r on r.id = mr.recommendation_id
            where m.plan_id = ${planId} ${options.publishedOnly ? sql`and r.published and not r.confidential` : sql``}
            order by r.key_sort collate "C"`,
      ),
  );
  const byMeasure = <T extends { measure_id: string }>(rows: T[]) => {
    const map = new Map<string, Omit<T, 'measure_id'>[]>();
    for (const { measure_id, ...rest } of rows) map.set(measure_id, [...(map.get(measure_id) ?? []), rest]);
    return map;
  };
  const inst = byMeasure(institutions);
  const recs = byMeasure(recommendations);
  return {
    plan,
    cards: measures.map(({ axis_number, axis_name, status_date, ...m }) => ({
      ...m,
      statusDate: status_date,
      axis: axis_number ? { number: axis_number, name: axis_name ?? {} } : null,
      institutions: inst.get(m.id) ?? [],
      recommendations: recs.get(m.id) ?? [],
    })),
  };
}

/** Whether the institution (or the plan, published only for non-staff) a document is about exists. */
export async function documentSubjectExists(
  db: Db | Tx,
  subject: { institutionId?: string | undefined; planId?: string | undefined; publishedPlansOnly: boolean },
): Promise<boolean> {
  if (subject.institutionId !== undefined) {
    if (!isUuid(subject.institutionId)) return false;
    const rows = await queryRows(db, sql`select 1 from institutions where id = ${subject.institutionId}`);
    if (rows.length === 0) return false;
  }
  if (subject.planId !== undefined) {
    if (!isUuid(subject.planId)) return false;
    const rows = await queryRows(
      db,
      sql`select 1 from action_plans where id = ${subject.planId}
          ${subject.publishedPlansOnly ? sql`and published` : sql``}`,
    );
    if (rows.length === 0) return false;
  }
  return true;
}
