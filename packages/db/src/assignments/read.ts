import type { Assignment, AssignmentRole, LocalizedText } from '@tatabbu/domain';
import { type SQL, sql } from 'drizzle-orm';
import { isUuid, queryRows, toIso, toIsoOrNull } from '../audit/sql.js';
import type { Db, Tx } from '../connection.js';

/** `institutionId` set: a focal point or contributor sees only their own institution's rows. */
export interface AssignmentReadScope {
  institutionId?: string | undefined;
}

interface AssignmentRow {
  id: string;
  recommendation_id: string;
  recommendation_key: string;
  institution_id: string;
  code: string;
  name: LocalizedText;
  acronym: LocalizedText;
  role: AssignmentRole;
  assigned_at: string;
  assigned_by: string | null;
  assigned_by_name: string | null;
  ended_at: string | null;
  ended_by: string | null;
  ended_by_name: string | null;
}

const person = (id: string | null, name: string | null) => (id ? { id, name: name ?? '' } : null);

function toAssignment(r: AssignmentRow): Assignment {
  return {
    id: r.id,
    recommendationId: r.recommendation_id,
    recommendationKey: r.recommendation_key,
    institution: { id: r.institution_id, code: r.code, name: r.name, acronym: r.acronym },
    role: r.role,
    assignedAt: toIso(r.assigned_at),
    assignedBy: person(r.assigned_by, r.assigned_by_name),
    endedAt: toIsoOrNull(r.ended_at),
    endedBy: person(r.ended_by, r.ended_by_name),
  };
}

const scoped = (scope: AssignmentReadScope): SQL =>
  scope.institutionId ? sql`a.institution_id = ${scope.institutionId}` : sql`true`;

async function selectAssignments(db: Db | Tx, where: SQL, tail: SQL): Promise<Assignment[]> {
  const rows = await queryRows<AssignmentRow>(
    db,
    sql`select a.id, a.recommendation_id, r.key as recommendation_key, a.institution_id,
               i.code, i.name, i.acronym, a.role, a.assigned_at, a.assigned_by, ub.name as assigned_by_name,
               a.ended_at, a.ended_by, ue.name as ended_by_name
        from assignments a
        join recommendations r on r.id = a.recommendation_id
        join institutions i on i.id = a.institution_id
        left join users ub on ub.id = a.assigned_by
        left join users ue on ue.id = a.ended_by
        where ${where} ${tail}`,
  );
  return rows.map(toAssignment);
}

/** Current assignments first (lead first), then ended ones, most recently ended first. */
export async function listRecommendationAssignments(
  db: Db | Tx,
  recommendationId: string,
  scope: AssignmentReadScope,
): Promise<Assignment[]> {
  if (!isUuid(recommendationId)) return [];
  return selectAssignments(
    db,
    sql`a.recommendation_id = ${recommendationId} and ${scoped(scope)}`,
    sql`order by (a.ended_at is null) desc, (a.ended_at is null and a.role = 'lead') desc, a.ended_at desc,
          i.code, a.assigned_at desc`,
  );
}

/** The current assignments of one institution, by recommendation key, one page at a time. */
export async function listInstitutionAssignments(
  db: Db | Tx,
  institutionId: string,
  scope: AssignmentReadScope,
  page: { page: number; pageSize: number },
): Promise<{ items: Assignment[]; total: number }> {
  if (!isUuid(institutionId)) return { items: [], total: 0 };
  const where = sql`a.institution_id = ${institutionId} and a.ended_at is null and ${scoped(scope)}`;
  const [items, [counted]] = await Promise.all([
    selectAssignments(
      db,
      where,
      sql`order by (a.role = 'lead') desc, r.key_sort collate "C", a.id
          limit ${page.pageSize} offset ${(page.page - 1) * page.pageSize}`,
    ),
    queryRows<{ total: number }>(db, sql`select count(*)::int as total from assignments a where ${where}`),
  ]);
  return { items, total: Number(counted?.total ?? 0) };
}

export async function getAssignment(db: Db | Tx, id: string): Promise<Assignment | null> {
  if (!isUuid(id)) return null;
  const [row] = await selectAssignments(db, sql`a.id = ${id}`, sql``);
  return row ?? null;
}
