import type { RecommendationDraft } from '@tatabbu/domain';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { listAuditEvents } from '../audit/list.js';
import { verifyAuditChain } from '../audit/verify.js';
import { ConflictError, StaleVersionError } from '../errors.js';
import {
  commitClaimedImport,
  commitImport,
  createImport,
  discardImport,
  getImport,
  listImports,
  markInterruptedImportsFailed,
  previewImport,
} from './jobs.js';
import { deleteMapping, listMappings, saveMapping } from './mappings.js';
import { asParsed, countOf, importNow, preview, scalar, useImportTestDatabase } from './test-setup.js';

const t = useImportTestDatabase();

/** Three paragraphs of a UPR report on Morocco (A/HRC/21/3, 2012). */
const report = (overrides: Partial<RecommendationDraft>[] = []): RecommendationDraft[] =>
  [
    {
      key: 'A/HRC/21/3 §129.1',
      mechanism: 'upr',
      stateUnderReview: 'MA',
      review: { cycle: 2, session: 13 },
      document: { symbol: 'A/HRC/21/3', date: '2012-07-06' },
      paragraph: '129.1',
      originalLang: 'en' as const,
      text: {
        en: 'Ratify the Optional Protocol to the Convention against Torture',
        fr: 'Ratifier le Protocole facultatif se rapportant à la Convention contre la torture',
      },
      recommendingStates: ['Denmark', 'Estonie', 'المكسيك'],
      position: 'supported' as const,
      terms: [
        {
          vocabulary: 'uhri_theme' as const,
          label: 'Prohibition of torture and cruel, inhuman or degrading treatment',
        },
        {
          vocabulary: 'sdg_target' as const,
          label: '16.3 - Promote the rule of law at the national and international levels',
        },
      ],
    },
    {
      key: 'A/HRC/21/3 §129.2',
      mechanism: 'UPR',
      stateUnderReview: 'MA',
      review: { cycle: 2, session: 13 },
      document: { symbol: 'A/HRC/21/3' },
      paragraph: '129.2',
      text: {
        en: 'Withdraw the remaining reservations to CEDAW',
        ar: 'سحب التحفظات المتبقية على اتفاقية القضاء على جميع أشكال التمييز ضد المرأة',
      },
      recommendingStates: ['NO'],
      position: 'noted' as const,
      terms: [{ vocabulary: 'uhri_theme' as const, label: "Women's rights" }],
    },
    {
      key: 'A/HRC/21/3 §129.3',
      mechanism: 'UPR',
      stateUnderReview: 'MA',
      review: { cycle: 2, session: 13 },
      document: { symbol: 'A/HRC/21/3' },
      paragraph: '129.3',
      text: { en: 'Continue to improve access to primary education in rural areas' },
      recommendingStates: ['Atlantis'],
      terms: [{ vocabulary: 'uhri_theme' as const, label: 'Underwater basket weaving' }],
    },
  ].map((draft, i) => ({ ...draft, ...overrides[i] }));

const recommendation = (key: string) =>
  scalar<{
    id: string;
    version: number;
    position: string | null;
    status: string | null;
    text_fr: string | null;
    text_ar: string | null;
    state_iso2: string | null;
    states: string[];
    terms: string[];
  }>(
    t.db,
    sql`select json_build_object(
          'id', r.id, 'version', r.version, 'position', r.position, 'status', r.status,
          'text_fr', r.text_fr, 'text_ar', r.text_ar, 'state_iso2', r.state_iso2,
          'states', (select coalesce(json_agg(s.country_iso2 order by s.country_iso2), '[]') from recommendation_states s where s.recommendation_id = r.id),
          'terms', (select coalesce(json_agg(t.vocabulary || ':' || t.code order by t.vocabulary, t.code), '[]') from recommendation_terms rt join terms t on t.id = rt.term_id where rt.recommendation_id = r.id)
        ) as v from recommendations r where r.key = ${key}`,
  ).then((v) => (typeof v === 'string' ? JSON.parse(v) : v));

const auditCount = () => countOf(t.db, 'audit_events');

describe('an import of new recommendations', () => {
  it('previews new rows, with warnings for what it cannot resolve, and writes nothing', async () => {
    const job = await preview(t.db, t.actorId, report());
    expect(job.status).toBe('previewed');
    expect(job.counts).toMatchObject({ total: 3, new: 3, updated: 0, unchanged: 0, errors: 0 });
    expect(job.rows.map((r) => [r.row, r.outcome])).toEqual([
      [2, 'new'],
      [3, 'new'],
      [4, 'new'],
    ]);
    expect(job.rows[0]?.excerpt).toMatch(/^Ratify the Optional Protocol/);
    const warnings = job.problems.map((p) => [p.row, p.code, p.value]);
    expect(warnings).toEqual([
      [4, 'unknown_country', 'Atlantis'],
      [4, 'unknown_term', 'Underwater basket weaving'],
    ]);
    expect(job.problems[0]?.message).toBe('The State "Atlantis" was not recognised and was left out.');
    expect(await countOf(t.db, 'recommendations')).toBe(0);
    await discardImport(t.db, job.id, { actorId: t.actorId, version: job.version });
  });

  it('commits them in one go: States by any name, terms by label, the goal of a target, review and document', async () => {
    const before = await auditCount();
    const { counts } = await importNow(t.db, t.actorId, report());
    expect(counts).toMatchObject({ new: 3, updated: 0, unchanged: 0 });
    const first = await recommendation('A/HRC/21/3 §129.1');
    expect(first).toMatchObject({
      version: 0,
      position: 'supported',
      state_iso2: 'MA',
      states: ['DK', 'EE', 'MX'],
    });
    expect(first.terms).toEqual([
      'sdg_goal:16',
      'sdg_target:16.3',
      'uhri_theme:prohibition-of-torture-and-cruel-inhuman-or-degrading-treatment',
    ]);
    // A UPR Info issue gives a theme and a group.
    expect((await recommendation('A/HRC/21/3 §129.2')).terms).toEqual([
      'affected_person:women',
      'uhri_theme:discrimination-against-women',
    ]);
    expect(await countOf(t.db, 'reviews')).toBe(1);
    expect(
      await scalar(
        t.db,
        sql`select count(*)::int as v from source_documents where symbol = 'A/HRC/21/3' and date = '2012-07-06'`,
      ),
    ).toBe(1);
    // The import's creation and its commit (with the new keys), none per new record.
    expect(await auditCount()).toBe(before + 2);
    const event = await scalar<{ counts: { new: number }; newKeys: string[] }>(
      t.db,
      sql`select after as v from audit_events where action = 'import.commit' order by seq desc limit 1`,
    );
    expect(event.newKeys).toHaveLength(3);
    expect((await verifyAuditChain(t.db)).ok).toBe(true);
  });

  it('re-importing the same file finds everything unchanged and writes nothing but the import event', async () => {
    const versions = await scalar<number>(t.db, sql`select sum(version)::int as v from recommendations`);
    const before = await auditCount();
    const { job, counts } = await importNow(t.db, t.actorId, report());
    expect(job.rows.every((r) => r.outcome === 'unchanged')).toBe(true);
    expect(counts).toMatchObject({ new: 0, updated: 0, unchanged: 3 });
    expect(await scalar<number>(t.db, sql`select sum(version)::int as v from recommendations`)).toBe(
      versions,
    );
    expect(await auditCount()).toBe(before + 2); // import.create and import.commit
    expect(await countOf(t.db, 'reviews')).toBe(1);
  });
});

describe('an updated file', () => {
  it('lists the changed fields, bumps the version and audits before and after', async () => {
    const drafts = report([
      {
        position: 'noted',
        text: {
          en: 'Ratify the Optional Protocol to the Convention against Torture',
          fr: 'Ratifier le Protocole facultatif à la Convention contre la torture',
        },
      },
    ]);
    const job = await preview(t.db, t.actorId, drafts);
    expect(job.rows.map((r) => [r.outcome, r.changes])).toEqual([
      ['updated', ['text.fr', 'position']],
      ['unchanged', []],
      ['unchanged', []],
    ]);
    const updatedOnly = await getImport(
      t.db,
      job.id,
      { outcome: 'updated', rowsPage: 1, rowsPageSize: 50, problemsPage: 1 },
      'fr',
    );
    expect(updatedOnly?.rowsTotal).toBe(1);
    await commitImport(t.db, job.id, { actorId: t.actorId, version: job.version });
    const stored = await recommendation('A/HRC/21/3 §129.1');
    expect(stored).toMatchObject({
      version: 1,
      position: 'noted',
      text_fr: 'Ratifier le Protocole facultatif à la Convention contre la torture',
    });
    const event = await scalar<{ before: Record<string, unknown>; after: Record<string, unknown> }>(
      t.db,
      sql`select json_build_object('before', before, 'after', after) as v from audit_events
          where action = 'recommendation.import' and entity_id = ${stored.id}::text order by seq desc limit 1`,
    );
    expect(event.before).toEqual({
      position: 'supported',
      'text.fr': 'Ratifier le Protocole facultatif se rapportant à la Convention contre la torture',
    });
    expect(event.after).toMatchObject({ position: 'noted' });
  });

  it('does not erase what the file does not carry (status from follow-up, Arabic text, States, terms)', async () => {
    const key = 'A/HRC/21/3 §129.2';
    await t.db.execute(
      sql`update recommendations set status = 'in_progress', status_origin = 'validated_update' where key = ${key}`,
    );
    const partial: RecommendationDraft = {
      key,
      mechanism: 'UPR',
      text: { en: 'Withdraw the remaining reservations to CEDAW' },
      position: 'noted',
    };
    const job = await preview(t.db, t.actorId, [partial]);
    expect(job.rows[0]?.outcome).toBe('unchanged');
    await commitImport(t.db, job.id, { actorId: t.actorId, version: job.version });
    const stored = await recommendation(key);
    expect(stored).toMatchObject({ status: 'in_progress', state_iso2: 'MA', states: ['NO'] });
    expect(stored.text_ar).toMatch(/^سحب التحفظات/);
    expect(stored.terms).toHaveLength(2);
  });
});

describe('errors', () => {
  it('reports an unknown mechanism and a key repeated in the file as row errors and imports the rest', async () => {
    const drafts: RecommendationDraft[] = [
      { key: 'X-1', mechanism: 'NOPE', text: { en: 'Adopt a law' } },
      { key: 'X-2', mechanism: 'CAT', text: { en: 'Investigate all allegations of torture' } },
      { key: 'X-2', mechanism: 'CAT', text: { en: 'Investigate all allegations of torture' } },
    ];
    const job = await preview(t.db, t.actorId, drafts, [
      { code: 'text_missing', severity: 'error', row: 5, column: 'Text' },
    ]);
    expect(job.rows.map((r) => [r.row, r.outcome])).toEqual([
      [2, 'error'],
      [3, 'new'],
      [4, 'error'],
      [5, 'error'],
    ]);
    expect(job.counts).toMatchObject({ total: 3, new: 1, errors: 3 });
    expect(job.problems.map((p) => p.message)).toContain(
      'The key "X-2" appears more than once in the file (first at row 3).',
    );
    await discardImport(t.db, job.id, { actorId: t.actorId, version: job.version });
  });

  it('keeps the validated rows in a staging table from preview to commit, and drops them after', async () => {
    const staged = (id: string) =>
      scalar<number>(t.db, sql`select count(*)::int as v from import_records where import_id = ${id}`);
    const drafts: RecommendationDraft[] = [1, 2, 3].map((n) => ({
      key: `X-staged-${n}`,
      mechanism: 'CED',
      text: { en: `Staged recommendation number ${n}` },
    }));
    const kept = await preview(t.db, t.actorId, drafts);
    expect(await staged(kept.id)).toBe(3);
    await commitImport(t.db, kept.id, { actorId: t.actorId, version: kept.version });
    expect(await staged(kept.id)).toBe(0);
    const dropped = await preview(t.db, t.actorId, [
      { ...drafts[0], key: 'X-staged-4' } as RecommendationDraft,
    ]);
    expect(await staged(dropped.id)).toBe(1);
    await discardImport(t.db, dropped.id, { actorId: t.actorId, version: dropped.version });
    expect(await staged(dropped.id)).toBe(0);
  });

  it('refuses a second commit and a stale version', async () => {
    const job = await preview(t.db, t.actorId, [
      { key: 'X-3', mechanism: 'CAT', text: { en: 'Close the secret detention centres' } },
    ]);
    await expect(
      commitImport(t.db, job.id, { actorId: t.actorId, version: job.version - 1 }),
    ).rejects.toBeInstanceOf(StaleVersionError);
    await commitImport(t.db, job.id, { actorId: t.actorId, version: job.version });
    await expect(
      commitImport(t.db, job.id, { actorId: t.actorId, version: job.version + 2 }),
    ).rejects.toBeInstanceOf(ConflictError);
    const done = await getImport(t.db, job.id, { rowsPage: 1, rowsPageSize: 10, problemsPage: 1 }, 'ar');
    expect(done).toMatchObject({
      status: 'committed',
      counts: { new: 1 },
      createdBy: { name: 'Coordinator' },
    });
    expect(done?.committedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
  });

  it('goes straight from running to committing when the job is not a dry run, never showing previewed', async () => {
    const id = await createImport(t.db, {
      actorId: t.actorId,
      fileName: 'straight.csv',
      format: 'upr-info',
      dryRun: false,
    });
    const drafts: RecommendationDraft[] = [
      { key: 'X-straight', mechanism: 'CED', text: { en: 'Search for the disappeared' } },
    ];
    const summary = await previewImport(t.db, id, asParsed(drafts), { thenCommit: true });
    expect(summary.status).toBe('committing');
    // A dry-run commit of the claimed job is refused: it is no longer waiting for a preview check.
    await expect(
      commitImport(t.db, id, { actorId: t.actorId, version: summary.version }),
    ).rejects.toBeInstanceOf(ConflictError);
    expect(await commitClaimedImport(t.db, id, t.actorId)).toMatchObject({ new: 1 });
    const job = await getImport(t.db, id, { rowsPage: 1, rowsPageSize: 10, problemsPage: 1 }, 'en');
    expect(job?.status).toBe('committed');
    await expect(commitClaimedImport(t.db, id, t.actorId)).rejects.toBeInstanceOf(ConflictError);
  });

  it('rolls back everything when one row fails mid-commit, and says why', async () => {
    await t.db.execute(
      sql`alter table recommendations add constraint test_no_boom check (paragraph is distinct from 'boom')`,
    );
    try {
      const counts = {
        recs: await countOf(t.db, 'recommendations'),
        reviews: await countOf(t.db, 'reviews'),
        docs: await countOf(t.db, 'source_documents'),
        audit: await auditCount(),
      };
      const drafts: RecommendationDraft[] = [1, 2, 3].map((n) => ({
        key: `CCPR/C/MAR/CO/6 §${n}`,
        mechanism: 'CCPR',
        review: { session: 118 },
        document: { symbol: 'CCPR/C/MAR/CO/6' },
        paragraph: n === 3 ? 'boom' : String(n),
        text: { fr: `Recommandation numéro ${n} sur la détention` },
      }));
      const job = await preview(t.db, t.actorId, drafts);
      await expect(
        commitImport(t.db, job.id, { actorId: t.actorId, version: job.version }),
      ).rejects.toThrow();
      expect({
        recs: await countOf(t.db, 'recommendations'),
        reviews: await countOf(t.db, 'reviews'),
        docs: await countOf(t.db, 'source_documents'),
        audit: await auditCount(),
      }).toEqual({ ...counts, audit: counts.audit + 1 }); // only the job's creation stays
      const failed = await getImport(t.db, job.id, { rowsPage: 1, rowsPageSize: 10, problemsPage: 1 }, 'fr');
      expect(failed?.status).toBe('failed');
      expect(failed?.problems.at(-1)?.message).toMatch(
        /^L'import n'a pas pu être enregistré ; rien n'a été modifié/,
      );
    } finally {
      await t.db.execute(sql`alter table recommendations drop constraint test_no_boom`);
    }
  });

  it('marks jobs a crash left running as failed', async () => {
    const id = await createImport(t.db, {
      actorId: t.actorId,
      fileName: 'cut.csv',
      format: 'upr-info',
      dryRun: false,
    });
    expect(await markInterruptedImportsFailed(t.db)).toBeGreaterThanOrEqual(1);
    const job = await getImport(t.db, id, { rowsPage: 1, rowsPageSize: 10, problemsPage: 1 }, 'en');
    expect(job?.status).toBe('failed');
    // The system's change is in the audit trail too.
    const trail = await listAuditEvents(t.db, { entity: 'import', entityId: id, page: 1, pageSize: 10 });
    expect(trail.items.map((e) => [e.action, e.actorId])).toEqual([
      ['import.interrupted', null],
      ['import.create', t.actorId],
    ]);
    await expect(previewImport(t.db, id, asParsed([]))).rejects.toBeInstanceOf(ConflictError);
  });
});

describe('the list of imports and saved mappings', () => {
  it('lists imports newest first', async () => {
    const { items, total } = await listImports(t.db, { page: 1, pageSize: 3 });
    expect(items).toHaveLength(3);
    expect(total).toBeGreaterThan(3);
    expect(items[0]?.fileName).toBe('cut.csv');
  });

  it('saves, lists and deletes a mapping', async () => {
    const saved = await saveMapping(t.db, {
      actorId: t.actorId,
      name: 'Ministry sheet',
      mapping: { columns: { 'text.fr': 'Texte', key: 'Réf' } },
    });
    expect((await listMappings(t.db)).map((m) => m.name)).toEqual(['Ministry sheet']);
    await deleteMapping(t.db, saved.id, t.actorId);
    expect(await listMappings(t.db)).toEqual([]);
  });
});
