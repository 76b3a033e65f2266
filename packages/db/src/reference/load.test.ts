import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../connection.js';
import { openTestDatabase } from '../testing.js';
import { dataRootDefault, loadReferenceData } from './load.js';

let database: Database;
const root = dataRootDefault();
const tempRoots: string[] = [];

beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => {
  await database?.close();
  for (const dir of tempRoots) rmSync(dir, { recursive: true, force: true });
});

async function count(query: ReturnType<typeof sql>): Promise<number> {
  const result = await database.db.execute<{ n: number }>(query);
  return Number(result.rows[0]?.n);
}
const termCount = (vocabulary: string) =>
  count(sql`select count(*)::int as n from terms where vocabulary = ${vocabulary}`);

/** A throw-away copy of data/ with one file changed. */
function brokenCopy(file: string, change: (text: string) => string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'tatabbu-ref-'));
  tempRoots.push(dir);
  cpSync(path.join(root, 'reference'), path.join(dir, 'reference'), { recursive: true });
  const target = path.join(dir, file);
  writeFileSync(target, change(readFileSync(target, 'utf8')));
  return dir;
}

describe('loadReferenceData', () => {
  it('rejects a malformed CSV, naming file and row, and writes nothing', async () => {
    const dir = brokenCopy(
      'reference/sdg/sdg_targets_en_fr_ar_es.csv',
      (text) => `${text.trimEnd()}\r\n"17.20,17,Unclosed quote\r\n`,
    );
    await expect(loadReferenceData(database.db, dir)).rejects.toThrow(
      /sdg_targets_en_fr_ar_es\.csv \(row 170\)/,
    );

    const other = brokenCopy('reference/didh/didh_implementing_bodies.csv', (text) =>
      text.replace('7,Chef du Gouvernement,رئاسة الحكومة,PE', '7,Chef du Gouvernement,رئاسة الحكومة,XX'),
    );
    await expect(loadReferenceData(database.db, other)).rejects.toThrow(
      'reference/didh/didh_implementing_bodies.csv (row 7, column "type"): unknown DIDH type "XX"',
    );

    const missing = brokenCopy('reference/countries/countries_iso_en_fr_ar_es.csv', (text) => text);
    appendFileSync(
      path.join(missing, 'reference/countries/countries_iso_en_fr_ar_es.csv'),
      'M,XXX,999,True\r\n',
    );
    await expect(loadReferenceData(database.db, missing)).rejects.toThrow(
      /countries_iso_en_fr_ar_es\.csv \(row 251\)/,
    );

    expect(await count(sql`select count(*)::int as n from countries`)).toBe(0);
    expect(await count(sql`select count(*)::int as n from terms`)).toBe(0);
    expect(await count(sql`select count(*)::int as n from institutions`)).toBe(0);
  });

  it('loads countries, mechanisms, vocabularies and institutions', async () => {
    const counts = await loadReferenceData(database.db, root);
    expect(counts).toMatchObject({ countries: 250, institutions: 52, mechanisms: 24 });
    expect(counts.terms).toMatchObject({
      sdg_goal: 17,
      sdg_target: 169,
      sdg_indicator: 252,
      axis: 9,
      subaxis: 36,
      cluster: 5,
    });

    expect(await count(sql`select count(*)::int as n from countries`)).toBe(250);
    expect(await count(sql`select count(*)::int as n from countries where un_member`)).toBe(193);
    const morocco = await database.db.execute<{
      name: Record<string, string>;
      un_name: string;
      iso3: string;
      m49: string;
    }>(sql`select name, un_name, iso3, m49 from countries where iso2 = 'MA'`);
    expect(morocco.rows[0]).toMatchObject({
      name: { ar: 'المغرب', fr: 'Maroc', en: 'Morocco', es: 'Marruecos' },
      un_name: 'Morocco',
      iso3: 'MAR',
      m49: '504',
    });

    expect(await termCount('sdg_goal')).toBe(17);
    expect(await termCount('sdg_target')).toBe(169);
    expect(await termCount('sdg_indicator')).toBe(252);
    expect(await termCount('axis')).toBe(9);
    expect(await termCount('subaxis')).toBe(36);
    expect(await termCount('cluster')).toBe(5);
    expect(await termCount('uhri_theme')).toBeGreaterThan(50);
    expect(await termCount('affected_person')).toBeGreaterThan(20);
    // Every target hangs under its goal, every sub-axis under an axis.
    expect(
      await count(sql`select count(*)::int as n from terms t join terms g on g.id = t.parent_id
        where t.vocabulary = 'sdg_target' and g.vocabulary = 'sdg_goal' and t.code like g.code || '.%'`),
    ).toBe(169);
    expect(
      await count(
        sql`select count(*)::int as n from terms t join terms a on a.id = t.parent_id where t.vocabulary = 'subaxis' and a.vocabulary = 'axis'`,
      ),
    ).toBe(36);
    expect(
      await count(
        sql`select count(*)::int as n from terms where vocabulary in ('axis', 'subaxis') and (name->>'en' = '' or name->>'fr' = '' or name->>'ar' = '')`,
      ),
    ).toBe(0);
    const target = await database.db.execute<{ name: Record<string, string> }>(
      sql`select name from terms where vocabulary = 'sdg_target' and code = '5.3'`,
    );
    expect(Object.keys(target.rows[0]?.name ?? {}).sort()).toEqual(['ar', 'en', 'es', 'fr']);

    expect(await count(sql`select count(*)::int as n from institutions where code like 'didh-%'`)).toBe(52);
    const cndh = await database.db.execute<{
      kind: string;
      acronym: Record<string, string>;
      name: Record<string, string>;
    }>(sql`select kind, acronym, name from institutions where code = 'didh-4'`);
    expect(cndh.rows[0]).toMatchObject({
      kind: 'nhri',
      acronym: { fr: 'CNDH' },
      name: { en: 'National Human Rights Council' },
    });
    expect(
      await count(
        sql`select count(*)::int as n from institutions where code = 'didh-32' and kind = 'parliament'`,
      ),
    ).toBe(1);
    expect(
      await count(
        sql`select count(*)::int as n from institutions where code = 'didh-6' and kind = 'judiciary'`,
      ),
    ).toBe(1);

    const mechanismCodes = await database.db.execute<{ code: string; type: string }>(
      sql`select code, type from mechanisms order by sort`,
    );
    const byCode = Object.fromEntries(mechanismCodes.rows.map((r) => [r.code, r.type]));
    for (const code of ['CCPR', 'CESCR', 'CERD', 'CEDAW', 'CAT', 'SPT', 'CRC', 'CMW', 'CRPD', 'CED'])
      expect(byCode[code]).toBe('treaty_body');
    expect(byCode).toMatchObject({ UPR: 'upr', ACHPR: 'regional', 'SR-FOOD': 'special_procedure' });
    expect(await count(sql`select count(*)::int as n from mechanisms where type = 'special_procedure'`)).toBe(
      12,
    );
    expect(
      await count(
        sql`select count(*)::int as n from mechanisms where name->>'ar' is null or name->>'fr' is null or name->>'en' is null`,
      ),
    ).toBe(0);
  });

  it('is idempotent: a second run changes nothing', async () => {
    const snapshot = () =>
      database.db.execute<{ t: string }>(sql`select
        (select count(*) from countries) || '/' || (select count(*) from terms) || '/' || (select sum(version) from terms) || '/' ||
        (select count(*) from institutions) || '/' || (select sum(version) from institutions) || '/' ||
        (select count(*) from mechanisms) || '/' || (select max(updated_at) from terms) as t`);
    const before = (await snapshot()).rows[0]?.t;
    const counts = await loadReferenceData(database.db, root);
    expect(counts.countries).toBe(250);
    expect((await snapshot()).rows[0]?.t).toBe(before);
    expect(
      await count(
        sql`select count(*)::int as n from (select vocabulary, code from terms group by 1, 2 having count(*) > 1) d`,
      ),
    ).toBe(0);
  });

  it('refreshes a changed official name and keeps an admin-edited cluster', async () => {
    await database.db.execute(
      sql`update terms set name = '{"en":"Gender equality"}' where vocabulary = 'cluster' and code = 'women'`,
    );
    await database.db.execute(
      sql`update terms set name = '{"en":"tampered"}' where vocabulary = 'sdg_goal' and code = '1'`,
    );
    await loadReferenceData(database.db, root);
    const rows = await database.db.execute<{ vocabulary: string; en: string; version: number }>(
      sql`select vocabulary, name->>'en' as en, version from terms where (vocabulary, code) in (('cluster', 'women'), ('sdg_goal', '1')) order by vocabulary`,
    );
    expect(rows.rows).toEqual([
      { vocabulary: 'cluster', en: 'Gender equality', version: 0 },
      { vocabulary: 'sdg_goal', en: 'End poverty in all its forms everywhere', version: 1 },
    ]);
  });
});
