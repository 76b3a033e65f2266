import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { RecommendationDraft } from '@tatabbu/domain';
import { parse } from 'csv-parse/sync';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { queryRows } from '../audit/sql.js';
import { dataRootDefault } from '../reference/load.js';
import { RECURRENCE_THRESHOLD } from './recurrence.js';
import { importNow, preview, useImportTestDatabase } from './test-setup.js';
import { similarPairs, trigramsOf } from './trigrams.js';

/** Morocco's UPR Info rows: session 1 (2008) and session 13 (2012), English. */
const rows = parse(
  readFileSync(path.join(dataRootDefault(), 'samples/upr-info/upr_info_recommendations_morocco_s1_s13.csv')),
  { columns: true },
) as { Text: string; Session: string }[];
const find = (session: number, start: string) => {
  const row = rows.find((r) => Number(r.Session) === session && r.Text.startsWith(start));
  if (!row) throw new Error(`no row "${start}" in session ${session}`);
  return row.Text.trim();
};
const draft = (key: string, session: number, text: string): RecommendationDraft => ({
  key,
  mechanism: 'UPR',
  stateUnderReview: 'MA',
  review: { cycle: session > 12 ? 2 : 1, session },
  text: { en: text },
});

const t = useImportTestDatabase();

describe('recurrence', () => {
  it('links a recommendation repeated in the next cycle to the earlier one, not two recommendations on one topic', async () => {
    await importNow(t.db, t.actorId, [
      draft('s1 invitation', 1, find(1, 'Consider extending a standing invitation')),
      // Different recommendations on the same subject, placed a cycle apart for the test.
      draft(
        's1 family code',
        1,
        find(13, 'Revise the Family Code to guarantee equality between men and women'),
      ),
      draft('s1 ICESCR', 1, find(13, 'Sign the Optional Protocol on the International Covenant on Economic')),
    ]);
    const job = await preview(t.db, t.actorId, [
      draft(
        's13 invitation',
        13,
        find(13, 'Consider extending a standing invitation to all special procedures'),
      ),
      draft('s13 family code', 13, find(13, 'Revise the Family Code to guarantee equality between fathers')),
      draft(
        's13 ICCPR',
        13,
        find(13, 'Sign and ratify the Optional Protocol to the International Covenant on Civil'),
      ),
    ]);
    const [invitation, family, iccpr] = job.rows;
    expect(invitation?.recurrenceOf).toMatchObject({ key: 's1 invitation' });
    expect(invitation?.recurrenceOf?.similarity).toBeCloseTo(0.674, 2);
    expect(family?.recurrenceOf).toBeNull();
    expect(iccpr?.recurrenceOf).toBeNull();
    expect(job.counts.recurring).toBe(1);

    await importNow(t.db, t.actorId, [
      draft(
        's13 invitation',
        13,
        find(13, 'Consider extending a standing invitation to all special procedures'),
      ),
    ]);
    const links = await queryRows<{ from_key: string; to_key: string; similarity: number }>(
      t.db,
      sql`select f.key as from_key, t.key as to_key, l.similarity from recommendation_links l
          join recommendations f on f.id = l.from_id join recommendations t on t.id = l.to_id where l.kind = 'recurring'`,
    );
    expect(links).toEqual([
      { from_key: 's13 invitation', to_key: 's1 invitation', similarity: expect.closeTo(0.674, 2) },
    ]);
  });

  it('links repeats within one file, from the newer to the older, and never within one review', async () => {
    const text = 'Ratify the Optional Protocol to the Convention against Torture';
    const job = await preview(t.db, t.actorId, [
      draft('OPCAT s27 Denmark', 27, text),
      draft('OPCAT s27 Chile', 27, text),
      draft('OPCAT s13', 13, `${text}.`),
    ]);
    expect(job.rows.map((r) => r.recurrenceOf?.key ?? null)).toEqual(['OPCAT s13', 'OPCAT s13', null]);

    // Committed, the links point at the record the same file created.
    await importNow(t.db, t.actorId, [
      draft('OPCAT s27 Denmark', 27, text),
      draft('OPCAT s27 Chile', 27, text),
      draft('OPCAT s13', 13, `${text}.`),
    ]);
    const links = await queryRows<{ from_key: string; to_key: string }>(
      t.db,
      sql`select f.key as from_key, t.key as to_key from recommendation_links l
          join recommendations f on f.id = l.from_id join recommendations t on t.id = l.to_id
          where f.key like 'OPCAT%' order by f.key`,
    );
    expect(links).toEqual([
      { from_key: 'OPCAT s27 Chile', to_key: 'OPCAT s13' },
      { from_key: 'OPCAT s27 Denmark', to_key: 'OPCAT s13' },
    ]);
  });
});

describe('a recommendation made in every cycle', () => {
  it('links each version to the one just before it, so the history reads as a chain', async () => {
    const text = 'Establish a national preventive mechanism against torture in line with OPCAT';
    const job = await preview(t.db, t.actorId, [
      draft('NPM s1', 1, text),
      draft('NPM s13', 13, text),
      draft('NPM s27', 27, text),
      draft('NPM s41', 41, text),
    ]);
    expect(job.rows.map((r) => r.recurrenceOf?.key ?? null)).toEqual([null, 'NPM s1', 'NPM s13', 'NPM s27']);
    expect(job.rows[3]?.recurrenceOf?.similarity).toBe(1);
  });
});

describe('recurrence across States', () => {
  it('never links one State to another, nor a row of unknown State in a file of several States', async () => {
    const text = 'Abolish the death penalty and ratify the Second Optional Protocol to the ICCPR';
    const job = await preview(t.db, t.actorId, [
      { ...draft('DP s4 Cameroon', 4, text), stateUnderReview: 'CM' },
      { ...draft('DP s5 Macedonia', 5, text), stateUnderReview: undefined, stateUnderReviewName: 'Nowhere' },
      { ...draft('DP s9 Cameroon', 9, text), stateUnderReview: 'CM' },
      { ...draft('DP s9 Ghana', 9, text), stateUnderReview: 'GH' },
    ]);
    expect(job.rows.map((r) => r.recurrenceOf?.key ?? null)).toEqual([null, null, 'DP s4 Cameroon', null]);
  });

  it("knows States by the short names sources use (UPR Info's «DPR Korea», «St Lucia»)", async () => {
    const job = await preview(t.db, t.actorId, [
      {
        ...draft('KP s6', 6, 'Cooperate with the Special Rapporteur'),
        stateUnderReview: undefined,
        stateUnderReviewName: 'DPR Korea',
      },
      {
        ...draft('LC s10', 10, 'Ratify the CAT'),
        stateUnderReview: undefined,
        stateUnderReviewName: 'St Lucia',
      },
    ]);
    expect(job.problems.filter((p) => p.code === 'unknown_country')).toEqual([]);
  });
});

describe('the trigram prefix filter', () => {
  it('finds exactly the pairs a full comparison finds', () => {
    const texts = rows.slice(0, 150).map((r) => trigramsOf(r.Text));
    const threshold = RECURRENCE_THRESHOLD - 0.1;
    const fast = similarPairs(texts, texts, threshold, (q, t) => q < t);
    const slow: [number, number][] = [];
    for (const [q, a] of texts.entries())
      for (const [t, b] of texts.entries()) {
        if (q >= t) continue;
        const common = [...a].filter((g) => b.has(g)).length;
        if (common / (a.size + b.size - common) >= threshold) slow.push([q, t]);
      }
    expect(fast.map((p) => [p.query, p.target]).sort()).toEqual(slow.sort());
    expect(slow.length).toBeGreaterThan(0);
  });
});
