import type {
  InstitutionDetail,
  InstitutionKind,
  InstitutionListQuery,
  InstitutionMember,
  InstitutionSummary,
  LocalizedText,
  RecommendationScope,
} from '@tatabbu/domain';
import { type SQL, sql } from 'drizzle-orm';
import { escapeLike, isUuid, queryRows, toIso } from '../audit/sql.js';
import type { Db, Tx } from '../connection.js';
import { scopeCondition, sqlList } from '../recommendations/conditions.js';

/**
 * What the reader may see besides the institutions themselves: assignment counts are taken over the
 * recommendations of their scope; member counts and lists are for staff (`all`) or one institution.
 */
export interface InstitutionReadScope {
  recommendations: RecommendationScope;
  members: { kind: 'all' } | { kind: 'none' } | { kind: 'own'; institutionId: string };
}

interface SummaryRow {
  id: string;
  code: string;
  kind: InstitutionKind;
  name: LocalizedText;
  acronym: LocalizedText;
  active: boolean;
  parent_id: string | null;
  version: number;
  updated_at: string;
  lead_count: number;
  contributing_count: number;
  member_count: number;
}

const memberVisible = (scope: InstitutionReadScope, id: string) =>
  scope.members.kind === 'all' || (scope.members.kind === 'own' && scope.members.institutionId === id);

function toSummary(r: SummaryRow, scope: InstitutionReadScope): InstitutionSummary {
  return {
    id: r.id,
    code: r.code,
    kind: r.kind,
    name: r.name,
    acronym: r.acronym,
    active: r.active,
    parentId: r.parent_id,
    version: r.version,
    updatedAt: toIso(r.updated_at),
    leadCount: Number(r.lead_count),
    contributingCount: Number(r.contributing_count),
    memberCount: memberVisible(scope, r.id) ? Number(r.member_count) : null,
  };
}

/** Accents, case and Arabic spelling variants (hamza, ta marbuta, diacritics) do not matter. */
const folded = (value: SQL) => sql`tatabbu_normalize(unaccent(${value}))`;

/** Every name and acronym, in every language, and the code. */
function textCondition(q: string): SQL {
  const pattern = folded(sql`${`%${escapeLike(q)}%`}::text`);
  return sql`(${folded(sql`i.code`)} like ${pattern}
    or exists (select 1 from jsonb_each_text(i.name) n where ${folded(sql`n.value`)} like ${pattern})
    or exists (select 1 from jsonb_each_text(i.acronym) n where ${folded(sql`n.value`)} like ${pattern}))`;
}

async function selectSummaries(db: Db | Tx, scope: InstitutionReadScope, where: SQL): Promise<SummaryRow[]> {
  return queryRows<SummaryRow>(
    db,
    sql`select i.id, i.code, i.kind, i.name, i.acronym, i.active, i.parent_id, i.version, i.updated_at,
          coalesce(c.lead_count, 0) as lead_count, coalesce(c.contributing_count, 0) as contributing_count,
          (select count(*)::int from users u where u.institution_id = i.id) as member_count
        from institutions i
        left join (
          select a.institution_id,
                 count(*) filter (where a.role = 'lead')::int as lead_count,
                 count(*) filter (where a.role = 'contributing')::int as contributing_count
          from assignments a join recommendations r on r.id = a.recommendation_id
          where a.ended_at is null and ${scopeCondition(scope.recommendations)}
          group by a.institution_id) c on c.institution_id = i.id
        where ${where}
        order by i.code`,
  );
}

/** The list is small (a few hundred rows at most): searched and filtered, never paged. */
export async function listInstitutionSummaries(
  db: Db | Tx,
  query: InstitutionListQuery,
  scope: InstitutionReadScope,
): Promise<InstitutionSummary[]> {
  const conditions: SQL[] = [sql`true`];
  const q = query.q?.trim();
  if (q) conditions.push(textCondition(q));
  if (query.kind.length) conditions.push(sql`i.kind in ${sqlList(query.kind)}`);
  if (query.active !== 'all') conditions.push(sql`i.active = ${query.active === 'true'}`);
  const rows = await selectSummaries(db, scope, sql.join(conditions, sql` and `));
  return rows.map((r) => toSummary(r, scope));
}

/** Focal points first, then contributors, then anyone else attached to the institution. */
async function listMembers(db: Db | Tx, id: string): Promise<InstitutionMember[]> {
  return queryRows<InstitutionMember>(
    db,
    sql`select id, name, email, role, active from users where institution_id = ${id}
        order by (role = 'focal_point') desc, (role = 'contributor') desc, active desc, name`,
  );
}

export async function getInstitutionDetail(
  db: Db | Tx,
  id: string,
  scope: InstitutionReadScope,
): Promise<InstitutionDetail | null> {
  if (!isUuid(id)) return null;
  const [row] = await selectSummaries(db, scope, sql`i.id = ${id}`);
  if (!row) return null;
  const [parent] = row.parent_id
    ? await queryRows<{ id: string; code: string; name: LocalizedText }>(
        db,
        sql`select id, code, name from institutions where id = ${row.parent_id}`,
      )
    : [];
  return {
    ...toSummary(row, scope),
    parent: parent ?? null,
    members: memberVisible(scope, id) ? await listMembers(db, id) : null,
  };
}
