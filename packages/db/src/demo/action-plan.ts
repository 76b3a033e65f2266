import type { ImplementationStatus, LocalizedText } from '@tatabbu/domain';
import { sql } from 'drizzle-orm';
import { recordAudit } from '../audit/record.js';
import { inTransaction, queryRows } from '../audit/sql.js';
import type { Db, Tx } from '../connection.js';

/** `DEMO-` marks the plan as illustrative: the UI labels its statuses as demo data (DESIGN §6). */
export const DEMO_ACTION_PLAN_CODE = 'DEMO-DIDH';
/** The date of the DIDH file's illustrative statuses (see morocco.ts). */
const STATUS_DATE = '2020-12-31';

const NAME: LocalizedText = {
  ar: 'خطة عمل تجريبية: محاور الإطار الوطني',
  fr: 'Plan de démonstration : axes du cadre national (DIDH)',
  en: 'Demo plan: national framework axes (DIDH)',
};
const DESCRIPTION: LocalizedText = {
  ar: 'بيانات توضيحية للعرض فقط. المحاور والمحاور الفرعية هي محاور الإطار الوطني للمندوبية الوزارية المكلفة بحقوق الإنسان، وكل محور فرعي معروض كإجراء مرتبط بالتوصيات المصنفة تحته. وضعية كل إجراء هي الوضعية الغالبة على تلك التوصيات في ملف العرض التوضيحي. ليست هذه خطة العمل الوطنية في مجال الديمقراطية وحقوق الإنسان.',
  fr: "Données de démonstration, à titre d'illustration. Les axes et sous-axes sont ceux du cadre national de la DIDH ; chaque sous-axe figure comme une mesure liée aux recommandations classées sous lui. L'état de chaque mesure est celui qu'ont la plupart de ces recommandations dans le fichier de démonstration. Ce n'est pas le Plan d'action national en matière de démocratie et de droits de l'Homme (PANDDH).",
  en: "Illustrative demo data. The axes and sub-axes are those of the DIDH national framework; each sub-axis appears as a measure linked to the recommendations filed under it. Each status is the one most of those recommendations have in the illustrative demo file. This is not Morocco's national action plan for democracy and human rights (PANDDH).",
};

/**
 * A measure's illustrative status: the one most of its recommendations have (the less advanced one
 * on a tie), so the demo plan shows the spread the demo file has.
 */
export function derivedStatus(
  statuses: readonly (ImplementationStatus | null)[],
): ImplementationStatus | null {
  const order: ImplementationStatus[] = [
    'not_started',
    'in_progress',
    'partially_implemented',
    'implemented',
  ];
  const counts = new Map<ImplementationStatus, number>();
  for (const s of statuses) if (s && order.includes(s)) counts.set(s, (counts.get(s) ?? 0) + 1);
  let best: ImplementationStatus | null = null;
  for (const s of order) if ((counts.get(s) ?? 0) > (best ? (counts.get(best) ?? 0) : 0)) best = s;
  return best;
}

/**
 * A small, published demo plan built from the DIDH axes (reference data) and the demo
 * recommendations: one axis per DIDH axis, one measure per sub-axis, linked to the recommendations
 * filed under it, its two most-assigned institutions as responsible. No description, objective,
 * achievement or indicator is invented. Runs once (the plan code is the marker).
 */
export async function seedDemoActionPlan(db: Db | Tx, actorId: string | null = null): Promise<boolean> {
  return inTransaction(db, async (tx) => {
    const [existing] = await queryRows<{ id: string }>(
      tx,
      sql`select id from action_plans where code = ${DEMO_ACTION_PLAN_CODE}`,
    );
    if (existing) return false;
    const [plan] = await queryRows<{ id: string }>(
      tx,
      sql`insert into action_plans (code, name, description, published, published_at, created_by)
          values (${DEMO_ACTION_PLAN_CODE}, ${JSON.stringify(NAME)}::jsonb, ${JSON.stringify(DESCRIPTION)}::jsonb,
                  true, now(), ${actorId}) returning id`,
    );
    if (!plan) throw new Error('demo plan insert returned nothing');
    const axisTerms = await queryRows<{ id: string; name: LocalizedText }>(
      tx,
      sql`select id, name from terms where vocabulary = 'axis' and active order by sort, code`,
    );
    const axes: { id: string; termId: string; number: string }[] = [];
    for (const [index, term] of axisTerms.entries()) {
      const number = String(index + 1);
      const [axis] = await queryRows<{ id: string }>(
        tx,
        sql`insert into plan_axes (plan_id, number, name, sort)
            values (${plan.id}, ${number}, ${JSON.stringify(term.name)}::jsonb, ${index + 1}) returning id`,
      );
      if (axis) axes.push({ id: axis.id, termId: term.id, number });
    }
    let measureCount = 0;
    for (const axis of axes) {
      const subaxes = await queryRows<{ id: string; name: LocalizedText }>(
        tx,
        sql`select id, name from terms where vocabulary = 'subaxis' and parent_id = ${axis.termId} and active
            order by sort, code`,
      );
      for (const [index, subaxis] of subaxes.entries()) {
        const recs = await queryRows<{ id: string; status: ImplementationStatus | null }>(
          tx,
          sql`select r.id, r.status from recommendation_terms rt join recommendations r on r.id = rt.recommendation_id
              where rt.term_id = ${subaxis.id} and r.external_ref like 'didh:%'`,
        );
        if (recs.length === 0) continue;
        const status = derivedStatus(recs.map((r) => r.status));
        const [measure] = await queryRows<{ id: string }>(
          tx,
          sql`insert into measures (plan_id, axis_id, number, name, status, status_date, sort, created_by)
              values (${plan.id}, ${axis.id}, ${`${axis.number}.${index + 1}`}, ${JSON.stringify(subaxis.name)}::jsonb,
                      ${status}, ${status ? STATUS_DATE : null}, ${index + 1}, ${actorId}) returning id`,
        );
        if (!measure) throw new Error('demo measure insert returned nothing');
        measureCount += 1;
        await tx.execute(
          sql`insert into measure_recommendations (measure_id, recommendation_id, created_by)
              select ${measure.id}, rt.recommendation_id, ${actorId}
              from recommendation_terms rt join recommendations r on r.id = rt.recommendation_id
              where rt.term_id = ${subaxis.id} and r.external_ref like 'didh:%'`,
        );
        // The institutions most often assigned to those recommendations: the first leads.
        await tx.execute(
          sql`insert into measure_institutions (measure_id, institution_id, role)
              select ${measure.id}, institution_id, case when rank = 1 then 'lead' else 'contributing' end
              from (select a.institution_id, row_number() over (order by count(*) desc, min(i.code)) as rank
                    from assignments a join recommendation_terms rt on rt.recommendation_id = a.recommendation_id
                      join institutions i on i.id = a.institution_id
                    where rt.term_id = ${subaxis.id} and a.ended_at is null
                    group by a.institution_id) ranked
              where rank <= 2`,
        );
      }
    }
    await recordAudit(tx, {
      actorId,
      action: 'demo.seed',
      entity: 'plan',
      entityId: plan.id,
      after: { source: 'didh-morocco axes and sub-axes', axes: axes.length, measures: measureCount },
    });
    return true;
  });
}
