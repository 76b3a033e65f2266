import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { queryRows } from '../audit/sql.js';
import { verifyAuditChain } from '../audit/verify.js';
import { derivedStatus, seedDemoActionPlan } from '../demo/action-plan.js';
import { ConflictError, NotFoundError, StaleVersionError } from '../errors.js';
import { ALL, PUBLIC, withRecommendationFixtures } from '../recommendations/test-fixtures.js';
import { PlanReferenceError } from './errors.js';
import { createIndicator, deleteIndicatorValue, putIndicatorValue, updateIndicator } from './indicators.js';
import { linkRecommendations, listRecommendationMeasures, unlinkRecommendation } from './links.js';
import { getMeasure, listMeasures } from './measure-read.js';
import { createMeasure, updateMeasure } from './measure-write.js';
import {
  createAxis,
  createPlan,
  getPlan,
  listPlans,
  setPlanPublished,
  updateAxis,
  updatePlan,
} from './plans.js';

const ctx = withRecommendationFixtures();
const db = () => ctx.database.db;
const LIST = { page: 1, pageSize: 50, status: [] as string[] };

async function auditActions(entityId: string): Promise<string[]> {
  const rows = await queryRows<{ action: string }>(
    db(),
    sql`select action from audit_events where entity_id = ${entityId} order by seq`,
  );
  return rows.map((r) => r.action);
}

/** A plan with two axes, three measures (two under axis 1) — made fresh for each test that needs one. */
async function makePlan(code: string) {
  const plan = await createPlan(
    db(),
    { code, name: { fr: 'Plan national', ar: 'الخطة الوطنية' }, startYear: 2018, endYear: 2021 },
    null,
  );
  const axis1 = await createAxis(db(), plan.id, { number: '1', name: { fr: 'Démocratie' }, sort: 1 }, null);
  const axis2 = await createAxis(
    db(),
    plan.id,
    { number: '2', name: { fr: 'Droits catégoriels' }, sort: 2 },
    null,
  );
  const { justice, health } = ctx.fx.institutions;
  const m1 = await createMeasure(
    db(),
    {
      planId: plan.id,
      axisId: axis1.id,
      number: '1.10',
      name: { fr: 'Loi sur la violence' },
      status: 'continuous',
      statusDate: '2021-06-30',
      institutions: [
        { institutionId: health.id, role: 'contributing' },
        { institutionId: justice.id, role: 'lead' },
      ],
    },
    null,
  );
  const m2 = await createMeasure(
    db(),
    {
      planId: plan.id,
      axisId: axis1.id,
      number: '1.2',
      name: { fr: 'Formation des juges' },
      status: 'implemented',
    },
    null,
  );
  const m3 = await createMeasure(
    db(),
    { planId: plan.id, axisId: axis2.id, number: '2.1', name: { fr: 'Enfance' } },
    null,
  );
  return { plan, axis1, axis2, m1, m2, m3 };
}

describe('action plans → axes → measures', () => {
  it('counts measures per plan and per axis with their status breakdown', async () => {
    const { plan, axis1 } = await makePlan('PANDDH-A');
    const read = await getPlan(db(), { kind: 'all' }, plan.id);
    expect(read?.measureCount).toBe(3);
    expect(read?.axisCount).toBe(2);
    expect(read?.statusCounts).toEqual([
      { status: 'implemented', count: 1 },
      { status: 'continuous', count: 1 },
      { status: 'none', count: 1 },
    ]);
    const axis = read?.axes.find((a) => a.id === axis1.id);
    expect(axis?.measureCount).toBe(2);
    expect(read?.axes.map((a) => a.number)).toEqual(['1', '2']);
  });

  it('lists measures in number order (1.2 before 1.10) and filters them', async () => {
    const { plan, axis1, m1 } = await makePlan('PANDDH-B');
    const all = await listMeasures(db(), { kind: 'all' }, ALL, { ...LIST, plan: plan.id });
    expect(all.items.map((m) => m.number)).toEqual(['1.2', '1.10', '2.1']);
    const byAxis = await listMeasures(db(), { kind: 'all' }, ALL, { ...LIST, plan: plan.id, axis: axis1.id });
    expect(byAxis.total).toBe(2);
    const byStatus = await listMeasures(db(), { kind: 'all' }, ALL, {
      ...LIST,
      plan: plan.id,
      status: ['continuous', 'none'],
    });
    expect(byStatus.items.map((m) => m.number).sort()).toEqual(['1.10', '2.1']);
    const byInstitution = await listMeasures(db(), { kind: 'all' }, ALL, {
      ...LIST,
      plan: plan.id,
      institution: ctx.fx.institutions.health.id,
    });
    expect(byInstitution.items.map((m) => m.id)).toEqual([m1.id]);
    const byText = await listMeasures(db(), { kind: 'all' }, ALL, { ...LIST, plan: plan.id, q: 'juges' });
    expect(byText.items.map((m) => m.number)).toEqual(['1.2']);
  });

  it('reads the measure card: institutions lead first, indicators with values, linked recommendations in the reader’s language', async () => {
    const { m1 } = await makePlan('PANDDH-C');
    const { women, violenceLaw } = ctx.fx.recs;
    await linkRecommendations(db(), m1.id, [women.id, violenceLaw.id], null);
    const indicator = await createIndicator(
      db(),
      {
        measureId: m1.id,
        name: { fr: 'Plaintes traitées' },
        unit: { fr: '%' },
        baseline: 40,
        baselineDate: '2018-01-01',
        target: 90,
        targetDate: '2021-12-31',
      },
      null,
    );
    await putIndicatorValue(
      db(),
      indicator.id,
      { date: '2020-12-31', value: 70, source: 'Rapport annuel 2020' },
      null,
    );
    await putIndicatorValue(
      db(),
      indicator.id,
      { date: '2019-12-31', value: 55, source: 'Rapport annuel 2019' },
      null,
    );

    const card = await getMeasure(db(), { kind: 'all' }, ALL, m1.id, 'ar');
    expect(card?.status).toBe('continuous');
    expect(card?.statusDate).toBe('2021-06-30');
    expect(card?.institutions.map((i) => [i.code, i.role])).toEqual([
      ['MJ', 'lead'],
      ['MS', 'contributing'],
    ]);
    expect(card?.indicators[0]?.values.map((v) => [v.date, v.value, v.source])).toEqual([
      ['2019-12-31', 55, 'Rapport annuel 2019'],
      ['2020-12-31', 70, 'Rapport annuel 2020'],
    ]);
    const women2 = card?.recommendations.find((r) => r.id === women.id);
    expect(women2).toMatchObject({
      key: 'A/HRC/36/6 §144.2',
      text: 'تعزيز حماية المرأة ضحايا العنف',
      textLang: 'ar',
      status: 'in_progress',
    });
    // Only French text: the Arabic reader gets the French one, said to be French.
    expect(card?.recommendations.find((r) => r.id === violenceLaw.id)).toMatchObject({ textLang: 'fr' });
    expect(card?.recommendationCount).toBe(2);
  });

  it('replaces an indicator value recorded for the same date, and removes one', async () => {
    const { m2 } = await makePlan('PANDDH-D');
    const indicator = await createIndicator(db(), { measureId: m2.id, name: { fr: 'Juges formés' } }, null);
    await putIndicatorValue(db(), indicator.id, { date: '2020-01-01', value: 100 }, null);
    const after = await putIndicatorValue(
      db(),
      indicator.id,
      { date: '2020-01-01', value: 120, source: 'Corrigé' },
      null,
    );
    expect(after.values).toHaveLength(1);
    expect(after.values[0]).toMatchObject({ value: 120, source: 'Corrigé' });
    const valueId = after.values[0]?.id ?? '';
    const emptied = await deleteIndicatorValue(db(), indicator.id, valueId, null);
    expect(emptied.values).toEqual([]);
    await expect(deleteIndicatorValue(db(), indicator.id, valueId, null)).rejects.toBeInstanceOf(
      NotFoundError,
    );
    expect(await auditActions(indicator.id)).toEqual([
      'indicator.create',
      'indicator.value',
      'indicator.value',
      'indicator.value_delete',
    ]);
    const renamed = await updateIndicator(db(), indicator.id, { version: 0, target: 500 }, null);
    expect(renamed.target).toBe(500);
    await expect(updateIndicator(db(), indicator.id, { version: 0, target: 1 }, null)).rejects.toBeInstanceOf(
      StaleVersionError,
    );
  });

  it('links measures and recommendations both ways, and unlinks', async () => {
    const { m1, m2 } = await makePlan('PANDDH-E');
    const { women } = ctx.fx.recs;
    expect(await linkRecommendations(db(), m1.id, [women.id], null)).toEqual({ linked: 1 });
    expect(await linkRecommendations(db(), m1.id, [women.id], null)).toEqual({ linked: 0 });
    await linkRecommendations(db(), m2.id, [women.id], null);
    const measures = await listRecommendationMeasures(db(), { kind: 'all' }, ALL, women.id);
    expect(measures?.filter((m) => m.plan.code === 'PANDDH-E').map((m) => m.number)).toEqual(['1.10', '1.2']);
    await unlinkRecommendation(db(), m1.id, women.id, null);
    const left = await listRecommendationMeasures(db(), { kind: 'all' }, ALL, women.id);
    expect(left?.filter((m) => m.plan.code === 'PANDDH-E').map((m) => m.number)).toEqual(['1.2']);
    await expect(unlinkRecommendation(db(), m1.id, women.id, null)).rejects.toBeInstanceOf(NotFoundError);
    await expect(
      linkRecommendations(db(), m1.id, ['00000000-0000-4000-8000-000000000000'], null),
    ).rejects.toBeInstanceOf(PlanReferenceError);
    expect(await auditActions(m1.id)).toEqual(['measure.create', 'measure.link', 'measure.unlink']);
  });

  it('shows the public only published plans, their measures and their published recommendations', async () => {
    const { plan, m1 } = await makePlan('PANDDH-F');
    const { women, violenceLaw } = ctx.fx.recs;
    await linkRecommendations(db(), m1.id, [women.id, violenceLaw.id], null);
    const pub = { kind: 'published' } as const;
    expect((await listPlans(db(), pub)).some((p) => p.id === plan.id)).toBe(false);
    expect(await getPlan(db(), pub, plan.id)).toBeNull();
    expect(await getMeasure(db(), pub, PUBLIC, m1.id, 'fr')).toBeNull();
    expect((await listMeasures(db(), pub, PUBLIC, { ...LIST, plan: plan.id })).total).toBe(0);
    expect(await listRecommendationMeasures(db(), pub, PUBLIC, women.id)).toEqual([]);

    const published = await setPlanPublished(db(), plan.id, plan.version, true, null);
    expect(published.published).toBe(true);
    expect(published.publishedAt).not.toBeNull();
    expect((await listPlans(db(), pub)).some((p) => p.id === plan.id)).toBe(true);
    const card = await getMeasure(db(), pub, PUBLIC, m1.id, 'fr');
    // The unpublished CEDAW recommendation stays hidden, and is not even counted.
    expect(card?.recommendations.map((r) => r.key)).toEqual(['A/HRC/36/6 §144.2']);
    expect(card?.recommendationCount).toBe(1);
    expect(await listRecommendationMeasures(db(), pub, PUBLIC, violenceLaw.id)).toBeNull();

    const hidden = await setPlanPublished(db(), plan.id, published.version, false, null);
    expect(hidden.publishedAt).toBeNull();
    expect(await getMeasure(db(), pub, PUBLIC, m1.id, 'fr')).toBeNull();
    expect(await auditActions(plan.id)).toEqual(['plan.create', 'plan.publish', 'plan.unpublish']);
  });

  it('refuses stale versions with 409 details and changes nothing', async () => {
    const { plan, axis1, m1 } = await makePlan('PANDDH-G');
    const edited = await updatePlan(
      db(),
      plan.id,
      { version: plan.version, name: { fr: 'Plan révisé' } },
      null,
    );
    expect(edited.version).toBe(plan.version + 1);
    const stale = updatePlan(db(), plan.id, { version: plan.version, name: { fr: 'Perdu' } }, null);
    await expect(stale).rejects.toBeInstanceOf(StaleVersionError);
    expect((await getPlan(db(), { kind: 'all' }, plan.id))?.name).toEqual({ fr: 'Plan révisé' });

    const m = await updateMeasure(db(), m1.id, { version: 0, status: 'implemented', institutions: [] }, null);
    expect(m.status).toBe('implemented');
    expect(m.institutions).toEqual([]);
    await expect(
      updateMeasure(db(), m1.id, { version: 0, status: 'not_started' }, null),
    ).rejects.toBeInstanceOf(StaleVersionError);
    await updateAxis(db(), plan.id, axis1.id, { version: 0, name: { fr: 'Axe renommé' } }, null);
    await expect(updateAxis(db(), plan.id, axis1.id, { version: 0, sort: 9 }, null)).rejects.toBeInstanceOf(
      StaleVersionError,
    );
    expect(await auditActions(m1.id)).toEqual(['measure.create', 'measure.update']);
  });

  it('refuses duplicate numbers and axes of another plan', async () => {
    const a = await makePlan('PANDDH-H');
    const b = await makePlan('PANDDH-I');
    await expect(
      createPlan(db(), { code: 'PANDDH-H', name: { fr: 'Doublon' } }, null),
    ).rejects.toBeInstanceOf(ConflictError);
    await expect(
      createMeasure(db(), { planId: a.plan.id, number: '1.2', name: { fr: 'Doublon' } }, null),
    ).rejects.toBeInstanceOf(ConflictError);
    await expect(
      createMeasure(
        db(),
        { planId: a.plan.id, axisId: b.axis1.id, number: '9', name: { fr: 'Ailleurs' } },
        null,
      ),
    ).rejects.toBeInstanceOf(PlanReferenceError);
    await expect(
      createAxis(db(), a.plan.id, { number: '1', name: { fr: 'Doublon' } }, null),
    ).rejects.toBeInstanceOf(ConflictError);
    expect((await listMeasures(db(), { kind: 'all' }, ALL, { ...LIST, plan: a.plan.id })).total).toBe(3);
  });

  it('seeds a published demo plan from the DIDH axes once, with derived illustrative statuses', async () => {
    const { women, ruralWomen, violenceLaw } = ctx.fx.recs;
    await db().execute(
      sql`update recommendations set external_ref = 'didh:' || key where id in (${women.id}, ${ruralWomen.id}, ${violenceLaw.id})`,
    );
    expect(await seedDemoActionPlan(db())).toBe(true);
    expect(await seedDemoActionPlan(db())).toBe(false);
    const demo = (await listPlans(db(), { kind: 'published' })).find((p) => p.code === 'DEMO-DIDH');
    expect(demo).toMatchObject({ demo: true, published: true, axisCount: 2, measureCount: 1 });
    const [measure] = (await listMeasures(db(), { kind: 'published' }, PUBLIC, { ...LIST, plan: demo?.id }))
      .items;
    // Sub-axis 1.1 holds three demo recommendations (in progress, in progress, not started).
    expect(measure).toMatchObject({ number: '1.1', status: 'in_progress', statusDate: '2020-12-31' });
    expect(measure?.institutions.map((i) => [i.code, i.role])).toEqual([
      ['MS', 'lead'],
      ['MJ', 'contributing'],
    ]);
    const card = await getMeasure(db(), { kind: 'all' }, ALL, measure?.id ?? '', 'fr');
    expect(card?.recommendations).toHaveLength(3);
    expect(card?.achievements).toEqual({});
  });

  it('gives a demo measure the status most of its recommendations have, the less advanced on a tie', () => {
    expect(derivedStatus(['implemented', 'implemented', 'not_started'])).toBe('implemented');
    expect(derivedStatus(['implemented', 'not_started'])).toBe('not_started');
    expect(derivedStatus([null, null])).toBeNull();
  });

  it('keeps the audit chain intact', async () => {
    expect((await verifyAuditChain(db())).ok).toBe(true);
  });
});
