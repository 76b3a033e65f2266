import { recommendationFiltersSchema, recommendationListQuerySchema } from '@tatabbu/domain';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { loadDashboard } from '../dashboard/dashboard.js';
import { getMeasure } from '../plans/measure-read.js';
import { exportRecommendationBatches } from '../recommendations/export-rows.js';
import { getRecommendation } from '../recommendations/get.js';
import { listRecommendations } from '../recommendations/list.js';
import { followUpTestWorld, openRoundFixture } from './test-fixtures.js';
import { getUpdate } from './updates-read.js';
import { createUpdate, stepUpdate, type UpdateStep } from './updates-write.js';

const world = followUpTestWorld();
const STAFF = { kind: 'all' } as const;
const PUBLIC = { kind: 'published' } as const;

const step = async (id: string, action: UpdateStep) => {
  const version = (await getUpdate(world.db, STAFF, id))?.version ?? -1;
  await stepUpdate(world.db, id, action, { version }, world.f.coordinator.id);
};

/** Status of §3 (published) as the staff and as the public see it: page, list, facet, export. */
async function seen(scope: typeof STAFF | typeof PUBLIC) {
  const rec = await getRecommendation(world.db, scope, world.f.r3.id);
  const list = await listRecommendations(
    world.db,
    scope,
    recommendationListQuerySchema.parse({ status: 'in_progress' }),
    'en',
  );
  const exported = [];
  const filters = recommendationFiltersSchema.parse({ q: world.f.r3.key });
  for await (const batch of exportRecommendationBatches(world.db, scope, filters)) exported.push(...batch);
  const dashboard = await loadDashboard(
    world.db,
    scope,
    recommendationFiltersSchema.parse({}),
    scope === PUBLIC ? 'public' : 'signed_in',
  );
  const mechanismRow = dashboard.charts
    .find((c) => c.dimension === 'mechanism')
    ?.rows.find((r) => r.value === 'UPR');
  return {
    page: rec?.status,
    dashboard: [dashboard.status.in_progress ?? 0, mechanismRow?.byStatus.in_progress ?? 0],
    listed: list.items.map((r) => r.key),
    facet: list.facets.status.find((f) => f.value === 'in_progress')?.count ?? 0,
    exported: exported.map((r) => r.status),
  };
}

describe('the public status', () => {
  it('waits for the validated update to be published; the staff see it at validation', async () => {
    const round = await openRoundFixture(world.db, world.f);
    const id = await createUpdate(
      world.db,
      {
        roundId: round.id,
        recommendationId: world.f.r3.id,
        institutionId: world.f.health.id,
        narrative: { fr: "L'observatoire est créé." },
        originalLang: 'fr',
        proposedStatus: 'in_progress',
      },
      world.f.healthFocal.id,
    );
    await step(id, 'submit');
    await step(id, 'validate');

    expect(await seen(STAFF)).toEqual({
      page: 'in_progress',
      dashboard: [1, 1],
      listed: ['A/HRC/36/6 §3'],
      facet: 1,
      exported: ['in_progress'],
    });
    // Validation is the mechanism's internal decision: the public still sees the former status.
    expect(await seen(PUBLIC)).toEqual({
      page: 'not_started',
      dashboard: [0, 0],
      listed: [],
      facet: 0,
      exported: ['not_started'],
    });

    await step(id, 'publish');
    expect(await seen(PUBLIC)).toEqual({
      page: 'in_progress',
      dashboard: [1, 1],
      listed: ['A/HRC/36/6 §3'],
      facet: 1,
      exported: ['in_progress'],
    });
  });

  it('follows a status set by an import or by hand at once', async () => {
    await world.db.execute(
      sql`update recommendations set status = 'implemented', status_origin = 'import', status_date = '2025-01-31'
          where id = ${world.f.r3.id}`,
    );
    const rec = await getRecommendation(world.db, PUBLIC, world.f.r3.id);
    expect([rec?.status, rec?.statusDate]).toEqual(['implemented', '2025-01-31']);
  });

  it("of a published plan's measure also waits for publication", async () => {
    const round = await openRoundFixture(world.db, world.f);
    const id = await createUpdate(
      world.db,
      {
        roundId: round.id,
        measureId: world.f.measure.id,
        institutionId: world.f.justice.id,
        narrative: { fr: 'Le décret est adopté.' },
        originalLang: 'fr',
        proposedStatus: 'implemented',
      },
      world.f.justiceFocal.id,
    );
    const statuses = async () =>
      Promise.all(
        [STAFF, PUBLIC].map(
          async (scope) => (await getMeasure(world.db, scope, scope, world.f.measure.id, 'fr'))?.status,
        ),
      );
    await step(id, 'submit');
    await step(id, 'validate');
    expect(await statuses()).toEqual(['implemented', null]);
    await step(id, 'publish');
    expect(await statuses()).toEqual(['implemented', 'implemented']);
    // A coordinator's own change is public at once.
    await world.db.execute(sql`update measures set status = 'continuous' where id = ${world.f.measure.id}`);
    expect(await statuses()).toEqual(['continuous', 'continuous']);
  });
});
