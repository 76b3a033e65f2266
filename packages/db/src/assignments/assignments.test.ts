import { recommendationFiltersSchema } from '@tatabbu/domain';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { queryRows } from '../audit/sql.js';
import { verifyAuditChain } from '../audit/verify.js';
import { ConflictError } from '../errors.js';
import { InvalidReferenceError } from '../institutions/errors.js';
import { listRecommendations } from '../recommendations/list.js';
import { bulkAssign } from './bulk.js';
import { listInstitutionAssignments, listRecommendationAssignments } from './read.js';
import { withAssignmentFixtures } from './test-fixtures.js';
import { assignRecommendation, changeAssignmentRole, endAssignment } from './write.js';

const t = withAssignmentFixtures();
const ALL = { kind: 'all' } as const;
const rec = (i: number) => t.recs[i] as string;

/** Current assignments as `CODE:role`, lead first. */
async function current(i: number): Promise<string[]> {
  const items = await listRecommendationAssignments(t.database.db, rec(i), {});
  return items.filter((a) => !a.endedAt).map((a) => `${a.institution.code}:${a.role}`);
}

const events = (action: string) =>
  queryRows<{ entity_id: string; before: unknown; after: unknown }>(
    t.database.db,
    sql`select entity_id, before, after from audit_events where action = ${action} order by seq`,
  );

describe('assignRecommendation', () => {
  it('assigns a lead and a contributor, and does nothing when asked again', async () => {
    const db = t.database.db;
    const first = await assignRecommendation(
      db,
      { recommendationId: rec(0), institutionId: t.inst.justice, role: 'lead' },
      t.coordinator,
    );
    expect(first.changed).toBe(true);
    expect(first.assignment?.assignedBy?.name).toBe('Nadia Coordinatrice');
    await assignRecommendation(
      db,
      { recommendationId: rec(0), institutionId: t.inst.health, role: 'contributing' },
      t.coordinator,
    );
    const again = await assignRecommendation(
      db,
      { recommendationId: rec(0), institutionId: t.inst.justice, role: 'lead' },
      t.coordinator,
    );
    expect(again.changed).toBe(false);
    expect(await current(0)).toEqual(['MJ:lead', 'MS:contributing']);
    const audited = await events('assignment.assign');
    expect(audited).toHaveLength(2);
    expect(audited[1]).toMatchObject({
      entity_id: rec(0),
      before: { lead: 'MJ', contributing: null },
      after: { lead: 'MJ', contributing: 'MS' },
    });
  });

  it('keeps one lead: a new lead demotes the previous one to contributing, history kept', async () => {
    const db = t.database.db;
    await assignRecommendation(
      db,
      { recommendationId: rec(0), institutionId: t.inst.interior, role: 'lead' },
      t.coordinator,
    );
    expect(await current(0)).toEqual(['MI:lead', 'MJ:contributing', 'MS:contributing']);
    const all = await listRecommendationAssignments(db, rec(0), {});
    const ended = all.filter((a) => a.endedAt);
    expect(ended.map((a) => `${a.institution.code}:${a.role}`)).toEqual(['MJ:lead']);
    expect(ended[0]?.endedBy?.name).toBe('Nadia Coordinatrice');
  });

  it('changes a role by ending the old assignment and starting a new one', async () => {
    const db = t.database.db;
    const health = (await listRecommendationAssignments(db, rec(0), {})).find(
      (a) => a.institution.code === 'MS' && !a.endedAt,
    );
    const changed = await changeAssignmentRole(db, health?.id as string, 'lead', t.coordinator);
    expect(changed.assignment?.role).toBe('lead');
    expect(await current(0)).toEqual(['MS:lead', 'MI:contributing', 'MJ:contributing']);
    await expect(
      changeAssignmentRole(db, health?.id as string, 'contributing', t.coordinator),
    ).rejects.toBeInstanceOf(ConflictError);
  });

  it('ends an assignment without deleting it; re-assigning starts a new one', async () => {
    const db = t.database.db;
    const justice = (await listRecommendationAssignments(db, rec(0), {})).find(
      (a) => a.institution.code === 'MJ' && !a.endedAt,
    );
    const ended = await endAssignment(db, justice?.id as string, t.coordinator);
    expect(ended.endedAt).not.toBeNull();
    expect(await current(0)).toEqual(['MS:lead', 'MI:contributing']);
    await expect(endAssignment(db, justice?.id as string, t.coordinator)).rejects.toBeInstanceOf(
      ConflictError,
    );
    await assignRecommendation(
      db,
      { recommendationId: rec(0), institutionId: t.inst.justice, role: 'contributing' },
      t.coordinator,
    );
    const history = (await listRecommendationAssignments(db, rec(0), {})).filter(
      (a) => a.institution.code === 'MJ',
    );
    expect(history.map((a) => [a.role, a.endedAt === null])).toEqual([
      ['contributing', true],
      ['contributing', false],
      ['lead', false],
    ]);
    const [end] = await events('assignment.end');
    expect(end).toMatchObject({ before: { contributing: 'MI, MJ' }, after: { contributing: 'MI' } });
  });

  it('refuses a deactivated or unknown institution, changing nothing', async () => {
    const db = t.database.db;
    await expect(
      assignRecommendation(
        db,
        { recommendationId: rec(1), institutionId: t.inst.closed, role: 'lead' },
        t.coordinator,
      ),
    ).rejects.toMatchObject({ reason: 'inactive' });
    await expect(
      assignRecommendation(
        db,
        { recommendationId: rec(1), institutionId: '00000000-0000-4000-8000-000000000000', role: 'lead' },
        t.coordinator,
      ),
    ).rejects.toBeInstanceOf(InvalidReferenceError);
    expect(await current(1)).toEqual([]);
  });

  it('keeps one lead when two coordinators assign different leads at the same time', async () => {
    const db = t.database.db;
    await Promise.all(
      [t.inst.justice, t.inst.health, t.inst.interior].map((institutionId) =>
        assignRecommendation(db, { recommendationId: rec(2), institutionId, role: 'lead' }, t.coordinator),
      ),
    );
    const roles = await current(2);
    expect(roles.filter((r) => r.endsWith(':lead'))).toHaveLength(1);
    expect(roles).toHaveLength(3);
  });
});

describe('bulkAssign', () => {
  const filters = (q: Record<string, string>) => recommendationFiltersSchema.parse(q);

  it('counts without writing on a dry run', async () => {
    const before = await listInstitutionAssignments(
      t.database.db,
      t.inst.justice,
      {},
      { page: 1, pageSize: 100 },
    );
    const result = await bulkAssign(
      t.database.db,
      ALL,
      { filters: filters({ q: 'peine de mort' }), institutionId: t.inst.justice, role: 'lead', dryRun: true },
      t.coordinator,
    );
    expect(result).toMatchObject({ matched: 3, dryRun: true });
    const after = await listInstitutionAssignments(
      t.database.db,
      t.inst.justice,
      {},
      { page: 1, pageSize: 100 },
    );
    expect(after.total).toBe(before.total);
  });

  it('assigns every filtered recommendation in one go, with counts and one audit event each', async () => {
    const db = t.database.db;
    // rec 0: MS lead, MJ contributing; rec 1: nothing; rec 2: one lead among MJ/MS/MI.
    const interiorLeadsAll = () =>
      bulkAssign(
        db,
        ALL,
        {
          filters: filters({ q: 'peine de mort' }),
          institutionId: t.inst.interior,
          role: 'lead',
          dryRun: false,
        },
        t.coordinator,
      );
    const result = await interiorLeadsAll();
    const wasLead2 = (await listRecommendationAssignments(db, rec(2), {})).some(
      (a) => a.institution.code === 'MI' && a.role === 'lead' && a.endedAt && a.endedBy === null,
    );
    expect(result.matched).toBe(3);
    expect(result.assigned + result.unchanged).toBe(3);
    expect(await current(0)).toEqual(['MI:lead', 'MJ:contributing', 'MS:contributing']);
    expect(await current(1)).toEqual(['MI:lead']);
    expect((await current(2)).filter((r) => r.endsWith(':lead'))).toEqual(['MI:lead']);
    expect(wasLead2).toBe(false);
    const audited = await events('assignment.bulk_assign');
    expect(audited).toHaveLength(result.assigned);
    expect(audited.find((e) => e.entity_id === rec(1))).toMatchObject({
      before: { lead: null },
      after: { lead: 'MI' },
    });

    const again = await interiorLeadsAll();
    expect(again).toMatchObject({ matched: 3, assigned: 0, unchanged: 3, demoted: 0 });
    expect(await events('assignment.bulk_assign')).toHaveLength(result.assigned);
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true });
  });

  it('stays inside the scope: the public scope never reaches an unpublished recommendation', async () => {
    const result = await bulkAssign(
      t.database.db,
      { kind: 'published' },
      {
        filters: filters({ q: 'femmes' }),
        institutionId: t.inst.health,
        role: 'contributing',
        dryRun: false,
      },
      t.coordinator,
    );
    expect(result).toMatchObject({ matched: 1, assigned: 1 });
    expect(await current(4)).toEqual([]);
    expect(await current(3)).toEqual(['MS:contributing']);
  });

  it('assigns the recommendations named by id, within the scope only', async () => {
    const db = t.database.db;
    const result = await bulkAssign(
      db,
      { kind: 'published' },
      {
        ids: [rec(3), rec(4), 'not-an-id'],
        institutionId: t.inst.interior,
        role: 'contributing',
        dryRun: false,
      },
      t.coordinator,
    );
    expect(result).toMatchObject({ matched: 1, assigned: 1 });
    expect(await current(3)).toEqual(['MI:contributing', 'MS:contributing']);
    expect(await current(4)).toEqual([]);
  });

  it('the list filter by institution ignores ended assignments', async () => {
    // MJ was lead of rec 0 once (ended), and is contributing there now; on rec 3 it never was.
    const list = await listRecommendations(
      t.database.db,
      ALL,
      { ...filters({ institution: t.inst.justice }), page: 1, pageSize: 20, sort: 'key' },
      'fr',
    );
    const ids = list.items.map((i) => i.id);
    expect(ids).toContain(rec(0));
    const justice = (await listRecommendationAssignments(t.database.db, rec(0), {})).find(
      (a) => a.institution.code === 'MJ' && !a.endedAt,
    );
    await endAssignment(t.database.db, justice?.id as string, t.coordinator);
    const after = await listRecommendations(
      t.database.db,
      ALL,
      { ...filters({ institution: t.inst.justice }), page: 1, pageSize: 20, sort: 'key' },
      'fr',
    );
    expect(after.items.map((i) => i.id)).not.toContain(rec(0));
    expect(after.facets.institution.find((b) => b.value === t.inst.justice)?.count ?? 0).toBe(after.total);
  });
});

describe('reading assignments', () => {
  it('an institution scope sees only its own rows, current ones paged by institution', async () => {
    const own = await listRecommendationAssignments(t.database.db, rec(0), { institutionId: t.inst.health });
    expect(new Set(own.map((a) => a.institution.code))).toEqual(new Set(['MS']));
    const page = await listInstitutionAssignments(
      t.database.db,
      t.inst.interior,
      {},
      { page: 1, pageSize: 2 },
    );
    expect(page.total).toBe(4);
    expect(page.items).toHaveLength(2);
    expect(page.items.every((a) => a.endedAt === null)).toBe(true);
    const other = await listInstitutionAssignments(
      t.database.db,
      t.inst.interior,
      { institutionId: t.inst.health },
      { page: 1, pageSize: 20 },
    );
    expect(other.total).toBe(0);
  });
});
