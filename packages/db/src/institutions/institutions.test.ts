import {
  institutionCreateSchema,
  institutionListQuerySchema,
  institutionUpdateSchema,
} from '@tatabbu/domain';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { withAssignmentFixtures } from '../assignments/test-fixtures.js';
import { assignRecommendation } from '../assignments/write.js';
import { queryRows } from '../audit/sql.js';
import { ConflictError, StaleVersionError } from '../errors.js';
import { users } from '../schema/index.js';
import { InvalidReferenceError } from './errors.js';
import { getInstitutionDetail, type InstitutionReadScope, listInstitutionSummaries } from './read.js';
import { createInstitution, updateInstitution } from './write.js';

const t = withAssignmentFixtures();
const STAFF: InstitutionReadScope = { recommendations: { kind: 'all' }, members: { kind: 'all' } };
const PUBLIC: InstitutionReadScope = { recommendations: { kind: 'published' }, members: { kind: 'none' } };
const list = (q: Record<string, string>, scope = STAFF) =>
  listInstitutionSummaries(t.database.db, institutionListQuerySchema.parse(q), scope);

describe('institution list and details', () => {
  it('searches names and acronyms in every language, filters by kind and active', async () => {
    expect((await list({ q: 'الصحة' })).map((i) => i.code)).toEqual(['MS']);
    expect((await list({ q: 'msps' })).map((i) => i.code)).toEqual(['MS']);
    expect((await list({ q: 'justice' })).map((i) => i.code)).toEqual(['MJ']);
    // Accents and Arabic spelling variants (ta marbuta written as ha) do not matter.
    expect((await list({ q: 'ministere de la sante' })).map((i) => i.code)).toEqual(['MS']);
    expect((await list({ q: 'الداخليه' })).map((i) => i.code)).toEqual(['MI']);
    expect((await list({ kind: 'other' })).map((i) => i.code)).toEqual(['OLD']);
    expect((await list({ active: 'true' })).map((i) => i.code)).not.toContain('OLD');
    expect((await list({ q: '100%_' })).length).toBe(0);
  });

  it('counts current assignments in the reader scope; members only for those who may see them', async () => {
    const db = t.database.db;
    await assignRecommendation(
      db,
      { recommendationId: t.recs[0] as string, institutionId: t.inst.justice, role: 'lead' },
      t.coordinator,
    );
    await assignRecommendation(
      db,
      { recommendationId: t.recs[4] as string, institutionId: t.inst.justice, role: 'contributing' },
      t.coordinator,
    );
    await db.insert(users).values([
      {
        email: 'fp@justice.ma',
        name: 'Karim Point focal',
        role: 'focal_point',
        institutionId: t.inst.justice,
        passwordHash: 'x',
      },
      {
        email: 'c@justice.ma',
        name: 'Amina Contributrice',
        role: 'contributor',
        institutionId: t.inst.justice,
        passwordHash: 'x',
      },
    ]);
    const [staff] = await list({ q: 'MJ' });
    expect(staff).toMatchObject({ leadCount: 1, contributingCount: 1, memberCount: 2 });
    // The unpublished recommendation is not counted for the public, nor are members shown.
    const [pub] = await list({ q: 'MJ' }, PUBLIC);
    expect(pub).toMatchObject({ leadCount: 1, contributingCount: 0, memberCount: null });

    const detail = await getInstitutionDetail(db, t.inst.justice, STAFF);
    expect(detail?.members?.map((m) => m.role)).toEqual(['focal_point', 'contributor']);
    const own = await getInstitutionDetail(db, t.inst.justice, {
      ...PUBLIC,
      members: { kind: 'own', institutionId: t.inst.justice },
    });
    expect(own?.members).toHaveLength(2);
    const other = await getInstitutionDetail(db, t.inst.justice, {
      ...PUBLIC,
      members: { kind: 'own', institutionId: t.inst.health },
    });
    expect(other?.members).toBeNull();
    expect(await getInstitutionDetail(db, 'nope', STAFF)).toBeNull();
  });
});

describe('creating and changing institutions', () => {
  it('creates with a unique code and a parent, audited', async () => {
    const db = t.database.db;
    const input = institutionCreateSchema.parse({
      code: 'DGAPR',
      kind: 'government',
      name: { fr: ' Délégation générale à l’administration pénitentiaire ', ar: '' },
      acronym: { fr: 'DGAPR' },
      parentId: t.inst.justice,
    });
    expect(input.name).toEqual({ fr: 'Délégation générale à l’administration pénitentiaire' });
    const id = await createInstitution(db, input, t.coordinator);
    const detail = await getInstitutionDetail(db, id, STAFF);
    expect(detail?.parent?.code).toBe('MJ');
    await expect(createInstitution(db, input, t.coordinator)).rejects.toBeInstanceOf(ConflictError);
    const [event] = await queryRows<{ actor_id: string; after: { code: string } }>(
      db,
      sql`select actor_id, after from audit_events where action = 'institution.create' and entity_id = ${id}`,
    );
    expect(event).toMatchObject({ actor_id: t.coordinator, after: { code: 'DGAPR' } });
  });

  it('refuses a name in no language', () => {
    expect(institutionCreateSchema.safeParse({ code: 'X', kind: 'other', name: { fr: '  ' } }).success).toBe(
      false,
    );
    expect(institutionUpdateSchema.safeParse({ version: 0, name: {} }).success).toBe(false);
  });

  it('updates with the version read; a stale version names who changed it', async () => {
    const db = t.database.db;
    const patch = (v: Record<string, unknown>) => institutionUpdateSchema.parse(v);
    await updateInstitution(
      db,
      t.inst.health,
      patch({ version: 0, acronym: { fr: 'MS', ar: 'و.ص' } }),
      t.coordinator,
    );
    const error = await updateInstitution(
      db,
      t.inst.health,
      patch({ version: 0, kind: 'other' }),
      t.coordinator,
    ).catch((e) => e);
    expect(error).toBeInstanceOf(StaleVersionError);
    expect(error).toMatchObject({ currentVersion: 1, updatedBy: 'Nadia Coordinatrice' });
    expect((await getInstitutionDetail(db, t.inst.health, STAFF))?.kind).toBe('government');
  });

  it('refuses a duplicate code, an unknown parent and a cycle', async () => {
    const db = t.database.db;
    const patch = (v: Record<string, unknown>) => institutionUpdateSchema.parse(v);
    await expect(
      updateInstitution(db, t.inst.interior, patch({ version: 0, code: 'MJ' }), null),
    ).rejects.toBeInstanceOf(ConflictError);
    await expect(
      updateInstitution(
        db,
        t.inst.interior,
        patch({ version: 0, parentId: '00000000-0000-4000-8000-000000000000' }),
        null,
      ),
    ).rejects.toBeInstanceOf(InvalidReferenceError);
    const [child] = await list({ q: 'DGAPR' });
    await expect(
      updateInstitution(db, t.inst.justice, patch({ version: 0, parentId: child?.id }), null),
    ).rejects.toMatchObject({ reason: 'cycle' });
  });

  it('deactivates rather than deletes: the assignments stay, new ones are refused', async () => {
    const db = t.database.db;
    const [justice] = await list({ q: 'MJ' });
    await updateInstitution(
      db,
      t.inst.justice,
      institutionUpdateSchema.parse({ version: justice?.version, active: false }),
      t.coordinator,
    );
    const [after] = await list({ q: 'MJ', active: 'all' });
    expect(after).toMatchObject({ active: false, leadCount: 1 });
    await expect(
      assignRecommendation(
        db,
        { recommendationId: t.recs[1] as string, institutionId: t.inst.justice, role: 'lead' },
        t.coordinator,
      ),
    ).rejects.toMatchObject({ reason: 'inactive' });
    const [event] = await queryRows<{ before: { active: boolean }; after: { active: boolean } }>(
      db,
      sql`select before, after from audit_events where action = 'institution.deactivate'`,
    );
    expect(event).toMatchObject({ before: { active: true }, after: { active: false } });
  });
});
