import { recommendationFiltersSchema } from '@tatabbu/domain';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { queryRows } from '../audit/sql.js';
import { verifyAuditChain } from '../audit/verify.js';
import { NotFoundError, StaleVersionError } from '../errors.js';
import { terms } from '../schema/index.js';
import { classifyRecommendation } from './classify.js';
import { bulkClassify } from './classify-bulk.js';
import { UnknownTermsError } from './classify-terms.js';
import { getRecommendation } from './get.js';
import { ALL, PUBLIC, withRecommendationFixtures } from './test-fixtures.js';

const t = withRecommendationFixtures();

async function termCodes(id: string): Promise<string[]> {
  const rec = await getRecommendation(t.database.db, ALL, id);
  return (rec?.terms ?? []).map((term) => `${term.vocabulary}:${term.code}`).sort();
}

async function addTarget(code: string) {
  const [target] = await t.database.db
    .insert(terms)
    .values({ vocabulary: 'sdg_target', code, parentId: t.fx.terms.sdg5.id, name: { en: `Target ${code}` } })
    .returning();
  if (!target) throw new Error('no target');
  return target;
}

describe('classifyRecommendation (PATCH)', () => {
  it('sets the position and tags with the version read, and records before/after', async () => {
    const { deathPenalty } = t.fx.recs;
    const target = await addTarget('5.2');
    const updated = await classifyRecommendation(
      t.database.db,
      ALL,
      deathPenalty.id,
      {
        version: 0,
        position: 'supported_in_part',
        terms: { add: [target.id], remove: [t.fx.terms.theme.id] },
      },
      null,
    );
    expect(updated.position).toBe('supported_in_part');
    expect(updated.version).toBe(1);
    // The target brings its goal; the removed theme is gone; the axis is untouched.
    expect(await termCodes(deathPenalty.id)).toEqual(['axis:2', 'sdg_goal:5', 'sdg_target:5.2']);

    const [event] = await queryRows<{
      action: string;
      before: { position: string };
      after: { position: string };
    }>(
      t.database.db,
      sql`select action, before, after from audit_events where entity_id = ${deathPenalty.id} order by seq desc limit 1`,
    );
    expect(event).toMatchObject({
      action: 'recommendation.classify',
      before: { position: 'noted' },
      after: { position: 'supported_in_part' },
    });
    expect((await verifyAuditChain(t.database.db)).ok).toBe(true);
  });

  it('refuses a stale version and changes nothing', async () => {
    const { deathPenalty } = t.fx.recs;
    const before = await termCodes(deathPenalty.id);
    const stale = classifyRecommendation(
      t.database.db,
      ALL,
      deathPenalty.id,
      { version: 0, position: 'noted', terms: { remove: [t.fx.terms.axis2.id] } },
      null,
    );
    await expect(stale).rejects.toBeInstanceOf(StaleVersionError);
    await expect(stale).rejects.toMatchObject({ currentVersion: 1, expectedVersion: 0 });
    const rec = await getRecommendation(t.database.db, ALL, deathPenalty.id);
    expect(rec?.position).toBe('supported_in_part');
    expect(await termCodes(deathPenalty.id)).toEqual(before);
  });

  it('removing a goal removes its targets', async () => {
    const { deathPenalty } = t.fx.recs;
    await classifyRecommendation(
      t.database.db,
      ALL,
      deathPenalty.id,
      { version: 1, terms: { remove: [t.fx.terms.sdg5.id] } },
      null,
    );
    expect(await termCodes(deathPenalty.id)).toEqual(['axis:2']);
  });

  it('refuses unknown terms and records outside the scope', async () => {
    const { torture } = t.fx.recs;
    await expect(
      classifyRecommendation(
        t.database.db,
        ALL,
        torture.id,
        { version: 0, terms: { add: ['00000000-0000-4000-8000-000000000000'] } },
        null,
      ),
    ).rejects.toBeInstanceOf(UnknownTermsError);
    // Unpublished: not in the public scope.
    await expect(
      classifyRecommendation(t.database.db, PUBLIC, torture.id, { version: 0, position: 'noted' }, null),
    ).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe('bulkClassify', () => {
  it('tags only the recommendations matching the filter, in one audit event', async () => {
    const { women, ruralWomen, violenceLaw, deathPenalty, inheritance } = t.fx.recs;
    const target = await addTarget('5.1');
    const versions = async () =>
      Object.fromEntries(
        (
          await queryRows<{ key: string; version: number }>(
            t.database.db,
            sql`select key, version from recommendations order by key`,
          )
        ).map((r) => [r.key, r.version]),
      );
    const before = await versions();
    // Sub-axis 1.1 is on women, ruralWomen, violenceLaw; women already has goal 5.
    const result = await bulkClassify(
      t.database.db,
      ALL,
      {
        filters: recommendationFiltersSchema.parse({ term: [t.fx.terms.subaxis11.id] }),
      },
      { add: [target.id], remove: [] },
      null,
    );
    expect(result).toEqual({ matched: 3, changed: 3 });
    for (const rec of [women, ruralWomen, violenceLaw]) {
      expect(await termCodes(rec.id)).toContain('sdg_target:5.1');
      expect(await termCodes(rec.id)).toContain('sdg_goal:5');
    }
    for (const rec of [deathPenalty, inheritance])
      expect(await termCodes(rec.id)).not.toContain('sdg_target:5.1');
    const after = await versions();
    expect(after[women.key]).toBe((before[women.key] ?? 0) + 1);
    expect(after[inheritance.key]).toBe(before[inheritance.key]);

    // Again: nothing changes.
    expect(
      await bulkClassify(
        t.database.db,
        ALL,
        { ids: [women.id, ruralWomen.id] },
        { add: [target.id], remove: [] },
        null,
      ),
    ).toEqual({ matched: 2, changed: 0 });

    const [event] = await queryRows<{ after: { matched: number; changed: number; ids: string[] } }>(
      t.database.db,
      sql`select after from audit_events where action = 'recommendation.bulk_classify' order by seq limit 1`,
    );
    expect(event?.after).toMatchObject({ matched: 3, changed: 3 });
    expect(event?.after.ids.sort()).toEqual([women.id, ruralWomen.id, violenceLaw.id].sort());
  });

  it('removing the term the filter selects on removes it from every selected row', async () => {
    const { women, ruralWomen, violenceLaw } = t.fx.recs;
    const result = await bulkClassify(
      t.database.db,
      ALL,
      { ids: [women.id, ruralWomen.id, violenceLaw.id] },
      { add: [t.fx.terms.axis2.id], remove: [t.fx.terms.subaxis11.id] },
      null,
    );
    expect(result).toEqual({ matched: 3, changed: 3 });
    for (const rec of [women, ruralWomen, violenceLaw]) {
      const codes = await termCodes(rec.id);
      expect(codes).toContain('axis:2');
      expect(codes).not.toContain('subaxis:1.1');
    }
  });

  it('never reaches outside the scope', async () => {
    const { violenceLaw, women, confidential } = t.fx.recs;
    // violenceLaw is unpublished and `confidential` is confidential: the public scope sees neither.
    const result = await bulkClassify(
      t.database.db,
      PUBLIC,
      { ids: [violenceLaw.id, women.id, confidential.id] },
      { add: [t.fx.terms.theme.id], remove: [] },
      null,
    );
    expect(result).toEqual({ matched: 1, changed: 1 });
    expect(await termCodes(violenceLaw.id)).not.toContain(`uhri_theme:${t.fx.terms.theme.code}`);
    expect(await termCodes(confidential.id)).toEqual([]);
  });
});
