import { randomUUID } from 'node:crypto';
import {
  createApiToken,
  createRound,
  createUpdate,
  patchRound,
  schema,
  stepUpdate,
  type UpdateStep,
} from '@tatabbu/db';
import { type Role, roundCreateSchema, UPDATE_STATUSES, type UpdateStatus } from '@tatabbu/domain';
import { eq, type SQL, sql } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addTestUser, asUser, type Session, signIn, startTestApp, type TestApp } from './helpers.js';
import { multipart } from './imports-helpers.js';

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
  /** The signed-in callers' own user ids. */
  caller: Partial<Record<Caller, string>>;
  /** Open rounds: `read` and `write` ask A and B, `otherOnly` asks B alone. */
  round: { read: string; write: string; otherOnly: string };
  /** One update of A (own) and one of B (other) in each status, each with an evidence file. */
  update: Record<Owner, Record<UpdateStatus, FixtureUpdate>>;
  /** A published update of A, with a file, on a recommendation that is not public. */
  hiddenSubject: FixtureUpdate;
  /** A measure of the published plan (public) and one of the draft plan (other). */
  measure: { published: string; draft: string };
  /** An evidence file of each of these measures. */
  measureFile: { published: string; draft: string };
}

type Owner = 'own' | 'other';
interface FixtureUpdate {
  id: string;
  recommendationId: string;
  attachmentId: string;
  /** Text only its readers may find in a response. */
  marker: string;
  /** The coordinator's comment on its return: for its institution and staff only. */
  comment: string;
}

/** Ids a row makes before each request (a record to delete, to end …), given to `url` and `body`. */
type Prepared = Record<string, string>;

interface Route {
  name: string;
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  targets?: Target[];
  prepare?: (f: Fixture, target: Target, caller: Caller) => Promise<Prepared>;
  url: (f: Fixture, target: Target, p: Prepared) => string | Promise<string>;
  body?: (f: Fixture, target: Target, p: Prepared) => unknown | Promise<unknown>;
  /** A multipart upload instead of a JSON body: these text fields, then a small PDF. */
  upload?: (f: Fixture, target: Target, p: Prepared) => Record<string, string>;
  expect: (caller: Caller, target: Target) => number;
  /** What an accepted request must (not) show: a list holds only what the caller may read. */
  check?: (res: LightMyRequestResponse, caller: Caller, target: Target, p: Prepared) => void | Promise<void>;
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
async function newRecommendation(
  f: Fixture,
  institutionId: string | null,
  published = false,
): Promise<string> {
  const [rec] = await t.database.db
    .insert(schema.recommendations)
    .values({
      key: `A/HRC/36/6 §145.${sequence++}`,
      date: '2017-07-13',
      textEn: 'A recommendation made for one request',
      mechanismId: f.mechanism,
      published,
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

/** A previewed import with nothing in it, to read or discard. */
async function newImport(): Promise<string> {
  const [row] = await t.database.db
    .insert(schema.imports)
    .values({ format: 'csv', fileName: 'recommendations.csv', status: 'previewed', rows: [] })
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

// ------------------------------------------------------------ follow-up: updates in every status

const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n2 0 obj <</Type /Pages /Kids [] /Count 0>> endobj\n' +
    'trailer <</Root 1 0 R>>\n%%EOF\n',
);
/** The steps that take a new draft to each status (published ones went through a return). */
const STEPS_TO: Record<UpdateStatus, UpdateStep[]> = {
  draft: [],
  submitted: ['submit'],
  returned: ['submit', 'return'],
  validated: ['submit', 'validate'],
  published: ['submit', 'return', 'submit', 'validate', 'publish'],
};
const MEMBERS: Caller[] = ['focal_point', 'contributor'];
const institutionOf = (f: Fixture, owner: Owner) => (owner === 'own' ? f.institutionA : f.institutionB);
const ownerOf = (target: Target): Owner => (target === 'own' ? 'own' : 'other');

/** A new published recommendation assigned (lead) to the owner's institution and asked in `roundId`. */
async function askedRecommendation(
  f: Fixture,
  owner: Owner,
  roundId: string,
  published = true,
): Promise<string> {
  const id = await newRecommendation(f, institutionOf(f, owner), published);
  await t.database.db.insert(schema.roundItems).values({ roundId, recommendationId: id });
  return id;
}

async function uploadAsAdmin(ownerId: string, ownerType = 'progress_update'): Promise<string> {
  const body = multipart({ ownerType, ownerId }, { name: 'evidence.pdf', bytes: PDF });
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/v1/attachments',
    headers: { ...asUser(sessions.get('admin') as Session), 'content-type': body.contentType },
    payload: body.payload,
  });
  if (res.statusCode !== 201) throw new Error(`upload: ${res.statusCode} ${res.body}`);
  return res.json().id;
}

/** An update of the owner's institution taken to `status` through the real workflow, with a file if asked. */
async function newUpdate(
  f: Fixture,
  owner: Owner,
  status: UpdateStatus,
  { roundId = f.round.write, file = false, publicSubject = true } = {},
): Promise<FixtureUpdate> {
  const recommendationId = await askedRecommendation(f, owner, roundId, publicSubject);
  const marker = `Narrative ${randomUUID()}`;
  const comment = `Internal remark ${randomUUID()}`;
  const actor = f.caller.coordinator ?? null;
  const id = await createUpdate(
    t.database.db,
    {
      roundId,
      recommendationId,
      institutionId: institutionOf(f, owner),
      narrative: { en: marker },
      originalLang: 'en',
      proposedStatus: 'implemented',
      progress: 80,
    },
    actor,
  );
  const attachmentId = file ? await uploadAsAdmin(id) : '';
  let version = 0;
  for (const step of STEPS_TO[status]) {
    await stepUpdate(t.database.db, id, step, { version, ...(step === 'return' ? { comment } : {}) }, actor);
    version += 1;
  }
  return { id, recommendationId, attachmentId, marker, comment };
}

const updateVersion = async (id: string): Promise<number> => {
  const [row] = await rows<{ version: number }>(sql`select version from progress_updates where id = ${id}`);
  return row?.version ?? 0;
};

/** Who reads an update: staff all, its institution's members theirs, everyone the published ones. */
const seesUpdate = (caller: Caller, owner: Owner, status: UpdateStatus): boolean =>
  STAFF.includes(caller) || status === 'published' || (MEMBERS.includes(caller) && owner === 'own');
/** Who sees the institution's side of an update (every step, the return comment). */
const internalReader = (caller: Caller, owner: Owner): boolean =>
  STAFF.includes(caller) || (MEMBERS.includes(caller) && owner === 'own');
/** Who may (still) add or remove the files of an update: its own writers while it is a draft. */
const writesFiles = (caller: Caller, owner: Owner, status: UpdateStatus): boolean =>
  (caller === 'admin' || (MEMBERS.includes(caller) && owner === 'own')) && status === 'draft';

/**
 * A workflow step on an update in `status`: anonymous 401; an update the caller may not read does
 * not exist for them (404); one they read but may not act on 403; `allowed` gets `ok`.
 */
const updateStep =
  (status: UpdateStatus, allowed: (caller: Caller, owner: Owner) => boolean, ok: number) =>
  (caller: Caller, target: Target): number => {
    if (caller === 'anonymous') return 401;
    const owner = ownerOf(target);
    if (!seesUpdate(caller, owner, status)) return 404;
    return allowed(caller, owner) ? ok : 403;
  };
const drafts = (caller: Caller, owner: Owner) =>
  caller === 'admin' || (MEMBERS.includes(caller) && owner === 'own');
const submits = (caller: Caller, owner: Owner) =>
  caller === 'admin' || (caller === 'focal_point' && owner === 'own');
const reviews = (caller: Caller) => STAFF.includes(caller);

/** A step route on a new update of the target's institution in `status`. */
const stepRoute = (
  name: string,
  path: string,
  status: UpdateStatus,
  allowed: (caller: Caller, owner: Owner) => boolean,
  body: (version: number) => object = (version) => ({ version }),
  ok = 200,
): Route => ({
  name: `${name} (${status} update)`,
  method: path ? 'POST' : 'PATCH',
  targets: ['own', 'other'],
  prepare: async (f, target) => ({ id: (await newUpdate(f, ownerOf(target), status)).id }),
  url: (_f, _t, p) => `/api/v1/updates/${p.id}${path ? `/${path}` : ''}`,
  body: async (_f, _t, p) => body(await updateVersion(p.id as string)),
  expect: updateStep(status, allowed, ok),
});

/** The response says nothing of an update the caller may not read, nor the institution's side of one. */
function showsNoHiddenUpdate(text: string, caller: Caller) {
  for (const owner of ['own', 'other'] as const) {
    for (const status of UPDATE_STATUSES) {
      const u = fixture.update[owner][status];
      if (!seesUpdate(caller, owner, status)) {
        expect(text, `${owner} ${status} update`).not.toContain(u.id);
        expect(text, `${owner} ${status} update`).not.toContain(u.marker);
      }
      if (!internalReader(caller, owner)) expect(text, `${owner} ${status} comment`).not.toContain(u.comment);
    }
  }
}

/** A draft round asking institution A about its recommendation. */
async function draftRound(f: Fixture): Promise<string> {
  const input = roundCreateSchema.parse({
    title: { en: 'Draft round' },
    deadline: '2099-12-31',
    recommendationIds: [f.recommendation.own],
  });
  return (await createRound(t.database.db, { kind: 'all' }, input, f.caller.coordinator ?? null)).id;
}

async function newNotification(userId: string): Promise<string> {
  const [row] = await t.database.db
    .insert(schema.notifications)
    .values({ key: `test:${randomUUID()}`, userId, kind: 'assignment', payload: { recipient: userId } })
    .returning();
  return row?.id ?? '';
}

/** A live read token of `userId`, made directly (its secret is never needed here). */
async function newApiToken(userId: string): Promise<string> {
  const token = await createApiToken(
    t.database.db,
    {
      userId,
      name: 'Integration',
      tokenHash: randomUUID(),
      prefix: 'ttb_test',
      scopes: ['read'],
      expiresAt: null,
    },
    userId,
  );
  return token.id;
}

async function newMeasure(planId: string): Promise<string> {
  const [row] = await t.database.db
    .insert(schema.measures)
    .values({ planId, number: `M-${randomUUID().slice(0, 6)}`, name: { en: 'A measure' } })
    .returning();
  return row?.id ?? '';
}

async function newIndicator(f: Fixture): Promise<string> {
  const [row] = await t.database.db
    .insert(schema.indicators)
    .values({ measureId: f.measure.draft, name: { en: 'An indicator' } })
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
    url: () => '/api/v1/recommendations?pageSize=100',
    expect: everyone(200),
    check: (res, caller) => {
      const ids = res.json().items.map((r: { id: string }) => r.id);
      for (const target of RECORDS)
        expect(ids.includes(recommendationOf(fixture, target)), target).toBe(
          recommendationRead(caller, target) === 200,
        );
    },
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
    check: (res, caller) => {
      // The fixture's recommendations are §144.1 (own), §144.2 (other), §144.3 (public).
      RECORDS.forEach((target, i) => {
        expect(res.body.includes(`§144.${i + 1}`), target).toBe(recommendationRead(caller, target) === 200);
      });
    },
  },
  {
    name: "a mechanism's reviews with the counts the caller may see",
    method: 'GET',
    url: () => '/api/v1/mechanisms/UPR/reviews',
    expect: everyone(200),
    check: (res) => expect(res.json().mechanism.code).toBe('UPR'),
  },
  {
    name: "an SDG goal's targets with the counts the caller may see",
    method: 'GET',
    url: async () => {
      const [goal] = await t.database.db
        .select({ id: schema.terms.id })
        .from(schema.terms)
        .where(eq(schema.terms.vocabulary, 'sdg_goal'))
        .limit(1);
      return `/api/v1/terms/${goal?.id}/children`;
    },
    expect: everyone(200),
    check: (res) => expect(res.json().items.length).toBeGreaterThan(0),
  },
  {
    name: 'the open-data dictionary',
    method: 'GET',
    url: () => '/api/v1/open-data/dictionary?lang=ar',
    expect: everyone(200),
  },
  {
    name: 'the exchange JSON Schema',
    method: 'GET',
    url: () => '/api/v1/open-data/tatabbu-exchange.v1.schema.json',
    expect: everyone(200),
  },
  {
    name: 'the dashboard (the public: its public parts)',
    method: 'GET',
    url: () => '/api/v1/dashboard',
    expect: everyone(200),
    check: (res, caller) => {
      const body = res.json();
      const institutionChart = body.charts.some((c: { dimension: string }) => c.dimension === 'institution');
      expect(institutionChart).toBe(caller !== 'anonymous');
      expect(body.attention.withoutLead === null).toBe(caller === 'anonymous');
      if (caller === 'anonymous') expect(body.rounds).toBeNull();
      // Rounds are staff's and the asked institutions' business; CSOs and observers see none.
      else if (caller === 'cso' || caller === 'observer') expect(body.rounds).toEqual([]);
      else expect(body.rounds.length).toBeGreaterThan(0);
    },
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
  {
    name: 'the audit vocabulary',
    method: 'GET',
    url: () => '/api/v1/audit/vocabulary',
    expect: onlyRoles(STAFF, 200),
  },
  {
    name: 'read an import',
    method: 'GET',
    prepare: async () => ({ id: await newImport() }),
    url: (_f, _t, p) => `/api/v1/imports/${p.id}`,
    expect: onlyRoles(STAFF, 200),
  },
  // Writes
  {
    name: 'discard a previewed import',
    method: 'POST',
    prepare: async () => ({ id: await newImport() }),
    url: (_f, _t, p) => `/api/v1/imports/${p.id}/discard`,
    body: () => ({ version: 0 }),
    expect: onlyRoles(STAFF, 200),
  },
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
  {
    name: 'list action plans (the public: published ones)',
    method: 'GET',
    url: () => '/api/v1/plans',
    expect: everyone(200),
    check: (res, caller) => {
      const ids = res.json().items.map((p: { id: string }) => p.id);
      expect(ids).toContain(fixture.plan.published);
      expect(ids.includes(fixture.plan.draft)).toBe([...STAFF, ...MEMBERS].includes(caller));
    },
  },
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
  {
    name: 'withdraw an action plan',
    method: 'POST',
    prepare: async () => ({ id: await newPlan(true) }),
    url: (_f, _t, p) => `/api/v1/plans/${p.id}/unpublish`,
    body: () => ({ version: 0 }),
    expect: onlyRoles(STAFF, 200),
  },
  {
    name: 'add an axis to an action plan',
    method: 'POST',
    prepare: async () => ({ id: await newPlan(false) }),
    url: (_f, _t, p) => `/api/v1/plans/${p.id}/axes`,
    body: () => ({ number: '1', name: { en: 'An axis' } }),
    expect: onlyRoles(STAFF, 201),
  },
  {
    name: 'change an axis',
    method: 'PATCH',
    prepare: async () => {
      const planId = await newPlan(false);
      const [axis] = await t.database.db
        .insert(schema.planAxes)
        .values({ planId, number: '1', name: { en: 'An axis' } })
        .returning();
      return { planId, axisId: axis?.id ?? '' };
    },
    url: (_f, _t, p) => `/api/v1/plans/${p.planId}/axes/${p.axisId}`,
    body: () => ({ version: 0, name: { en: 'Renamed axis' } }),
    expect: onlyRoles(STAFF, 200),
  },
  {
    name: 'list measures (the public: those of published plans)',
    method: 'GET',
    url: () => '/api/v1/measures?pageSize=500',
    expect: everyone(200),
    check: (res, caller) => {
      const ids = res.json().items.map((m: { id: string }) => m.id);
      expect(ids).toContain(fixture.measure.published);
      expect(ids.includes(fixture.measure.draft)).toBe([...STAFF, ...MEMBERS].includes(caller));
    },
  },
  {
    name: 'read a measure (public: of the published plan; other: of the draft plan)',
    method: 'GET',
    targets: ['other', 'public'],
    url: (f, target) => `/api/v1/measures/${target === 'public' ? f.measure.published : f.measure.draft}`,
    expect: (caller, target) => (target === 'public' || [...STAFF, ...MEMBERS].includes(caller) ? 200 : 404),
    check: (res, caller, target) => {
      if (target !== 'public') return;
      // The published measure implements all three recommendations: the card lists those the caller reads.
      for (const which of RECORDS)
        expect(res.body.includes(recommendationOf(fixture, which)), which).toBe(
          recommendationRead(caller, which) === 200,
        );
    },
  },
  {
    name: "a recommendation's measures",
    method: 'GET',
    targets: RECORDS,
    url: (f, target) => `/api/v1/recommendations/${recommendationOf(f, target)}/measures`,
    expect: recommendationRead,
    check: (res, caller, target) => {
      if (target !== 'public') return;
      const ids = res.json().items.map((m: { id: string }) => m.id);
      expect(ids).toContain(fixture.measure.published);
      expect(ids.includes(fixture.measure.draft)).toBe([...STAFF, ...MEMBERS].includes(caller));
    },
  },
  {
    name: 'create a measure',
    method: 'POST',
    url: () => '/api/v1/measures',
    body: (f) => ({
      planId: f.plan.draft,
      number: `N-${randomUUID().slice(0, 6)}`,
      name: { en: 'New measure' },
    }),
    expect: onlyRoles(STAFF, 201),
  },
  {
    name: 'change a measure',
    method: 'PATCH',
    prepare: async (f) => ({ id: await newMeasure(f.plan.draft) }),
    url: (_f, _t, p) => `/api/v1/measures/${p.id}`,
    body: () => ({ version: 0, name: { en: 'Renamed measure' } }),
    expect: onlyRoles(STAFF, 200),
  },
  {
    name: 'link a recommendation to a measure',
    method: 'POST',
    prepare: async (f) => ({ id: await newMeasure(f.plan.draft) }),
    url: (_f, _t, p) => `/api/v1/measures/${p.id}/recommendations`,
    body: (f) => ({ recommendationIds: [f.recommendation.public] }),
    expect: onlyRoles(STAFF, 200),
  },
  {
    name: 'unlink a recommendation from a measure',
    method: 'DELETE',
    prepare: async (f) => {
      const id = await newMeasure(f.plan.draft);
      await t.database.db
        .insert(schema.measureRecommendations)
        .values({ measureId: id, recommendationId: f.recommendation.public });
      return { id };
    },
    url: (f, _t, p) => `/api/v1/measures/${p.id}/recommendations/${f.recommendation.public}`,
    expect: onlyRoles(STAFF, 200),
  },
  {
    name: 'add an indicator',
    method: 'POST',
    url: () => '/api/v1/indicators',
    body: (f) => ({ measureId: f.measure.draft, name: { en: 'New indicator' } }),
    expect: onlyRoles(STAFF, 201),
  },
  {
    name: 'change an indicator',
    method: 'PATCH',
    prepare: async (f) => ({ id: await newIndicator(f) }),
    url: (_f, _t, p) => `/api/v1/indicators/${p.id}`,
    body: () => ({ version: 0, name: { en: 'Renamed indicator' } }),
    expect: onlyRoles(STAFF, 200),
  },
  {
    name: 'record an indicator value',
    method: 'POST',
    prepare: async (f) => ({ id: await newIndicator(f) }),
    url: (_f, _t, p) => `/api/v1/indicators/${p.id}/values`,
    body: () => ({ date: '2025-12-31', value: 42, source: 'Annual report' }),
    expect: onlyRoles(STAFF, 200),
  },
  {
    name: 'remove an indicator value',
    method: 'DELETE',
    prepare: async (f) => {
      const id = await newIndicator(f);
      const [value] = await t.database.db
        .insert(schema.indicatorValues)
        .values({ indicatorId: id, date: '2025-12-31', value: 42 })
        .returning();
      return { id, valueId: value?.id ?? '' };
    },
    url: (_f, _t, p) => `/api/v1/indicators/${p.id}/values/${p.valueId}`,
    expect: onlyRoles(STAFF, 200),
  },
  // Follow-up rounds: staff and the institutions asked read them, coordinators create them.
  {
    name: 'list follow-up rounds',
    method: 'GET',
    url: () => '/api/v1/rounds?pageSize=100',
    expect: onlyRoles([...STAFF, 'focal_point', 'contributor'], 200),
    check: (res, caller) => {
      const items = res.json().items as { id: string; status: string }[];
      const ids = items.map((r) => r.id);
      expect(ids).toEqual(expect.arrayContaining([fixture.round.read, fixture.round.write]));
      // An institution sees the rounds that ask it, once they are open.
      if (MEMBERS.includes(caller)) {
        expect(ids).not.toContain(fixture.round.otherOnly);
        expect(items.every((r) => r.status !== 'draft')).toBe(true);
      } else expect(ids).toContain(fixture.round.otherOnly);
    },
  },
  {
    name: 'read a draft follow-up round (asks A)',
    method: 'GET',
    prepare: async (f) => ({ id: await draftRound(f) }),
    url: (_f, _t, p) => `/api/v1/rounds/${p.id}`,
    expect: (caller) => (STAFF.includes(caller) ? 200 : MEMBERS.includes(caller) ? 404 : refusal(caller)),
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
  // Follow-up rounds: reading one, changing one.
  {
    name: 'read a follow-up round (own: asks A and B; other: asks B only)',
    method: 'GET',
    targets: ['own', 'other'],
    url: (f, target) => `/api/v1/rounds/${target === 'own' ? f.round.read : f.round.otherOnly}`,
    expect: (caller, target) => {
      if (STAFF.includes(caller)) return 200;
      if (MEMBERS.includes(caller)) return target === 'own' ? 200 : 404;
      return refusal(caller);
    },
    check: (res, caller) => {
      if (!MEMBERS.includes(caller)) return;
      // An institution sees its own part of the round only.
      const round = res.json();
      expect(round.institutions.map((i: { institution: { id: string } }) => i.institution.id)).toEqual([
        fixture.institutionA,
      ]);
      for (const item of round.items)
        for (const i of item.institutions) expect(i.institutionId).toBe(fixture.institutionA);
      showsNoHiddenUpdate(res.body, caller);
    },
  },
  {
    name: 'change a follow-up round',
    method: 'PATCH',
    prepare: async (f) => ({ id: await draftRound(f) }),
    url: (_f, _t, p) => `/api/v1/rounds/${p.id}`,
    body: () => ({ version: 0, title: { en: 'Renamed round' } }),
    expect: onlyRoles(STAFF, 200),
  },
  {
    name: 'my home',
    method: 'GET',
    url: () => '/api/v1/me/home',
    expect: onlyRoles(SIGNED_IN, 200),
    check: (res, caller) => {
      const home = res.json();
      showsNoHiddenUpdate(res.body, caller);
      if (MEMBERS.includes(caller)) {
        expect(home.institution.id).toBe(fixture.institutionA);
        const returned = home.returned.map((u: { id: string }) => u.id);
        expect(returned).toContain(fixture.update.own.returned.id);
        expect(returned).not.toContain(fixture.update.other.returned.id);
      } else if (!STAFF.includes(caller)) {
        expect(home.institution).toBeNull();
        expect([home.assigned.lead, home.due.total, home.returned.length, home.toReview.total]).toEqual([
          0, 0, 0, 0,
        ]);
      }
    },
  },
  // Progress updates: reads by content and by status, then every step.
  {
    name: 'list the progress updates of a round',
    method: 'GET',
    url: (f) => `/api/v1/updates?round=${f.round.read}&pageSize=100`,
    expect: everyone(200),
    check: (res, caller) => {
      const expected = (['own', 'other'] as const).flatMap((owner) =>
        UPDATE_STATUSES.filter((status) => seesUpdate(caller, owner, status)).map(
          (status) => fixture.update[owner][status].id,
        ),
      );
      const listed = res.json().items.map((u: { id: string }) => u.id);
      expect([...listed].sort()).toEqual([...expected].sort());
      showsNoHiddenUpdate(res.body, caller);
    },
  },
  ...UPDATE_STATUSES.map(
    (status): Route => ({
      name: `read a ${status} progress update`,
      method: 'GET',
      targets: ['own', 'other'],
      url: (f, target) => `/api/v1/updates/${f.update[ownerOf(target)][status].id}`,
      expect: (caller, target) => (seesUpdate(caller, ownerOf(target), status) ? 200 : 404),
      check: (res, caller, target) => {
        const update = res.json();
        if (internalReader(caller, ownerOf(target))) return;
        // Outsiders see that it was submitted, validated, published — no drafts, no returns, no names.
        expect(update.reviewComment).toBeNull();
        for (const v of update.versions) {
          expect(['submit', 'validate', 'publish']).toContain(v.action);
          expect(v.actorName).toBeNull();
        }
        expect(res.body).not.toContain(fixture.update[ownerOf(target)][status].comment);
      },
    }),
  ),
  ...UPDATE_STATUSES.map(
    (status): Route => ({
      name: `read a recommendation with a ${status} update`,
      method: 'GET',
      targets: ['own', 'other'],
      url: (f, target) => `/api/v1/recommendations/${f.update[ownerOf(target)][status].recommendationId}`,
      expect: everyone(200),
      check: (res, caller) => showsNoHiddenUpdate(res.body, caller),
    }),
  ),
  ...UPDATE_STATUSES.map(
    (status): Route => ({
      name: `history of a recommendation with a ${status} update`,
      method: 'GET',
      targets: ['own', 'other'],
      url: (f, target) =>
        `/api/v1/recommendations/${f.update[ownerOf(target)][status].recommendationId}/history`,
      expect: everyone(200),
      check: (res, caller) => showsNoHiddenUpdate(res.body, caller),
    }),
  ),
  // A published update on a recommendation that is not public stays with staff and its institution.
  ...(
    [
      ['read it', (f: Fixture) => `/api/v1/updates/${f.hiddenSubject.id}`],
      [
        'list its files',
        (f: Fixture) => `/api/v1/attachments?ownerType=progress_update&ownerId=${f.hiddenSubject.id}`,
      ],
      ['download its file', (f: Fixture) => `/api/v1/attachments/${f.hiddenSubject.attachmentId}/content`],
    ] as const
  ).map(
    ([what, url]): Route => ({
      name: `published update on a non-public recommendation: ${what}`,
      method: 'GET',
      url,
      expect: (caller) => ([...STAFF, ...MEMBERS].includes(caller) ? 200 : 404),
    }),
  ),
  {
    name: 'published update on a non-public recommendation: save it',
    method: 'PATCH',
    url: (f) => `/api/v1/updates/${f.hiddenSubject.id}`,
    body: async (f) => ({ version: await updateVersion(f.hiddenSubject.id), narrative: { en: 'Rewritten' } }),
    expect: (caller) => {
      if (caller === 'anonymous') return 401;
      if (caller === 'coordinator') return 403;
      return caller === 'admin' || MEMBERS.includes(caller) ? 409 : 404;
    },
  },
  {
    name: 'start a progress update',
    method: 'POST',
    targets: ['own', 'other'],
    prepare: async (f, target) => ({ id: await askedRecommendation(f, ownerOf(target), f.round.write) }),
    url: () => '/api/v1/updates',
    body: (f, target, p) => ({
      roundId: f.round.write,
      recommendationId: p.id,
      institutionId: institutionOf(f, ownerOf(target)),
      narrative: { en: 'We started' },
    }),
    expect: (caller, target) => {
      if (caller === 'anonymous') return 401;
      return drafts(caller, ownerOf(target)) ? 201 : 403;
    },
  },
  stepRoute('save', '', 'draft', drafts, (version) => ({ version, narrative: { en: 'Saved' } })),
  stepRoute('save', '', 'returned', drafts, (version) => ({ version, narrative: { en: 'Corrected' } })),
  // Published: nobody rewrites it — its institution is told the step is not allowed (409).
  stepRoute('save', '', 'published', drafts, (version) => ({ version, narrative: { en: 'Rewritten' } }), 409),
  stepRoute('submit', 'submit', 'draft', submits),
  stepRoute('resubmit', 'submit', 'returned', submits),
  stepRoute('return', 'return', 'submitted', reviews, (version) => ({ version, comment: 'Add the decree' })),
  stepRoute('validate', 'validate', 'submitted', reviews),
  stepRoute('publish', 'publish', 'validated', reviews),
  // Evidence files of updates: the update decides who sees them and who may still change them.
  ...(['draft', 'published'] as const).flatMap((status): Route[] => [
    {
      name: `add a file to a ${status} update`,
      method: 'POST',
      targets: ['own', 'other'],
      prepare: async (f, target) => ({ id: (await newUpdate(f, ownerOf(target), status)).id }),
      url: () => '/api/v1/attachments',
      upload: (_f, _t, p) => ({ ownerType: 'progress_update', ownerId: p.id as string }),
      expect: updateStep(status, (caller, owner) => writesFiles(caller, owner, status), 201),
    },
    {
      name: `list the files of a ${status} update`,
      method: 'GET',
      targets: ['own', 'other'],
      url: (f, target) =>
        `/api/v1/attachments?ownerType=progress_update&ownerId=${f.update[ownerOf(target)][status].id}`,
      expect: (caller, target) => (seesUpdate(caller, ownerOf(target), status) ? 200 : 404),
      check: (res, caller, target) => {
        const list = res.json();
        expect(list.items.map((a: { id: string }) => a.id)).toEqual([
          fixture.update[ownerOf(target)][status].attachmentId,
        ]);
        expect(list.canEdit).toBe(writesFiles(caller, ownerOf(target), status));
      },
    },
    {
      name: `download a file of a ${status} update`,
      method: 'GET',
      targets: ['own', 'other'],
      url: (f, target) => `/api/v1/attachments/${f.update[ownerOf(target)][status].attachmentId}/content`,
      expect: (caller, target) => (seesUpdate(caller, ownerOf(target), status) ? 200 : 404),
      check: (res) => expect(res.rawPayload.equals(PDF)).toBe(true),
    },
    {
      name: `remove a file of a ${status} update`,
      method: 'DELETE',
      targets: ['own', 'other'],
      prepare: async (f, target) => ({
        id: (await newUpdate(f, ownerOf(target), status, { file: true })).attachmentId,
      }),
      url: (_f, _t, p) => `/api/v1/attachments/${p.id}`,
      expect: updateStep(status, (caller, owner) => writesFiles(caller, owner, status), 204),
    },
  ]),
  // Evidence files of measures: those of a draft plan are not public; coordinators manage them.
  {
    name: 'add a file to a measure',
    method: 'POST',
    targets: ['other', 'public'],
    url: () => '/api/v1/attachments',
    upload: (f, target) => ({
      ownerType: 'measure',
      ownerId: target === 'public' ? f.measure.published : f.measure.draft,
    }),
    expect: (caller, target) => {
      if (caller === 'anonymous') return 401;
      if (target === 'other' && !['admin', 'coordinator', ...MEMBERS].includes(caller)) return 404;
      return STAFF.includes(caller) ? 201 : 403;
    },
  },
  {
    name: 'list the files of a measure',
    method: 'GET',
    targets: ['other', 'public'],
    url: (f, target) =>
      `/api/v1/attachments?ownerType=measure&ownerId=${target === 'public' ? f.measure.published : f.measure.draft}`,
    expect: (caller, target) => (target === 'public' || [...STAFF, ...MEMBERS].includes(caller) ? 200 : 404),
    check: (res, caller, target) => {
      // (The rows that add files to these measures may have run before.)
      expect(res.json().items.map((a: { id: string }) => a.id)).toContain(
        target === 'public' ? fixture.measureFile.published : fixture.measureFile.draft,
      );
      expect(res.json().canEdit).toBe(STAFF.includes(caller));
    },
  },
  {
    name: 'download a file of a measure',
    method: 'GET',
    targets: ['other', 'public'],
    url: (f, target) =>
      `/api/v1/attachments/${target === 'public' ? f.measureFile.published : f.measureFile.draft}/content`,
    expect: (caller, target) => (target === 'public' || [...STAFF, ...MEMBERS].includes(caller) ? 200 : 404),
    check: (res) => expect(res.rawPayload.equals(PDF)).toBe(true),
  },
  // Notifications: each user their own.
  {
    name: 'my notifications',
    method: 'GET',
    prepare: async (f, _t, caller) => {
      await newNotification(f.user.other);
      if (f.caller[caller]) await newNotification(f.caller[caller]);
      return {};
    },
    url: () => '/api/v1/notifications',
    expect: onlyRoles(SIGNED_IN, 200),
    check: (res, caller) => {
      const items = res.json().items as { payload: { recipient?: string } }[];
      expect(items.length).toBeGreaterThan(0);
      for (const n of items) expect(n.payload.recipient).toBe(fixture.caller[caller]);
    },
  },
  {
    name: 'mark a notification read (own: mine; other: someone else’s)',
    method: 'POST',
    targets: ['own', 'other'],
    prepare: async (f, target, caller) => ({
      id: await newNotification(target === 'own' ? (f.caller[caller] ?? f.user.own) : f.user.other),
    }),
    url: (_f, _t, p) => `/api/v1/notifications/${p.id}/read`,
    expect: (caller, target) => (caller === 'anonymous' ? 401 : target === 'own' ? 204 : 404),
  },
  {
    name: 'mark all my notifications read',
    method: 'POST',
    prepare: async (f, _t, caller) => ({
      other: await newNotification(f.user.other),
      mine: f.caller[caller] ? await newNotification(f.caller[caller]) : '',
    }),
    url: () => '/api/v1/notifications/read-all',
    expect: onlyRoles(SIGNED_IN, 200),
    check: async (res, _c, _t, p) => {
      expect(res.json().marked).toBeGreaterThan(0);
      // Someone else's stays unread.
      const [other] = await rows<{ read_at: string | null }>(
        sql`select read_at from notifications where id = ${p.other}`,
      );
      expect(other?.read_at).toBeNull();
    },
  },
  {
    name: 'my e-mail preferences',
    method: 'GET',
    url: () => '/api/v1/notifications/preferences',
    expect: onlyRoles(SIGNED_IN, 200),
  },
  {
    name: 'change my e-mail preferences',
    method: 'PUT',
    url: () => '/api/v1/notifications/preferences',
    body: () => ({ emailDigest: true }),
    expect: onlyRoles(SIGNED_IN, 200),
  },
  {
    name: 'invite a contributor',
    method: 'POST',
    targets: ['own', 'other'],
    url: () => '/api/v1/invitations',
    body: (f, target) => ({
      email: `invited-${randomUUID()}@example.org`,
      name: 'Invited contributor',
      role: 'contributor',
      institutionId: institutionOf(f, ownerOf(target)),
    }),
    expect: (caller, target) => (managesUser(caller, target) ? 201 : refusal(caller)),
  },
  {
    name: 'invite an observer',
    method: 'POST',
    url: () => '/api/v1/invitations',
    body: () => ({
      email: `invited-${randomUUID()}@example.org`,
      name: 'Invited observer',
      role: 'observer',
    }),
    expect: onlyRoles(['admin'], 201),
  },
  // Personal API tokens: everyone signed in manages their own; administrators anyone's.
  {
    name: 'list my API tokens',
    method: 'GET',
    url: () => '/api/v1/me/tokens',
    expect: onlyRoles(SIGNED_IN, 200),
  },
  {
    name: 'create an API token',
    method: 'POST',
    url: () => '/api/v1/me/tokens',
    body: () => ({ name: 'Integration', scopes: ['read'] }),
    expect: onlyRoles(SIGNED_IN, 201),
  },
  {
    name: 'revoke my API token',
    method: 'DELETE',
    prepare: async (f, _target, caller) => ({
      id: await newApiToken(f.caller[caller] ?? f.caller.admin ?? ''),
    }),
    url: (_f, _t, p) => `/api/v1/me/tokens/${p.id}`,
    expect: onlyRoles(SIGNED_IN, 200),
  },
  {
    name: "list a user's API tokens",
    method: 'GET',
    targets: RECORDS,
    url: (f, target) => `/api/v1/users/${userOf(f, target)}/tokens`,
    expect: onlyRoles(['admin'], 200),
  },
  {
    name: "revoke a user's API token",
    method: 'DELETE',
    targets: RECORDS,
    prepare: async (f, target) => ({ id: await newApiToken(userOf(f, target)) }),
    url: (f, target, p) => `/api/v1/users/${userOf(f, target)}/tokens/${p.id}`,
    expect: onlyRoles(['admin'], 200),
  },
  // Generated documents: the matrix for every signed-in user (their own scope), the report and the
  // measure cards for staff, an institution's sheet for staff and its own members.
  {
    name: 'generate an implementation matrix',
    method: 'POST',
    url: () => '/api/v1/documents',
    body: () => ({ kind: 'matrix', lang: 'fr', filters: { mechanism: ['NONE'] } }),
    expect: onlyRoles(SIGNED_IN, 202),
  },
  {
    name: 'generate a report draft',
    method: 'POST',
    url: () => '/api/v1/documents',
    body: () => ({ kind: 'report', lang: 'ar', filters: { mechanism: ['NONE'] } }),
    expect: onlyRoles(STAFF, 202),
  },
  {
    name: 'generate the measure cards of a published plan',
    method: 'POST',
    url: () => '/api/v1/documents',
    body: (f) => ({ kind: 'measure_cards', lang: 'en', planId: f.plan.published }),
    expect: onlyRoles(STAFF, 202),
  },
  {
    name: "generate an institution's summary sheet",
    method: 'POST',
    targets: ['own', 'other'],
    url: () => '/api/v1/documents',
    body: (f, target) => ({
      kind: 'institution_sheet',
      lang: 'fr',
      institutionId: target === 'own' ? f.institutionA : f.institutionB,
    }),
    expect: (caller, target) =>
      STAFF.includes(caller) || (MEMBERS.includes(caller) && target === 'own') ? 202 : refusal(caller),
  },
  {
    name: 'list my generated documents',
    method: 'GET',
    url: () => '/api/v1/documents',
    expect: onlyRoles(SIGNED_IN, 200),
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
  const plan = { published: await newPlan(true), draft: await newPlan(false) };
  fixture = {
    institutionA: a.id,
    institutionB: b.id,
    organization: organization.id,
    mechanism: upr.id,
    plan,
    recommendation: { own: own.id, other: other.id, public: pub.id },
    user: { own: contributorA.id, other: contributorB.id, public: observer.id },
    caller: {},
    round: { read: '', write: '', otherOnly: '' },
    update: { own: {}, other: {} } as Fixture['update'],
    hiddenSubject: { id: '', recommendationId: '', attachmentId: '', marker: '', comment: '' },
    measureFile: { published: '', draft: '' },
    measure: { published: await newMeasure(plan.published), draft: await newMeasure(plan.draft) },
  };
  // The public recommendation is implemented by a measure of each plan.
  await db.insert(schema.measureRecommendations).values([
    { measureId: fixture.measure.published, recommendationId: pub.id },
    { measureId: fixture.measure.published, recommendationId: own.id },
    { measureId: fixture.measure.published, recommendationId: other.id },
    { measureId: fixture.measure.draft, recommendationId: pub.id },
  ]);
  for (const caller of SIGNED_IN) {
    const role = caller as Role;
    const user = await addTestUser(t.database, role, {
      ...(role === 'focal_point' || role === 'contributor' ? { institutionId: a.id } : {}),
      ...(role === 'cso' ? { organizationId: organization.id } : {}),
    });
    emails.set(caller, user.email);
    fixture.caller[caller] = user.id;
    sessions.set(caller, await signIn(t.app, user.email));
  }
  const openRound = async (recommendationIds: string[]) => {
    const input = roundCreateSchema.parse({
      title: { en: 'Round' },
      deadline: '2099-12-31',
      recommendationIds,
    });
    const round = await createRound(db, { kind: 'all' }, input, fixture.caller.coordinator ?? null);
    await patchRound(
      db,
      round.id,
      { version: round.version, status: 'open' },
      fixture.caller.coordinator ?? null,
    );
    return round.id;
  };
  fixture.round = {
    read: await openRound([own.id, other.id]),
    write: await openRound([own.id, other.id]),
    otherOnly: await openRound([other.id]),
  };
  fixture.measureFile = {
    published: await uploadAsAdmin(fixture.measure.published, 'measure'),
    draft: await uploadAsAdmin(fixture.measure.draft, 'measure'),
  };
  fixture.hiddenSubject = await newUpdate(fixture, 'own', 'published', { file: true, publicSubject: false });
  for (const owner of ['own', 'other'] as const) {
    for (const status of UPDATE_STATUSES) {
      fixture.update[owner][status] = await newUpdate(fixture, owner, status, {
        roundId: fixture.round.read,
        file: true,
      });
    }
  }
}, 120_000);
afterAll(async () => t?.close());

/** The last event of the audit trail. */
async function auditHead(): Promise<number> {
  const [row] = await rows<{ seq: number }>(
    sql`select coalesce(max(seq), 0)::float8 as seq from ${schema.auditEvents}`,
  );
  return row?.seq ?? 0;
}

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
               (select coalesce(sum(version), 0) from ${schema.imports})::int as import_versions,
               (select count(*) from ${schema.institutions})::int as institutions,
               (select coalesce(sum(version), 0) from ${schema.institutions})::int as institution_versions,
               (select count(*) from ${schema.assignments})::int as assignments,
               (select count(*) from ${schema.actionPlans})::int as plans,
               (select count(*) from ${schema.rounds})::int as rounds,
               (select coalesce(sum(version), 0) from ${schema.actionPlans})::int as plan_versions,
               (select count(*) from ${schema.assignments} where ended_at is null)::int as current_assignments,
               (select coalesce(sum(version), 0) from ${schema.rounds})::int as round_versions,
               (select count(*) from ${schema.progressUpdates})::int as updates,
               (select coalesce(sum(version), 0) from ${schema.progressUpdates})::int as update_versions,
               (select count(*) from ${schema.progressUpdateVersions})::int as kept_versions,
               (select count(*) from ${schema.statusChanges})::int as status_changes,
               (select count(*) from ${schema.attachments})::int as attachments,
               (select count(*) from ${schema.attachments} where deleted_at is not null)::int as removed_files,
               (select count(*) from ${schema.notifications} where read_at is not null)::int as read_notifications,
               (select count(*) from ${schema.users} where email_digest)::int as digests,
               (select count(*) from ${schema.invitations})::int as invitations,
               (select count(*) from ${schema.emailOutbox})::int as emails,
               (select count(*) from ${schema.planAxes})::int as axes,
               (select coalesce(sum(version), 0) from ${schema.planAxes})::int as axis_versions,
               (select count(*) from ${schema.measures})::int as measures,
               (select coalesce(sum(version), 0) from ${schema.measures})::int as measure_versions,
               (select count(*) from ${schema.measureRecommendations})::int as measure_links,
               (select count(*) from ${schema.indicators})::int as indicators,
               (select coalesce(sum(version), 0) from ${schema.indicators})::int as indicator_versions,
               (select count(*) from ${schema.indicatorValues})::int as indicator_values,
               (select count(*) from ${schema.actionPlans} where published)::int as published_plans,
               (select count(*) from ${schema.apiTokens})::int as api_tokens,
               (select count(*) from ${schema.apiTokens} where revoked_at is not null)::int as revoked_tokens`,
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
  // One named test per case (a plain loop: `it.each` would cut the long labels short).
  for (const { label, route, caller, target } of cases)
    it(label, async () => {
      const expected = route.expect(caller, target);
      let session = caller === 'anonymous' ? null : (sessions.get(caller) ?? null);
      if (session && route.freshSession) session = await signIn(t.app, emails.get(caller) ?? '');
      const prepared = route.prepare ? await route.prepare(fixture, target, caller) : {};
      const url = await route.url(fixture, target, prepared);
      const body = route.body ? await route.body(fixture, target, prepared) : undefined;
      const form = route.upload
        ? multipart(route.upload(fixture, target, prepared), { name: 'evidence.pdf', bytes: PDF })
        : null;
      const refused = expected >= 400;
      const write = route.method !== 'GET';
      // A refused request is compared whole; an accepted write by its audit trail; an accepted read not at all.
      const before = refused ? await footprint() : undefined;
      const auditBefore = !refused && write ? await auditHead() : 0;
      const res = await t.app.inject({
        method: route.method,
        url,
        headers: {
          ...(session ? asUser(session) : {}),
          ...(form ? { 'content-type': form.contentType } : {}),
        },
        ...(form ? { payload: form.payload } : body === undefined ? {} : { payload: body as object }),
      });
      expect(res.statusCode, res.body.slice(0, 300)).toBe(expected);
      if (expected < 400 && route.check) await route.check(res, caller, target, prepared);
      if (refused) {
        expect(res.json().error.message).toBeTruthy();
        const after = await footprint();
        // The refused request left nothing behind (what `prepare` made was made before).
        expect(after).toEqual(before);
      } else if (write) {
        // Every write is audited: an accepted write appends to the trail.
        expect(await auditHead()).toBeGreaterThan(auditBefore);
      }
    });
});
