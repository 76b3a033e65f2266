import { seedMoroccoDemo } from '@tatabbu/db';
import { type Dashboard, drillDownFilters, recommendationFiltersSchema } from '@tatabbu/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { addTestUser, asUser, signIn, startTestApp, type TestApp } from './helpers.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ reference: true });
  await seedMoroccoDemo(t.database.db, loadConfig({}).dataRoot);
});
afterAll(async () => t?.close());

/** Filters as a query string (`?x=a&x=b`), as the web app sends them. */
function toQuery(filters: Record<string, unknown>): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(filters)) {
    if (Array.isArray(value)) for (const v of value) params.append(name, String(v));
    else if (value !== undefined) params.set(name, String(value));
  }
  return params.toString();
}

async function get(url: string, headers: Record<string, string> = {}) {
  const res = await t.app.inject({ url, headers });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

describe('GET /api/v1/dashboard', () => {
  it('gives the public the published scope: the total and every chart row open the same list', async () => {
    const d: Dashboard = await get('/api/v1/dashboard?mechanism=UPR');
    const list = await get('/api/v1/recommendations?mechanism=UPR&pageSize=1');
    expect(d.total).toBe(list.total);
    expect(d.total).toBeGreaterThan(100);
    expect(d.rounds).toBeNull();
    expect(d.trend).toBeNull();
    const axis = d.charts.find((c) => c.dimension === 'axis');
    const row = axis?.rows[0];
    if (!axis || !row) throw new Error('the demo has its recommendations on the national axes');
    const filters = recommendationFiltersSchema.parse({ mechanism: 'UPR' });
    const opened = await get(
      `/api/v1/recommendations?${toQuery(drillDownFilters(filters, axis, row.value))}`,
    );
    expect(opened.total).toBe(row.total);
  });

  it('a focal point counts their institution’s unpublished recommendations, the public does not', async () => {
    const anyone = await get('/api/v1/dashboard');
    const coordinator = await addTestUser(t.database, 'coordinator');
    const staff = await get('/api/v1/dashboard', asUser(await signIn(t.app, coordinator.email)));
    const institution = staff.charts.find((c: { dimension: string }) => c.dimension === 'institution')
      .rows[0];
    const focal = await addTestUser(t.database, 'focal_point', { institutionId: institution.value });
    const own = await get('/api/v1/dashboard', asUser(await signIn(t.app, focal.email)));
    const ownList = await get('/api/v1/recommendations?pageSize=1', asUser(await signIn(t.app, focal.email)));
    expect(own.total).toBe(ownList.total);
    expect(staff.total).toBeGreaterThanOrEqual(own.total);
    expect(own.total).toBeGreaterThanOrEqual(anyone.total);
    // The demo's illustrative round is closed: no open round on anyone's dashboard.
    expect(own.rounds).toEqual([]);
  });

  it('refuses a malformed filter with a localised error', async () => {
    const res = await t.app.inject({
      url: '/api/v1/dashboard?from=yesterday',
      headers: { 'accept-language': 'fr' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('validation_failed');
    expect(res.json().error.message).toBe('Certaines informations envoyées ne sont pas valides.');
  });
});
