import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// The db package's own follow-up fixtures: two ministries, three recommendations, one measure.
import {
  type FollowUpFixtures,
  insertFollowUpFixtures,
} from '../../../packages/db/src/followup/test-fixtures.js';
import { addTestUser, asUser, type Session, signIn, startTestApp, type TestApp } from './helpers.js';

let t: TestApp;
let f: FollowUpFixtures;
let coordinator: Session;
let justiceFocal: Session;
let justiceContributor: Session;
let healthFocal: Session;
let cso: Session;

async function session(role: Parameters<typeof addTestUser>[1], institutionId?: string) {
  const user = await addTestUser(t.database, role, institutionId ? { institutionId } : {});
  return signIn(t.app, user.email);
}

beforeAll(async () => {
  t = await startTestApp();
  f = await insertFollowUpFixtures(t.database.db);
  coordinator = await session('coordinator');
  justiceFocal = await session('focal_point', f.justice.id);
  justiceContributor = await session('contributor', f.justice.id);
  healthFocal = await session('focal_point', f.health.id);
  cso = await session('cso');
});
afterAll(() => t.close());

const call = (
  method: 'GET' | 'POST' | 'PATCH',
  url: string,
  who: Session | null,
  payload?: unknown,
  lang = 'en',
) =>
  t.app.inject({
    method,
    url: `/api/v1${url}`,
    headers: who ? asUser(who, lang) : { 'accept-language': lang },
    ...(payload === undefined ? {} : { payload: payload as object }),
  });

async function openRound(body: Record<string, unknown>) {
  const created = await call('POST', '/rounds', coordinator, {
    title: { en: 'Mid-term report', fr: 'Rapport à mi-parcours', ar: 'تقرير منتصف المدة' },
    deadline: '2099-06-30',
    ...body,
  });
  expect(created.statusCode).toBe(201);
  const opened = await call('PATCH', `/rounds/${created.json().id}`, coordinator, {
    version: created.json().version,
    status: 'open',
  });
  expect(opened.statusCode).toBe(200);
  return opened.json();
}

describe('rounds over HTTP', () => {
  it('lets only the coordinator add and remove items, with the version read', async () => {
    const round = await openRound({ recommendationIds: [f.r3.id] });
    const body = { version: round.version, recommendationIds: [f.r2.id] };
    expect((await call('POST', `/rounds/${round.id}/items`, justiceFocal, body)).statusCode).toBe(403);
    const added = await call('POST', `/rounds/${round.id}/items`, coordinator, body);
    expect(added.statusCode, added.body).toBe(200);
    expect(added.json().itemCount).toBe(2);
    const stale = await call('POST', `/rounds/${round.id}/items/remove`, coordinator, body, 'fr');
    expect(stale.statusCode).toBe(409);
    const removed = await call('POST', `/rounds/${round.id}/items/remove`, coordinator, {
      ...body,
      version: added.json().version,
    });
    expect(removed.statusCode, removed.body).toBe(200);
    expect(removed.json().itemCount).toBe(1);
  });

  it('lets only the coordinator create and open one, chosen by the list filters', async () => {
    const body = {
      title: { en: 'By filter' },
      deadline: '2099-01-31',
      filters: { institution: [f.justice.id] },
    };
    expect((await call('POST', '/rounds', justiceFocal, body)).statusCode).toBe(403);
    expect((await call('POST', '/rounds', null, body)).statusCode).toBe(401);
    const created = await call('POST', '/rounds', coordinator, body);
    expect(created.statusCode).toBe(201);
    expect(
      created
        .json()
        .items.map((i: { subject: { label: string } }) => i.subject.label)
        .sort(),
    ).toEqual(['A/HRC/36/6 §1', 'A/HRC/36/6 §2']);
    // Default institutions: Justice leads both, Health contributes to §1.
    expect(created.json().institutionCount).toBe(2);
    const opened = await call('PATCH', `/rounds/${created.json().id}`, coordinator, {
      version: created.json().version,
      status: 'open',
    });
    expect(opened.json().status).toBe('open');
    const stale = await call(
      'PATCH',
      `/rounds/${created.json().id}`,
      coordinator,
      { version: created.json().version, deadline: '2099-02-28' },
      'ar',
    );
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('stale_version');
    expect(stale.json().error.message).toMatch(/[\u0600-\u06FF]/);
    const backwards = await call('PATCH', `/rounds/${created.json().id}`, coordinator, {
      version: opened.json().version,
      status: 'draft',
    });
    expect(backwards.statusCode).toBe(409);
    expect(backwards.json().error.code).toBe('step_not_allowed');
  });

  it('refuses a round that names nothing, clearly', async () => {
    const res = await call(
      'POST',
      '/rounds',
      coordinator,
      { title: { en: 'Empty' }, deadline: '2099-01-31' },
      'fr',
    );
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toMatch(/informations envoyées/);
  });

  it('shows an institution only its rounds and its own items; CSOs and the public none', async () => {
    const round = await openRound({ recommendationIds: [f.r2.id] });
    const justice = await call('GET', `/rounds/${round.id}`, justiceFocal);
    expect(justice.statusCode).toBe(200);
    expect(
      justice.json().institutions.map((i: { institution: { code: string } }) => i.institution.code),
    ).toEqual(['MJ']);
    expect((await call('GET', `/rounds/${round.id}`, healthFocal)).statusCode).toBe(404);
    const list = await call('GET', '/rounds', healthFocal);
    expect(list.json().items.map((r: { id: string }) => r.id)).not.toContain(round.id);
    expect((await call('GET', '/rounds', cso)).statusCode).toBe(403);
    expect((await call('GET', '/rounds', null)).statusCode).toBe(401);
  });
});

describe('an update from draft to the public portal', () => {
  it('follows the workflow with each role doing only its part', async () => {
    const round = await openRound({ recommendationIds: [f.r1.id] });
    const badLink = await call('POST', '/updates', justiceContributor, {
      roundId: round.id,
      recommendationId: f.r1.id,
      links: [{ url: 'javascript:alert(1)' }],
    });
    expect(badLink.statusCode).toBe(400);
    expect(
      (await call('POST', '/updates', cso, { roundId: round.id, recommendationId: f.r1.id })).statusCode,
    ).toBe(403);
    const created = await call('POST', '/updates', justiceContributor, {
      roundId: round.id,
      recommendationId: f.r1.id,
      narrative: { fr: 'Projet de loi déposé.' },
      originalLang: 'fr',
      proposedStatus: 'in_progress',
      progress: 40,
      links: [{ url: 'https://www.sgg.gov.ma/bo', label: 'Bulletin officiel' }],
    });
    expect(created.statusCode).toBe(201);
    const id = created.json().id;
    let version = created.json().version;

    // Other institutions do not even see it; contributors cannot submit.
    expect((await call('PATCH', `/updates/${id}`, healthFocal, { version, progress: 50 })).statusCode).toBe(
      404,
    );
    expect((await call('GET', `/updates/${id}`, null)).statusCode).toBe(404);
    expect((await call('POST', `/updates/${id}/submit`, justiceContributor, { version })).statusCode).toBe(
      403,
    );

    const submitted = await call('POST', `/updates/${id}/submit`, justiceFocal, { version });
    expect(submitted.json().status).toBe('submitted');
    version = submitted.json().version;
    expect(
      (await call('PATCH', `/updates/${id}`, justiceFocal, { version, progress: 60 })).json().error.code,
    ).toBe('step_not_allowed');
    expect((await call('POST', `/updates/${id}/validate`, justiceFocal, { version })).statusCode).toBe(403);
    expect((await call('POST', `/updates/${id}/return`, coordinator, { version })).statusCode).toBe(400);
    const returned = await call('POST', `/updates/${id}/return`, coordinator, {
      version,
      comment: 'Give the bill number.',
    });
    expect(returned.json()).toMatchObject({ status: 'returned', reviewComment: 'Give the bill number.' });
    version = returned.json().version;

    const home = await call('GET', '/me/home', justiceFocal);
    expect(home.json().returned.map((u: { id: string }) => u.id)).toContain(id);
    expect(home.json().assigned.lead).toBe(2);

    const saved = await call('PATCH', `/updates/${id}`, justiceContributor, {
      version,
      narrative: { fr: 'Projet de loi n° 10-23 déposé.' },
    });
    expect(saved.statusCode).toBe(200);
    // A second editor who read the older version is told who changed it.
    const stale = await call('PATCH', `/updates/${id}`, justiceFocal, { version, progress: 45 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.details).toMatchObject({ currentVersion: version + 1 });
    expect(stale.json().error.details.updatedBy).toMatch(/^Test contributor/);
    version = saved.json().version;
    version = (await call('POST', `/updates/${id}/submit`, justiceFocal, { version })).json().version;

    const desk = await call('GET', '/me/home', coordinator);
    expect(desk.json().toReview.items.map((u: { id: string }) => u.id)).toContain(id);

    const validated = await call('POST', `/updates/${id}/validate`, coordinator, { version });
    expect(validated.json().status).toBe('validated');
    const before = await call('GET', `/recommendations/${f.r1.id}/history`, null);
    expect(before.json().followUp.updates).toEqual([]);
    expect(
      (await call('POST', `/updates/${id}/publish`, justiceFocal, { version: version + 1 })).statusCode,
    ).toBe(403);
    const published = await call('POST', `/updates/${id}/publish`, coordinator, { version: version + 1 });
    expect(published.json().status).toBe('published');
    expect(published.json().versions.map((v: { action: string }) => v.action)).toEqual([
      'publish',
      'validate',
      'submit',
      'save',
      'return',
      'submit',
      'create',
    ]);

    // The public now sees the narrative and the official status it set, not the return comment.
    const publicView = await call('GET', `/updates/${id}`, null);
    expect(publicView.json()).toMatchObject({ reviewComment: null, status: 'published' });
    expect(publicView.json().versions.map((v: { action: string }) => v.action)).toEqual([
      'publish',
      'validate',
      'submit',
      'submit',
    ]);
    const history = await call('GET', `/recommendations/${f.r1.id}/history`, null);
    expect(history.json().followUp.updates[0].narrative.fr).toBe('Projet de loi n° 10-23 déposé.');
    expect(history.json().followUp.statusChanges[0]).toMatchObject({
      toStatus: 'in_progress',
      actorName: null,
    });
    const rec = await call('GET', `/recommendations/${f.r1.id}`, null);
    expect(rec.json().status).toBe('in_progress');

    const anonymous = await call('GET', `/updates?recommendation=${f.r1.id}`, null);
    expect(anonymous.json().items.map((u: { id: string }) => u.id)).toEqual([id]);
    expect((await call('GET', '/updates?status=draft', null)).json().total).toBe(0);
    expect((await call('GET', '/updates?status=draft', cso)).json().total).toBe(0);
  });

  it('lists what is due for an institution, soonest deadline first', async () => {
    await openRound({ recommendationIds: [f.r2.id], deadline: '2020-01-31' });
    const home = await call('GET', '/me/home', justiceFocal);
    const due = home.json().due;
    expect(due.overdue).toBeGreaterThan(0);
    expect(due.items[0]).toMatchObject({ overdue: true, subject: { label: 'A/HRC/36/6 §2' } });
  });
});
