import { seedMoroccoDemo } from '@tatabbu/db';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { addTestUser, asUser, type Session, signIn, startTestApp, type TestApp } from './helpers.js';

let t: TestApp;
let coordinator: Session;
let focalPoint: Session;
let cso: Session;
let institutionId: string;
let recommendationId: string;

beforeAll(async () => {
  t = await startTestApp({ reference: true });
  await seedMoroccoDemo(t.database.db, loadConfig({}).dataRoot);
  const institutions = (await t.app.inject({ url: '/api/v1/institutions' })).json().items;
  institutionId = institutions[0].id;
  recommendationId = (await t.app.inject({ url: '/api/v1/recommendations?pageSize=1' })).json().items[0].id;
  const session = async (role: Parameters<typeof addTestUser>[1], extra = {}) =>
    signIn(t.app, (await addTestUser(t.database, role, extra)).email);
  coordinator = await session('coordinator');
  focalPoint = await session('focal_point', { institutionId });
  cso = await session('cso');
});
afterAll(async () => t?.close());

const as = (s: Session | null, lang = 'en') => (s ? asUser(s, lang) : { 'accept-language': lang });
async function call(
  s: Session | null,
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
  url: string,
  payload?: object,
  lang = 'en',
) {
  const res = await t.app.inject({
    method,
    url: `/api/v1${url}`,
    headers: as(s, lang),
    ...(payload ? { payload } : {}),
  });
  return { status: res.statusCode, body: res.json() };
}

describe('action plans API', () => {
  it('shows the public the published demo plan built from the DIDH axes, labelled as demo', async () => {
    const { status, body } = await call(null, 'GET', '/plans');
    expect(status).toBe(200);
    const demo = body.items.find((p: { code: string }) => p.code === 'DEMO-DIDH');
    expect(demo).toMatchObject({ demo: true, published: true, axisCount: 9 });
    expect(demo.measureCount).toBeGreaterThan(20);
    expect(demo.description.en).toMatch(/Illustrative demo data/);
    const plan = (await call(null, 'GET', `/plans/${demo.id}`)).body;
    expect(plan.axes).toHaveLength(9);
    const measures = (await call(null, 'GET', `/measures?plan=${demo.id}&axis=${plan.axes[0].id}`)).body;
    expect(measures.total).toBe(plan.axes[0].measureCount);
    const card = (await call(null, 'GET', `/measures/${measures.items[0].id}`, undefined, 'ar')).body;
    expect(card.recommendations.length).toBeGreaterThan(0);
    expect(card.recommendations[0].text).toMatch(/[\u0600-\u06FF]/);
    expect(card.achievements).toEqual({});
    // And the other way: the recommendation page lists the demo measure.
    const back = (await call(null, 'GET', `/recommendations/${card.recommendations[0].id}/measures`)).body;
    expect(back.items.map((m: { id: string }) => m.id)).toContain(card.id);
  });

  it('lets a coordinator build a plan, and keeps it from the public until published', async () => {
    const created = await call(coordinator, 'POST', '/plans', {
      code: 'PANDDH-2018',
      name: {
        fr: 'Plan d’action national en matière de démocratie et de droits de l’Homme',
        ar: 'خطة العمل الوطنية',
      },
      startYear: 2018,
      endYear: 2021,
    });
    expect(created.status).toBe(201);
    const plan = created.body;
    expect(plan).toMatchObject({ published: false, demo: false, measureCount: 0, version: 0 });

    const axis = await call(coordinator, 'POST', `/plans/${plan.id}/axes`, {
      number: '1',
      name: { fr: 'Démocratie' },
    });
    expect(axis.status).toBe(201);
    const measure = await call(coordinator, 'POST', '/measures', {
      planId: plan.id,
      axisId: axis.body.id,
      number: '1.1',
      name: { fr: 'Renforcer la participation' },
      status: 'continuous',
      statusDate: '2021-12-31',
      institutions: [{ institutionId, role: 'lead' }],
    });
    expect(measure.status).toBe(201);
    expect(measure.body.institutions[0]).toMatchObject({ id: institutionId, role: 'lead' });

    const linked = await call(coordinator, 'POST', `/measures/${measure.body.id}/recommendations`, {
      recommendationIds: [recommendationId],
    });
    expect(linked.status).toBe(200);
    expect(linked.body.recommendations.map((r: { id: string }) => r.id)).toEqual([recommendationId]);

    const indicator = await call(coordinator, 'POST', '/indicators', {
      measureId: measure.body.id,
      name: { fr: 'Taux de participation' },
      unit: { fr: '%' },
      baseline: 30,
      target: 60,
    });
    expect(indicator.status).toBe(201);
    const valued = await call(coordinator, 'POST', `/indicators/${indicator.body.id}/values`, {
      date: '2020-06-30',
      value: 42.5,
      source: 'Enquête nationale',
    });
    expect(valued.body.values).toEqual([
      expect.objectContaining({ date: '2020-06-30', value: 42.5, source: 'Enquête nationale' }),
    ]);

    // Not published: the public and CSOs do not see it, focal points do.
    expect((await call(null, 'GET', `/plans/${plan.id}`)).status).toBe(404);
    expect((await call(null, 'GET', `/measures/${measure.body.id}`)).status).toBe(404);
    expect((await call(cso, 'GET', `/plans/${plan.id}`)).status).toBe(404);
    expect((await call(focalPoint, 'GET', `/plans/${plan.id}`)).status).toBe(200);
    const publicLinks = (await call(null, 'GET', `/recommendations/${recommendationId}/measures`)).body.items;
    expect(publicLinks.map((m: { id: string }) => m.id)).not.toContain(measure.body.id);

    const published = await call(coordinator, 'POST', `/plans/${plan.id}/publish`, { version: plan.version });
    expect(published.status).toBe(200);
    const card = await call(null, 'GET', `/measures/${measure.body.id}`);
    expect(card.status).toBe(200);
    expect(card.body).toMatchObject({ status: 'continuous', statusDate: '2021-12-31' });
    expect(card.body.indicators[0].values).toHaveLength(1);
    expect((await call(cso, 'GET', `/plans/${plan.id}`)).body.measureCount).toBe(1);

    const unlinked = await call(
      coordinator,
      'DELETE',
      `/measures/${measure.body.id}/recommendations/${recommendationId}`,
    );
    expect(unlinked.body.recommendations).toEqual([]);
    const trail = await t.database.db.execute(
      sql`select action from audit_events where entity_id = ${measure.body.id} order by seq`,
    );
    expect(trail.rows.map((r) => (r as { action: string }).action)).toEqual([
      'measure.create',
      'measure.link',
      'measure.unlink',
    ]);
  });

  it('answers a stale version with 409 and who changed it, in the reader’s language', async () => {
    const plan = (await call(coordinator, 'POST', '/plans', { code: 'STALE-1', name: { fr: 'Plan' } })).body;
    expect(
      (await call(coordinator, 'PATCH', `/plans/${plan.id}`, { version: 0, endYear: 2026 })).status,
    ).toBe(200);
    const stale = await call(coordinator, 'PATCH', `/plans/${plan.id}`, { version: 0, endYear: 2030 }, 'fr');
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('stale_version');
    expect(stale.body.error.details).toMatchObject({ currentVersion: 1 });
    expect(stale.body.error.details.updatedBy).toBeTruthy();
    expect(stale.body.error.message).toMatch(/[éèà]|modifi/);
    expect((await call(coordinator, 'GET', `/plans/${plan.id}`)).body.endYear).toBe(2026);
  });

  it('refuses bad input with localised errors and changes nothing', async () => {
    const noName = await call(coordinator, 'POST', '/plans', { code: 'X-1', name: {} }, 'ar');
    expect(noName.status).toBe(400);
    expect(noName.body.error.message).toMatch(/[\u0600-\u06FF]/);
    const badCode = await call(coordinator, 'POST', '/plans', { code: 'a b', name: { fr: 'x' } });
    expect(badCode.status).toBe(400);
    const a = (await call(coordinator, 'POST', '/plans', { code: 'REF-A', name: { fr: 'A' } })).body;
    const b = (await call(coordinator, 'POST', '/plans', { code: 'REF-B', name: { fr: 'B' } })).body;
    const axisB = (
      await call(coordinator, 'POST', `/plans/${b.id}/axes`, { number: '1', name: { fr: 'Axe' } })
    ).body;
    const wrongAxis = await call(coordinator, 'POST', '/measures', {
      planId: a.id,
      axisId: axisB.id,
      number: '1',
      name: { fr: 'M' },
    });
    expect(wrongAxis.status).toBe(400);
    expect(wrongAxis.body.error.details.issues[0].path).toBe('axisId');
    const badStatus = await call(coordinator, 'POST', '/measures', {
      planId: a.id,
      number: '1',
      name: { fr: 'M' },
      status: 'done',
    });
    expect(badStatus.status).toBe(400);
    const duplicate = await call(coordinator, 'POST', '/plans', { code: 'REF-A', name: { fr: 'Encore' } });
    expect(duplicate.status).toBe(409);
    expect((await call(coordinator, 'GET', `/measures?plan=${a.id}`)).body.total).toBe(0);
    const badDate = await call(
      coordinator,
      'POST',
      '/indicators/00000000-0000-4000-8000-000000000000/values',
      {
        date: '31/12/2020',
        value: 1,
      },
    );
    expect(badDate.status).toBe(400);
  });

  it('lets only coordinators (and admins) manage', async () => {
    const body = { code: 'NOPE', name: { fr: 'Non' } };
    expect((await call(null, 'POST', '/plans', body)).status).toBe(401);
    expect((await call(focalPoint, 'POST', '/plans', body)).status).toBe(403);
    expect((await call(cso, 'POST', '/plans', body)).status).toBe(403);
    const demo = (await call(null, 'GET', '/plans')).body.items[0];
    expect(
      (await call(focalPoint, 'POST', `/plans/${demo.id}/unpublish`, { version: demo.version })).status,
    ).toBe(403);
    const measure = (await call(null, 'GET', `/measures?plan=${demo.id}&pageSize=1`)).body.items[0];
    expect(
      (
        await call(cso, 'POST', `/measures/${measure.id}/recommendations`, {
          recommendationIds: [recommendationId],
        })
      ).status,
    ).toBe(403);
    const admin = await signIn(t.app, (await addTestUser(t.database, 'admin')).email);
    expect(
      (await call(admin, 'POST', '/plans', { code: 'ADMIN-1', name: { en: 'By the admin' } })).status,
    ).toBe(201);
  });
});
