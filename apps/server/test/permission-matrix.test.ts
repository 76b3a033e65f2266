import { randomUUID } from 'node:crypto';
import { schema } from '@tatabbu/db';
import type { Role } from '@tatabbu/domain';
import { eq, type SQL, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addTestUser, asUser, type Session, signIn, startTestApp, type TestApp } from './helpers.js';

/**
 * The permission matrix over HTTP: every caller × every route × the record it targets (of the
 * caller's own institution, of another institution, public), with the exact status each must get,
 * and proof that no refused request changed anything. A new route is one more row in ROUTES.
 */

type Caller = Role | 'anonymous';
const CALLERS: Caller[] = [
  'admin',
  'coordinator',
  'focal_point',
  'contributor',
  'cso',
  'observer',
  'anonymous',
];
/** own: belongs to (is assigned to) the caller's institution, A; other: institution B; public: published. */
type Target = 'own' | 'other' | 'public' | 'none';

interface Fixture {
  institutionA: string;
  institutionB: string;
  organization: string;
  mechanism: string;
  plan: { published: string; draft: string };
  recommendation: Record<'own' | 'other' | 'public', string>;
  /** Users a request may target: a contributor of A, one of B, and an observer (no institution). */
  user: Record<'own' | 'other' | 'public', string>;
}

/** Ids a row makes before each request (a record to delete, to end …), given to `url` and `body`. */
type Prepared = Record<string, string>;

interface Route {
  name: string;
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  targets?: Target[];
  prepare?: (f: Fixture, target: Target) => Promise<Prepared>;
  url: (f: Fixture, target: Target, p: Prepared) => string | Promise<string>;
  body?: (f: Fixture, target: Target, p: Prepared) => unknown | Promise<unknown>;
  expect: (caller: Caller, target: Target) => number;
  /** The request ends the caller's session: give it a session of its own. */
  freshSession?: boolean;
}

// Expectation builders: who gets `ok`; the others are refused (401 anonymous, 403 signed in).
const refusal = (caller: Caller) => (caller === 'anonymous' ? 401 : 403);
const onlyRoles =
  (roles: Caller[], ok: number) =>
  (caller: Caller): number =>
    roles.includes(caller) ? ok : refusal(caller);
const STAFF: Caller[] = ['admin', 'coordinator'];
const SIGNED_IN = CALLERS.filter((c) => c !== 'anonymous');
const everyone = (ok: number) => () => ok;
/** Reads of one recommendation: staff see all, institution members also their own, others what is public. */
const recommendationRead = (caller: Caller, target: Target): number => {
  if (STAFF.includes(caller) || target === 'public') return 200;
  if ((caller === 'focal_point' || caller === 'contributor') && target === 'own') return 200;
  return 404;
};

async function rows<T>(query: SQL): Promise<T[]> {
  return ((await t.database.db.execute(query)) as unknown as { rows: T[] }).rows;
}

/**
 * User management: administrators everyone; coordinators the staff of institutions (contributors
 * of A and B, not the observer); a focal point the contributors of their own institution.
 */
const managesUser = (caller: Caller, target: Target): boolean =>
  caller === 'admin' ||
  (caller === 'coordinator' && target !== 'public') ||
  (caller === 'focal_point' && target === 'own');

const currentVersion = async (table: 'recommendations' | 'users', id: string): Promise<number> => {
  const [row] = await rows<{ version: number }>(
    sql`select version from ${sql.identifier(table)} where id = ${id}`,
  );
  return row?.version ?? 0;
};
let sequence = 100;
async function newRecommendation(f: Fixture, institutionId: string | null): Promise<string> {
  const [rec] = await t.database.db
    .insert(schema.recommendations)
    .values({
      key: `A/HRC/36/6 §145.${sequence++}`,
      date: '2017-07-13',
      textEn: 'A recommendation made for one request',
      mechanismId: f.mechanism,
      published: false,
      position: 'pending',
    })
    .returning();
  if (!rec) throw new Error('no recommendation');
  if (institutionId) {
    await t.database.db
      .insert(schema.assignments)
      .values({ recommendationId: rec.id, institutionId, role: 'lead' });
  }
  return rec.id;
}

/** A current lead assignment of a new recommendation to institution A (own) or B (other). */
async function newAssignment(f: Fixture, target: Target): Promise<string> {
  const institutionId = target === 'own' ? f.institutionA : f.institutionB;
  const recommendationId = await newRecommendation(f, institutionId);
  const [row] = await t.database.db
    .select({ id: schema.assignments.id })
    .from(schema.assignments)
    .where(eq(schema.assignments.recommendationId, recommendationId));
  return row?.id ?? '';
}

async function newPlan(published: boolean): Promise<string> {
  const [row] = await t.database.db
    .insert(schema.actionPlans)
    .values({ code: `PLAN-${randomUUID().slice(0, 8)}`, name: { en: 'A plan' }, published })
    .returning();
  return row?.id ?? '';
}

async function newInstitution(): Promise<string> {
  const [row] = await t.database.db
    .insert(schema.institutions)
    .values({ code: `test-${randomUUID().slice(0, 8)}`, name: { en: 'A body to rename' } })
    .returning();
  return row?.id ?? '';
}

const RECORDS: Target[] = ['own', 'other', 'public'];
const recommendationOf = (f: Fixture, target: Target) => f.recommendation[target as 'own'];
const userOf = (f: Fixture, target: Target) => f.user[target as 'own'];

const ROUTES: Route[] = [
  // Reads
  { name: 'who am I', method: 'GET', url: () => '/api/v1/auth/me', expect: onlyRoles(SIGNED_IN, 200) },
  {
    name: 'list recommendations',
    method: 'GET',
    url: () => '/api/v1/recommendations',
    expect: everyone(200),
  },
  {
    name: 'read a recommendation',
    method: 'GET',
    targets: RECORDS,
    url: (f, target) => `/api/v1/recommendations/${recommendationOf(f, target)}`,
    expect: recommendationRead,
  },
  {
    name: 'read the history of a recommendation',
    method: 'GET',
    targets: RECORDS,
    url: (f, target) => `/api/v1/recommendations/${recommendationOf(f, target)}/history`,
    expect: recommendationRead,
  },
  {
    name: 'export recommendations',
    method: 'GET',
    url: () => '/api/v1/exports/recommendations.csv',
    expect: everyone(200),
  },
  {
    name: 'list users',
    method: 'GET',
    url: () => '/api/v1/users',
    expect: onlyRoles([...STAFF, 'focal_point'], 200),
  },
  { name: 'list imports', method: 'GET', url: () => '/api/v1/imports', expect: onlyRoles(STAFF, 200) },
  {
    name: 'list saved column mappings',
    method: 'GET',
    url: () => '/api/v1/import-mappings',
    expect: onlyRoles(STAFF, 200),
  },
  { name: 'read the audit trail', method: 'GET', url: () => '/api/v1/audit', expect: onlyRoles(STAFF, 200) },
  {
    name: 'check the audit chain',
    method: 'GET',
    url: () => '/api/v1/audit/verify',
    expect: onlyRoles(STAFF, 200),
  },
  // Writes
  {
    name: 'classify a recommendation',
    method: 'PATCH',
    targets: RECORDS,
    url: (f, target) => `/api/v1/recommendations/${recommendationOf(f, target)}`,
    body: async (f, target) => ({
      version: await currentVersion('recommendations', recommendationOf(f, target)),
      position: 'supported',
    }),
    expect: onlyRoles(STAFF, 200),
  },
  {
    name: 'classify recommendations in bulk',
    method: 'POST',
    targets: RECORDS,
    url: () => '/api/v1/recommendations/bulk-classify',
    body: async (f, target) => {
      const [term] = await t.database.db.select({ id: schema.terms.id }).from(schema.terms).limit(1);
      return { ids: [recommendationOf(f, target)], add: [term?.id] };
    },
    expect: onlyRoles(STAFF, 200),
  },
  {
    name: 'create a contributor',
    method: 'POST',
    targets: ['own', 'other'],
    url: () => '/api/v1/users',
    body: (f, target) => ({
      email: `new-${randomUUID()}@example.org`,
      name: 'New contributor',
      role: 'contributor',
      institutionId: target === 'own' ? f.institutionA : f.institutionB,
    }),
    expect: (caller, target) => (managesUser(caller, target) ? 201 : refusal(caller)),
  },
  {
    name: 'create an observer',
    method: 'POST',
    url: () => '/api/v1/users',
    body: () => ({ email: `new-${randomUUID()}@example.org`, name: 'New observer', role: 'observer' }),
    expect: onlyRoles(['admin'], 201),
  },
  {
    name: 'change a user',
    method: 'PATCH',
    targets: RECORDS,
    url: (f, target) => `/api/v1/users/${userOf(f, target)}`,
    body: async (f, target) => ({
      version: await currentVersion('users', userOf(f, target)),
      name: `Renamed ${randomUUID().slice(0, 8)}`,
    }),
    expect: (caller, target) => (managesUser(caller, target) ? 200 : refusal(caller)),
  },
  {
    name: "reset a user's password",
    method: 'POST',
    targets: RECORDS,
    url: (f, target) => `/api/v1/users/${userOf(f, target)}/reset-password`,
    expect: (caller, target) => (managesUser(caller, target) ? 200 : refusal(caller)),
  },
  {
    name: 'save a column mapping',
    method: 'POST',
    url: () => '/api/v1/import-mappings',
    body: () => ({
      name: `Mapping ${randomUUID().slice(0, 8)}`,
      mapping: { columns: { 'text.fr': 'Texte' } },
    }),
    expect: onlyRoles(STAFF, 201),
  },
  {
    name: 'delete a column mapping',
    method: 'DELETE',
    prepare: async () => {
      const [row] = await t.database.db
        .insert(schema.importMappings)
        .values({ name: 'To delete', mapping: { columns: {} } })
        .returning();
      return { id: row?.id ?? '' };
    },
    url: (_f, _t, p) => `/api/v1/import-mappings/${p.id}`,
    expect: onlyRoles(STAFF, 204),
  },
  // Institutions: public reads, managed by coordinators.
  { name: 'list institutions', method: 'GET', url: () => '/api/v1/institutions', expect: everyone(200) },
  {
    name: 'read an institution',
    method: 'GET',
    targets: ['own', 'other'],
    url: (f, target) => `/api/v1/institutions/${target === 'own' ? f.institutionA : f.institutionB}`,
    expect: everyone(200),
  },
  {
    name: 'create an institution',
    method: 'POST',
    url: () => '/api/v1/institutions',
    body: () => ({ code: `test-${randomUUID().slice(0, 8)}`, kind: 'government', name: { en: 'New body' } }),
    expect: onlyRoles(STAFF, 201),
  },
  {
    name: 'change an institution',
    method: 'PATCH',
    prepare: async () => ({ id: await newInstitution() }),
    url: (_f, _t, p) => `/api/v1/institutions/${p.id}`,
    body: () => ({ version: 0, name: { en: 'Renamed body' } }),
    expect: onlyRoles(STAFF, 200),
  },
  // Action plans: the public reads published ones, institution people and staff all; coordinators manage.
  { name: 'list action plans', method: 'GET', url: () => '/api/v1/plans', expect: everyone(200) },
  {
    name: 'read an action plan (public: published; other: draft)',
    method: 'GET',
    targets: ['other', 'public'],
    url: (f, target) => `/api/v1/plans/${target === 'public' ? f.plan.published : f.plan.draft}`,
    expect: (caller, target) =>
      target === 'public' || [...STAFF, 'focal_point', 'contributor'].includes(caller) ? 200 : 404,
  },
  {
    name: 'create an action plan',
    method: 'POST',
    url: () => '/api/v1/plans',
    body: () => ({ code: `PLAN-${randomUUID().slice(0, 8)}`, name: { en: 'A new plan' } }),
    expect: onlyRoles(STAFF, 201),
  },
  {
    name: 'change an action plan',
    method: 'PATCH',
    prepare: async () => ({ id: await newPlan(false) }),
    url: (_f, _t, p) => `/api/v1/plans/${p.id}`,
    body: () => ({ version: 0, name: { en: 'Renamed plan' } }),
    expect: onlyRoles(STAFF, 200),
  },
  {
    name: 'publish an action plan',
    method: 'POST',
    prepare: async () => ({ id: await newPlan(false) }),
    url: (_f, _t, p) => `/api/v1/plans/${p.id}/publish`,
    body: () => ({ version: 0 }),
    expect: onlyRoles(STAFF, 200),
  },
  // Follow-up rounds: staff and the institutions asked read them, coordinators create them.
  {
    name: 'list follow-up rounds',
    method: 'GET',
    url: () => '/api/v1/rounds',
    expect: onlyRoles([...STAFF, 'focal_point', 'contributor'], 200),
  },
  {
    name: 'create a follow-up round',
    method: 'POST',
    url: () => '/api/v1/rounds',
    body: (f) => ({
      title: { en: 'Round 2027' },
      deadline: '2027-03-31',
      recommendationIds: [f.recommendation.own],
    }),
    expect: onlyRoles(STAFF, 201),
  },
  // Assignments: read by staff and the institution's own people, managed by coordinators.
  {
    name: "list an institution's assignments",
    method: 'GET',
    targets: ['own', 'other'],
    url: (f, target) =>
      `/api/v1/assignments?institutionId=${target === 'own' ? f.institutionA : f.institutionB}`,
    expect: (caller, target) => {
      if (STAFF.includes(caller)) return 200;
      if ((caller === 'focal_point' || caller === 'contributor') && target === 'own') return 200;
      return refusal(caller);
    },
  },
  {
    name: 'assign a recommendation',
    method: 'POST',
    prepare: async (f) => ({ id: await newRecommendation(f, null) }),
    url: () => '/api/v1/assignments',
    body: (f, _t, p) => ({ recommendationId: p.id, institutionId: f.institutionB, role: 'contributing' }),
    expect: onlyRoles(STAFF, 200),
  },
  {
    name: 'bulk assign recommendations (by ids)',
    method: 'POST',
    prepare: async (f) => ({ id: await newRecommendation(f, null) }),
    url: () => '/api/v1/assignments/bulk',
    body: (f, _t, p) => ({ ids: [p.id], institutionId: f.institutionB, role: 'lead' }),
    expect: onlyRoles(STAFF, 200),
  },
  {
    name: "a recommendation's assignments (institution people: their own rows only)",
    method: 'GET',
    targets: ['own', 'other'],
    url: (f, target) =>
      `/api/v1/assignments?recommendationId=${f.recommendation[target === 'own' ? 'own' : 'other']}`,
    expect: onlyRoles([...STAFF, 'focal_point', 'contributor'], 200),
  },
  {
    name: 'change the role of an assignment',
    method: 'PATCH',
    targets: ['own', 'other'],
    prepare: async (f, target) => ({ id: await newAssignment(f, target) }),
    url: (_f, _t, p) => `/api/v1/assignments/${p.id}`,
    body: () => ({ role: 'contributing' }),
    expect: onlyRoles(STAFF, 200),
  },
  {
    name: 'end an assignment',
    method: 'DELETE',
    targets: ['own', 'other'],
    prepare: async (f, target) => ({ id: await newAssignment(f, target) }),
    url: (_f, _t, p) => `/api/v1/assignments/${p.id}`,
    expect: onlyRoles(STAFF, 200),
  },
  {
    name: 'sign out',
    method: 'POST',
    url: () => '/api/v1/auth/logout',
    expect: onlyRoles(SIGNED_IN, 204),
    freshSession: true,
  },
  {
    name: 'sign out everywhere',
    method: 'POST',
    url: () => '/api/v1/auth/logout-all',
    expect: onlyRoles(SIGNED_IN, 204),
    freshSession: true,
  },
];

let t: TestApp;
let fixture: Fixture;
const emails = new Map<Caller, string>();
const sessions = new Map<Caller, Session>();

beforeAll(async () => {
  t = await startTestApp({ reference: true });
  const { db } = t.database;
  const [a, b] = await db.select().from(schema.institutions).limit(2);
  const [upr] = await db.select().from(schema.mechanisms).where(eq(schema.mechanisms.code, 'UPR'));
  if (!a || !b || !upr) throw new Error('reference data missing');
  const [organization] = await db
    .insert(schema.organizations)
    .values({ name: { en: 'A CSO' } })
    .returning();
  const recs = await db
    .insert(schema.recommendations)
    .values(
      (['own', 'other', 'public'] as const).map((which, i) => ({
        key: `A/HRC/36/6 §144.${i + 1}`,
        date: '2017-07-13',
        textEn: `Recommendation ${which}`,
        mechanismId: upr.id,
        published: which === 'public',
        position: 'pending' as const,
      })),
    )
    .returning();
  const [own, other, pub] = recs;
  if (!own || !other || !pub || !organization) throw new Error('fixture');
  await db.insert(schema.assignments).values([
    { recommendationId: own.id, institutionId: a.id, role: 'lead' },
    { recommendationId: other.id, institutionId: b.id, role: 'lead' },
  ]);
  const contributorA = await addTestUser(t.database, 'contributor', { institutionId: a.id });
  const contributorB = await addTestUser(t.database, 'contributor', { institutionId: b.id });
  const observer = await addTestUser(t.database, 'observer');
  fixture = {
    institutionA: a.id,
    institutionB: b.id,
    organization: organization.id,
    mechanism: upr.id,
    plan: { published: await newPlan(true), draft: await newPlan(false) },
    recommendation: { own: own.id, other: other.id, public: pub.id },
    user: { own: contributorA.id, other: contributorB.id, public: observer.id },
  };
  for (const caller of SIGNED_IN) {
    const role = caller as Role;
    const user = await addTestUser(t.database, role, {
      ...(role === 'focal_point' || role === 'contributor' ? { institutionId: a.id } : {}),
      ...(role === 'cso' ? { organizationId: organization.id } : {}),
    });
    emails.set(caller, user.email);
    sessions.set(caller, await signIn(t.app, user.email));
  }
}, 120_000);
afterAll(async () => t?.close());

/** What any write leaves behind: every write is audited, and versions and counts move. */
async function footprint() {
  const [row] = await rows<Record<string, unknown>>(
    sql`select (select coalesce(max(seq), 0) from ${schema.auditEvents})::float8 as audit,
               (select count(*) from ${schema.users})::int as users,
               (select coalesce(sum(version), 0) from ${schema.users})::int as user_versions,
               (select count(*) from ${schema.sessions})::int as sessions,
               (select coalesce(sum(version), 0) from ${schema.recommendations})::int as rec_versions,
               (select count(*) from ${schema.recommendationTerms})::int as rec_terms,
               (select count(*) from ${schema.importMappings})::int as mappings,
               (select count(*) from ${schema.imports})::int as imports,
               (select count(*) from ${schema.institutions})::int as institutions,
               (select coalesce(sum(version), 0) from ${schema.institutions})::int as institution_versions,
               (select count(*) from ${schema.assignments})::int as assignments,
               (select count(*) from ${schema.actionPlans})::int as plans,
               (select count(*) from ${schema.rounds})::int as rounds,
               (select coalesce(sum(version), 0) from ${schema.actionPlans})::int as plan_versions,
               (select count(*) from ${schema.assignments} where ended_at is null)::int as current_assignments`,
  );
  return row;
}

const cases = ROUTES.flatMap((route) =>
  CALLERS.flatMap((caller) =>
    (route.targets ?? ['none']).map((target) => ({
      label: `${route.method} ${route.name} — ${caller}${target === 'none' ? '' : `, ${target} record`}`,
      route,
      caller,
      target,
    })),
  ),
);

describe('permission matrix', () => {
  it.each(cases)('$label', async ({ route, caller, target }) => {
    const expected = route.expect(caller, target);
    let session = caller === 'anonymous' ? null : (sessions.get(caller) ?? null);
    if (session && route.freshSession) session = await signIn(t.app, emails.get(caller) ?? '');
    const prepared = route.prepare ? await route.prepare(fixture, target) : {};
    const url = await route.url(fixture, target, prepared);
    const body = route.body ? await route.body(fixture, target, prepared) : undefined;
    const before = await footprint();
    const res = await t.app.inject({
      method: route.method,
      url,
      headers: session ? asUser(session) : {},
      ...(body === undefined ? {} : { payload: body as object }),
    });
    expect(res.statusCode, res.body.slice(0, 300)).toBe(expected);
    if (expected >= 400) {
      expect(res.json().error.message).toBeTruthy();
      const after = await footprint();
      // The refused request left nothing behind (what `prepare` made was made before).
      expect(after).toEqual(before);
    } else if (route.method !== 'GET') {
      // Every write is audited: an accepted write appends to the trail.
      expect((await footprint())?.audit).toBeGreaterThan(before?.audit as number);
    }
  });
});
