import {
  type ImplementationStatus,
  type Indicator,
  isDemoPlanCode,
  type LinkedRecommendation,
  type LocalizedText,
  type Measure,
  type MeasureList,
  type MeasureListQuery,
  type MeasureSummary,
  type PlanScope,
  type Position,
  pickText,
  type RecommendationScope,
} from '@tatabbu/domain';
import { type SQL, sql } from 'drizzle-orm';
import { escapeLike, isUuid, queryRows, toIso } from '../audit/sql.js';
import type { Db, Tx } from '../connection.js';
import { scopeCondition, sqlList, statusDateOf, statusOf } from '../recommendations/conditions.js';
import { planScopeCondition } from './plans.js';

interface MeasureRow {
  id: string;
  plan_id: string;
  plan_code: string;
  plan_name: LocalizedText;
  axis_id: string | null;
  axis_number: string | null;
  axis_name: LocalizedText | null;
  number: string;
  name: LocalizedText;
  sub_measure: LocalizedText;
  description: LocalizedText;
  objectives: LocalizedText;
  achievements: LocalizedText;
  status: ImplementationStatus | null;
  status_date: string | null;
  sort: number;
  version: number;
  updated_at: string;
  recommendation_count: number;
  indicator_count: number;
}

/**
 * Measures of plans in `scope`. The count of linked recommendations is the caller's visible share
 * only when `recScope` is given (the public does not learn of unpublished recommendations).
 */
const MEASURE_SELECT = (
  scope: PlanScope,
  recScope: RecommendationScope,
) => sql`select m.id, m.plan_id, p.code as plan_code,
    p.name as plan_name, m.axis_id, a.number as axis_number, a.name as axis_name, m.number, m.name,
    m.sub_measure, m.description, m.objectives, m.achievements, ${statusOf(scope, 'm')} as status,
    ${statusDateOf(scope, 'm')}::text as status_date,
    m.sort, m.version, m.updated_at::text as updated_at,
    (select count(*)::int from measure_recommendations mr join recommendations r on r.id = mr.recommendation_id
      where mr.measure_id = m.id and ${scopeCondition(recScope)}) as recommendation_count,
    (select count(*)::int from indicators i where i.measure_id = m.id) as indicator_count
  from measures m join action_plans p on p.id = m.plan_id left join plan_axes a on a.id = m.axis_id`;

/** Natural order of numbers like `2`, `10`, `2.3`: by their integer parts, then as text. */
const MEASURE_ORDER = sql`p.code, a.sort nulls last, a.number, m.sort,
  (select array_agg(d[1]::numeric) from regexp_matches(m.number, '[0-9]+', 'g') as d) nulls last, m.number`;

async function institutionsOf(db: Db | Tx, ids: readonly string[]) {
  const byMeasure = new Map<string, MeasureSummary['institutions']>();
  if (ids.length === 0) return byMeasure;
  const rows = await queryRows<{
    mid: string;
    id: string;
    code: string;
    name: LocalizedText;
    acronym: LocalizedText;
    role: 'lead' | 'contributing';
  }>(
    db,
    sql`select mi.measure_id as mid, i.id, i.code, i.name, i.acronym, mi.role
        from measure_institutions mi join institutions i on i.id = mi.institution_id
        where mi.measure_id in ${sqlList(ids)} order by (mi.role = 'lead') desc, i.code`,
  );
  for (const { mid, ...inst } of rows) byMeasure.set(mid, [...(byMeasure.get(mid) ?? []), inst]);
  return byMeasure;
}

function toSummary(r: MeasureRow, institutions: MeasureSummary['institutions']): MeasureSummary {
  return {
    id: r.id,
    plan: { id: r.plan_id, code: r.plan_code, name: r.plan_name, demo: isDemoPlanCode(r.plan_code) },
    axis: r.axis_id ? { id: r.axis_id, number: r.axis_number ?? '', name: r.axis_name ?? {} } : null,
    number: r.number,
    name: r.name,
    subMeasure: r.sub_measure,
    status: r.status,
    statusDate: r.status_date,
    institutions,
    recommendationCount: r.recommendation_count,
    indicatorCount: r.indicator_count,
    version: r.version,
    updatedAt: toIso(r.updated_at),
  };
}

function listConditions(scope: PlanScope, query: MeasureListQuery): SQL {
  const parts: SQL[] = [planScopeCondition(scope)];
  if (query.plan) parts.push(sql`m.plan_id = ${query.plan}`);
  if (query.axis) parts.push(sql`m.axis_id = ${query.axis}`);
  if (query.status.length) {
    const wanted = query.status.filter((s) => s !== 'none');
    const none = query.status.includes('none');
    const ors: SQL[] = [];
    if (wanted.length) ors.push(sql`${statusOf(scope, 'm')} in ${sqlList(wanted)}`);
    if (none) ors.push(sql`${statusOf(scope, 'm')} is null`);
    parts.push(sql`(${sql.join(ors, sql` or `)})`);
  }
  if (query.institution) {
    parts.push(
      sql`exists (select 1 from measure_institutions mi where mi.measure_id = m.id and mi.institution_id = ${query.institution})`,
    );
  }
  if (query.q) {
    const like = `%${escapeLike(query.q)}%`;
    parts.push(sql`(m.number ilike ${like} or m.name::text ilike ${like} or m.sub_measure::text ilike ${like}
      or m.description::text ilike ${like} or m.objectives::text ilike ${like})`);
  }
  return sql.join(parts, sql` and `);
}

export async function listMeasures(
  db: Db | Tx,
  scope: PlanScope,
  recScope: RecommendationScope,
  query: MeasureListQuery,
): Promise<MeasureList> {
  const where = listConditions(scope, query);
  const [total] = await queryRows<{ n: number }>(
    db,
    sql`select count(*)::int as n from measures m join action_plans p on p.id = m.plan_id where ${where}`,
  );
  const rows = await queryRows<MeasureRow>(
    db,
    sql`${MEASURE_SELECT(scope, recScope)} where ${where} order by ${MEASURE_ORDER}
        limit ${query.pageSize} offset ${(query.page - 1) * query.pageSize}`,
  );
  const institutions = await institutionsOf(
    db,
    rows.map((r) => r.id),
  );
  return { items: rows.map((r) => toSummary(r, institutions.get(r.id) ?? [])), total: total?.n ?? 0 };
}

async function indicatorsOf(db: Db | Tx, measureId: string): Promise<Indicator[]> {
  const rows = await queryRows<{
    id: string;
    name: LocalizedText;
    unit: LocalizedText;
    baseline: number | null;
    baseline_date: string | null;
    target: number | null;
    target_date: string | null;
    sort: number;
    version: number;
    updated_at: string;
  }>(
    db,
    sql`select id, name, unit, baseline, baseline_date::text as baseline_date, target,
          target_date::text as target_date, sort, version, updated_at::text as updated_at
        from indicators where measure_id = ${measureId} order by sort, created_at`,
  );
  if (rows.length === 0) return [];
  const values = await queryRows<{
    indicator_id: string;
    id: string;
    date: string;
    value: number;
    source: string | null;
    note: string | null;
  }>(
    db,
    sql`select indicator_id, id, date::text as date, value, source, note from indicator_values
        where indicator_id in ${sqlList(rows.map((r) => r.id))} order by date`,
  );
  return rows.map((r) => ({
    id: r.id,
    measureId,
    name: r.name,
    unit: r.unit,
    baseline: r.baseline,
    baselineDate: r.baseline_date,
    target: r.target,
    targetDate: r.target_date,
    sort: r.sort,
    version: r.version,
    updatedAt: toIso(r.updated_at),
    values: values
      .filter((v) => v.indicator_id === r.id)
      .map(({ indicator_id: _, ...v }) => ({ ...v, value: Number(v.value) })),
  }));
}

async function recommendationsOf(
  db: Db | Tx,
  measureId: string,
  recScope: RecommendationScope,
  lang: string,
): Promise<LinkedRecommendation[]> {
  const rows = await queryRows<{
    id: string;
    key: string;
    text_ar: string | null;
    text_fr: string | null;
    text_en: string | null;
    text_es: string | null;
    status: ImplementationStatus | null;
    position: Position | null;
    published: boolean;
  }>(
    db,
    sql`select r.id, r.key, r.text_ar, r.text_fr, r.text_en, r.text_es, ${statusOf(recScope)} as status,
          r.position, r.published
        from measure_recommendations mr join recommendations r on r.id = mr.recommendation_id
        where mr.measure_id = ${measureId} and ${scopeCondition(recScope)} order by r.key`,
  );
  return rows.map((r) => {
    const picked = pickText(
      {
        ar: r.text_ar ?? undefined,
        fr: r.text_fr ?? undefined,
        en: r.text_en ?? undefined,
        es: r.text_es ?? undefined,
      },
      lang,
    );
    return {
      id: r.id,
      key: r.key,
      text: picked?.text ?? null,
      textLang: picked?.lang ?? null,
      status: r.status,
      position: r.position,
      published: r.published,
    };
  });
}

/**
 * The measure card: the measure, its institutions, indicators with values and the linked
 * recommendations the reader may see (text in `lang`). Null when the plan is out of scope.
 */
export async function getMeasure(
  db: Db | Tx,
  scope: PlanScope,
  recScope: RecommendationScope,
  id: string,
  lang: string,
): Promise<Measure | null> {
  if (!isUuid(id)) return null;
  const [row] = await queryRows<MeasureRow>(
    db,
    sql`${MEASURE_SELECT(scope, recScope)} where m.id = ${id} and ${planScopeCondition(scope)}`,
  );
  if (!row) return null;
  const institutions = await institutionsOf(db, [id]);
  return {
    ...toSummary(row, institutions.get(id) ?? []),
    description: row.description,
    objectives: row.objectives,
    achievements: row.achievements,
    sort: row.sort,
    indicators: await indicatorsOf(db, id),
    recommendations: await recommendationsOf(db, id, recScope, lang),
  };
}
