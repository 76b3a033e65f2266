import { recommendationListQuerySchema } from '@tatabbu/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../connection.js';
import { seedMoroccoDemo } from '../demo/morocco.js';
import { dataRootDefault, loadReferenceData } from '../reference/load.js';
import { openTestDatabase } from '../testing.js';
import { listRecommendations } from './list.js';
import { PUBLIC } from './test-fixtures.js';

/** Search over the real Morocco demo texts (DIDH, Arabic and French). */
let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
  await loadReferenceData(database.db, dataRootDefault());
  await seedMoroccoDemo(database.db, dataRootDefault());
});
afterAll(async () => database?.close());

async function search(q: string) {
  const query = recommendationListQuerySchema.parse({ q, sort: 'key', pageSize: 100 });
  const found = await listRecommendations(database.db, PUBLIC, query, 'fr');
  return { total: found.total, keys: found.items.map((r) => r.key), items: found.items };
}

/** Every spelling finds the same, non-empty set of recommendations. */
async function expectSameResults(spellings: string[]) {
  const [first, ...others] = await Promise.all(spellings.map(search));
  expect(first?.total, spellings[0]).toBeGreaterThan(0);
  others.forEach((other, i) => {
    expect({ q: spellings[i + 1], total: other.total, keys: other.keys }).toEqual({
      q: spellings[i + 1],
      total: first?.total,
      keys: first?.keys,
    });
  });
}

describe('Arabic search variants', () => {
  it('ignores diacritics', async () => {
    await expectSameResults(['الإعدام', 'الإِعْدَام', 'الإعـــدام']);
  });

  it('treats every alef form alike (أ إ آ ا)', async () => {
    await expectSameResults(['إلغاء', 'الغاء', 'ألغاء', 'آلغاء']);
    await expectSameResults(['الأسرة', 'الاسرة', 'الإسرة', 'الآسرة']);
  });

  it('finds a word with or without the article and the conjunction و', async () => {
    await expectSameResults(['المساواة', 'مساواة', 'والمساواة', 'للمساواة']);
  });

  it('treats ta marbuta as ha and alef maqsura as ya', async () => {
    await expectSameResults(['المساواة', 'المساواه']);
    await expectSameResults(['مستوى', 'مستوي']);
  });
});

describe('French search without accents', () => {
  it('finds accented words typed without accents, and the reverse', async () => {
    await expectSameResults(['privée', 'privee', 'PRIVEE']);
    await expectSameResults(['Égalité', 'egalite', 'égalité']);
  });
});

describe('phrases and exclusions', () => {
  it('a phrase finds only the exact sequence', async () => {
    const phrase = await search('"peine de mort"');
    const words = await search('mort peine');
    expect(phrase.total).toBeGreaterThan(0);
    expect(words.total).toBeGreaterThan(phrase.total);
    for (const item of phrase.items) expect(item.text.fr).toMatch(/peines? de mort/i);
  });

  it('an Arabic phrase keeps its quotes through normalisation', async () => {
    const phrase = await search('"عقوبة الإعدام"');
    expect(phrase.total).toBeGreaterThan(0);
    for (const item of phrase.items) expect(item.text.ar).toMatch(/عقوبة\s+(ال)?إعدام/);
  });

  it('-word excludes in every language', async () => {
    const all = await search('torture');
    const without = await search('torture -détention');
    expect(without.total).toBeGreaterThan(0);
    expect(without.total).toBeLessThan(all.total);
    for (const item of without.items) expect(item.text.fr ?? '').not.toMatch(/détention/i);
    const arabic = await search('الإعدام -عقوبة');
    // The word itself, with or without the article or و (a word glued to ل is another word).
    for (const item of arabic.items) expect(item.text.ar ?? '').not.toMatch(/(^|[\s،.(])(و?ال)?عقوبة/);
    expect(arabic.total).toBeLessThan((await search('الإعدام')).total);
  });

  it('an exclusion alone keeps everything that does not mention the word', async () => {
    const all = await search('');
    const without = await search('-torture');
    expect(without.total).toBeLessThan(all.total);
    expect(without.total).toBe(all.total - (await search('torture')).total);
  });
});
