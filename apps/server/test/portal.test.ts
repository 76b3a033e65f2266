import { readFileSync } from 'node:fs';
import { createUpdate, schema, stepUpdate, type UpdateStep } from '@tatabbu/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type FollowUpFixtures,
  insertFollowUpFixtures,
  justiceDraft,
  openRoundFixture,
} from '../../../packages/db/src/followup/test-fixtures.js';
import { addTestUser, asUser, type Session, signIn, startTestApp, type TestApp } from './helpers.js';

let t: TestApp;
let f: FollowUpFixtures;
let coordinator: Session;

beforeAll(async () => {
  t = await startTestApp();
  f = await insertFollowUpFixtures(t.database.db);
  coordinator = await signIn(t.app, (await addTestUser(t.database, 'coordinator')).email);
});
afterAll(() => t.close());

const get = (url: string, who: Session | null = null, lang = 'en') =>
  t.app.inject({ url: `/api/v1${url}`, headers: who ? asUser(who, lang) : { 'accept-language': lang } });

async function advance(id: string, steps: UpdateStep[]) {
  for (const step of steps) {
    const [row] = await t.database.db
      .select({ version: schema.progressUpdates.version })
      .from(schema.progressUpdates)
      .where(eq(schema.progressUpdates.id, id));
    await stepUpdate(t.database.db, id, step, { version: row?.version ?? 0 }, f.coordinator.id);
  }
}

describe('the public recommendation page', () => {
  it('shows the public only published updates, never drafts, submitted or validated ones', async () => {
    const round = await openRoundFixture(t.database.db, f);
    // Justice's update goes all the way; Health's on the same recommendation stops at validated,
    // Health's on §3 at submitted.
    const published = await justiceDraft(t.database.db, f, round.id, {
      narrative: { fr: 'Loi publiée au Bulletin officiel.' },
    });
    await advance(published, ['submit', 'validate', 'publish']);
    const healthUpdate = (recommendationId: string, fr: string) =>
      createUpdate(
        t.database.db,
        {
          roundId: round.id,
          recommendationId,
          institutionId: f.health.id,
          narrative: { fr },
          originalLang: 'fr',
          proposedStatus: 'in_progress',
          progress: 40,
        },
        f.coordinator.id,
      );
    const validated = await healthUpdate(f.r1.id, 'Validé, pas encore publié.');
    await advance(validated, ['submit', 'validate']);
    const submitted = await healthUpdate(f.r3.id, 'Soumis.');
    await advance(submitted, ['submit']);

    const updates = (await get(`/updates?recommendation=${f.r1.id}`)).json();
    expect(updates.items.map((u: { id: string }) => u.id)).toEqual([published]);
    const history = (await get(`/recommendations/${f.r1.id}/history`)).json();
    expect(history.followUp.updates.map((u: { id: string }) => u.id)).toEqual([published]);
    expect(JSON.stringify(history)).not.toContain('pas encore publié');
    expect(history.followUp.steps.every((s: { updateId: string }) => s.updateId === published)).toBe(true);
    expect(history.followUp.statusChanges.map((s: { toStatus: string }) => s.toStatus)).toEqual([
      'implemented',
    ]);
    // Staff see both.
    const staff = (await get(`/recommendations/${f.r1.id}/history`, coordinator)).json();
    expect(staff.followUp.updates).toHaveLength(2);
    expect((await get(`/updates/${validated}`)).statusCode).toBe(404);
    expect((await get(`/updates/${submitted}`)).statusCode).toBe(404);
    expect((await get(`/recommendations/${f.r3.id}/history`)).json().followUp.updates).toEqual([]);
    // An unpublished recommendation does not exist for the public.
    expect((await get(`/recommendations/${f.r2.id}`)).statusCode).toBe(404);
    expect((await get(`/recommendations/${f.r2.id}/history`)).statusCode).toBe(404);
  });
});

describe('portal counts', () => {
  it("counts an SDG goal's targets over published recommendations only, with the list's filters", async () => {
    const term = async (values: typeof schema.terms.$inferInsert) =>
      (await t.database.db.insert(schema.terms).values(values).returning())[0];
    const goal = await term({ vocabulary: 'sdg_goal', code: '16', name: { en: 'Peace and justice' } });
    const target = await term({
      vocabulary: 'sdg_target',
      code: '16.3',
      parentId: goal?.id,
      name: { en: 'Rule of law' },
    });
    if (!goal || !target) throw new Error('terms not inserted');
    await t.database.db.insert(schema.recommendationTerms).values([
      { recommendationId: f.r1.id, termId: target.id },
      { recommendationId: f.r2.id, termId: target.id },
    ]);
    const anonymous = await get(`/terms/${goal.id}/children`);
    expect(anonymous.statusCode, anonymous.body).toBe(200);
    expect(anonymous.json().items).toEqual([
      expect.objectContaining({ term: expect.objectContaining({ code: '16.3' }), count: 1 }),
    ]);
    expect((await get(`/terms/${goal.id}/children`, coordinator)).json().items[0].count).toBe(2);
    // The count is the total of the list it links to.
    const list = (await get(`/recommendations?term=${target.id}`)).json();
    expect(list.total).toBe(1);
    expect((await get(`/terms/${goal.id}/children?mechanism=CAT`)).json().items[0].count).toBe(0);
    const unknown = await get('/terms/00000000-0000-4000-8000-000000000000/children', null, 'fr');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.message).toBe(
      "Cet élément n'existe pas ou vous n'êtes pas autorisé à le voir.",
    );
    expect((await get('/terms/not-a-uuid/children')).statusCode).toBe(400);
  });

  it("lists a mechanism's reviews with their documents and public counts", async () => {
    const [review] = await t.database.db
      .insert(schema.reviews)
      .values({ mechanismId: f.r1.mechanismId, cycle: 3, session: 27, title: { en: 'UPR 3rd cycle' } })
      .returning();
    if (!review) throw new Error('review not inserted');
    await t.database.db
      .insert(schema.sourceDocuments)
      .values({ reviewId: review.id, symbol: 'A/HRC/36/6', date: '2017-07-13' });
    await t.database.db.update(schema.recommendations).set({ reviewId: review.id });
    const anonymous = (await get('/mechanisms/UPR/reviews')).json();
    expect(anonymous.mechanism.code).toBe('UPR');
    // §1 and §3 are published, §2 is not.
    expect(anonymous.items).toEqual([
      expect.objectContaining({
        cycle: 3,
        session: 27,
        count: 2,
        documents: [{ symbol: 'A/HRC/36/6', date: '2017-07-13' }],
      }),
    ]);
    // The count opens the list of that review (the mechanism page links it), with the same total.
    const linked = (await get(`/recommendations?mechanism=UPR&reviewId=${review.id}`)).json();
    expect(linked.total).toBe(2);
    expect((await get('/mechanisms/UPR/reviews', coordinator)).json().items[0].count).toBe(3);
    expect((await get('/mechanisms/NOPE/reviews')).statusCode).toBe(404);
  });
});

describe('open data', () => {
  it('describes every CSV/XLSX column under the header the export writes, in each language', async () => {
    for (const lang of ['ar', 'fr', 'en'] as const) {
      const dictionary = await get(`/open-data/dictionary?lang=${lang}`);
      expect(dictionary.statusCode, dictionary.body).toBe(200);
      const csv = await get(`/exports/recommendations.csv?lang=${lang}`);
      const headerLine = csv.body.replace(/^\uFEFF/, '').split(/\r?\n/)[0] ?? '';
      const headers = dictionary.json().tabular.map((c: { name: string }) => c.name);
      expect(headerLine.split(',').map((h) => h.replace(/^"|"$/g, ''))).toEqual(headers);
      for (const entry of dictionary.json().tabular) expect(entry.description.length).toBeGreaterThan(10);
    }
    const ar = (await get('/open-data/dictionary', null, 'ar')).json();
    expect(ar.lang).toBe('ar');
    expect(ar.licence.id).toBe('CC-BY-4.0');
    const status = ar.tabular.find((c: { field: string }) => c.field === 'status');
    expect(status.values.map((v: { label: string }) => v.label)).toContain('منجز');
  });

  it('describes every field of the exchange JSON, with its coded values', async () => {
    const en = (await get('/open-data/dictionary?lang=en')).json();
    const fields = en.exchange.map((e: { name: string }) => e.name);
    expect(fields).toEqual(
      expect.arrayContaining(['key', 'review.cycle', 'document.symbol', 'text.ar', 'terms[].code', 'status']),
    );
    const key = en.exchange.find((e: { name: string }) => e.name === 'key');
    expect(key.required).toBe(true);
    const position = en.exchange.find((e: { name: string }) => e.name === 'position');
    expect(position.values).toContainEqual({ code: 'noted', label: 'noted' });
  });

  it('serves the JSON Schema of the exchange format as committed in the docs', async () => {
    const res = await get('/open-data/tatabbu-exchange.v1.schema.json');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('application/schema+json');
    const committed = JSON.parse(
      readFileSync(
        new URL('../../../docs/exchange/tatabbu-exchange.v1.schema.json', import.meta.url),
        'utf8',
      ),
    );
    expect(res.json()).toEqual(committed);
  });
});
