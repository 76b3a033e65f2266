import { schema, seedMoroccoDemo } from '@tatabbu/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { addTestUser, asUser, signIn, startTestApp, type TestApp } from './helpers.js';

let t: TestApp;
let seeded: number;
beforeAll(async () => {
  t = await startTestApp({ reference: true });
  seeded = (await seedMoroccoDemo(t.database.db, loadConfig({}).dataRoot)).recommendations;
});
afterAll(async () => t?.close());

describe('recommendations API over the Morocco demo', () => {
  it('lists the published recommendations to the public with a total and facets', async () => {
    const res = await t.app.inject({ url: '/api/v1/recommendations?pageSize=5' });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.total).toBe(seeded);
    expect(body.items).toHaveLength(5);
    const mechanisms = Object.fromEntries(
      body.facets.mechanism.map((b: { value: string; count: number }) => [b.value, b.count]),
    );
    expect(mechanisms.UPR).toBeGreaterThan(200);
    expect(body.facets.axis.length).toBe(9);
  });

  it('finds Arabic text whatever the spelling of alef, ta marbuta or the article', async () => {
    const res = await t.app.inject({
      url: `/api/v1/recommendations?q=${encodeURIComponent('المراة')}&lang=ar`,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().total).toBeGreaterThan(5);
    expect(res.json().items[0].text.ar).toMatch(/مرأة|المرأة|للمرأة/);
  });

  it('finds French text by stem', async () => {
    const res = await t.app.inject({ url: `/api/v1/recommendations?q=${encodeURIComponent('torture')}` });
    expect(res.json().total).toBeGreaterThan(5);
  });

  it('filters by mechanism and pages consistently', async () => {
    const page1 = (
      await t.app.inject({ url: '/api/v1/recommendations?mechanism=UPR&pageSize=50&page=1' })
    ).json();
    const page2 = (
      await t.app.inject({ url: '/api/v1/recommendations?mechanism=UPR&pageSize=50&page=2' })
    ).json();
    expect(page1.items.every((r: { mechanism: { code: string } }) => r.mechanism.code === 'UPR')).toBe(true);
    const ids = new Set([...page1.items, ...page2.items].map((r: { id: string }) => r.id));
    expect(ids.size).toBe(100);
  });

  it('shows one recommendation with French and Arabic text, marks its status as demo data', async () => {
    const list = (await t.app.inject({ url: '/api/v1/recommendations?mechanism=UPR&pageSize=5' })).json();
    const withStates = list.items.find(
      (r: { recommendingStates: unknown[] }) => r.recommendingStates.length > 0,
    );
    const res = await t.app.inject({ url: `/api/v1/recommendations/${withStates.id}` });
    expect(res.statusCode).toBe(200);
    const rec = res.json();
    expect(rec.text.fr).toBeTruthy();
    expect(rec.text.ar).toBeTruthy();
    expect(rec.statusOrigin).toBe('demo');
    expect(rec.recommendingStates.length).toBeGreaterThan(0);
    expect(rec.version).toBeGreaterThanOrEqual(0);
  });

  it('hides unpublished recommendations from the public but not from the coordinator', async () => {
    const list = (await t.app.inject({ url: '/api/v1/recommendations?pageSize=1&sort=-key' })).json();
    const id = list.items[0].id;
    await t.database.db
      .update(schema.recommendations)
      .set({ published: false })
      .where(eq(schema.recommendations.id, id));

    const anonymous = await t.app.inject({ url: `/api/v1/recommendations/${id}` });
    expect(anonymous.statusCode).toBe(404);
    expect((await t.app.inject({ url: '/api/v1/recommendations' })).json().total).toBe(seeded - 1);

    const coordinator = await addTestUser(t.database, 'coordinator');
    const s = await signIn(t.app, coordinator.email);
    expect(
      (await t.app.inject({ url: `/api/v1/recommendations/${id}`, headers: asUser(s) })).statusCode,
    ).toBe(200);
    expect((await t.app.inject({ url: '/api/v1/recommendations', headers: asUser(s) })).json().total).toBe(
      seeded,
    );
  });

  it('answers a malformed id or filter with a validation error', async () => {
    expect((await t.app.inject({ url: '/api/v1/recommendations/not-a-uuid' })).statusCode).toBe(400);
    expect((await t.app.inject({ url: '/api/v1/recommendations?pageSize=100000' })).statusCode).toBe(400);
    expect((await t.app.inject({ url: '/api/v1/recommendations?sort=evil' })).statusCode).toBe(400);
  });
});
