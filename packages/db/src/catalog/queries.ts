import type { Country, Institution, Mechanism, Term, Vocabulary } from '@tatabbu/domain';
import { asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../connection.js';
import { countries, institutions, mechanisms, settings, terms } from '../schema/index.js';

/** Reference lists are small (at most a few thousand rows): they are read whole. */
export async function listInstitutions(db: Db): Promise<Institution[]> {
  const rows = await db.select().from(institutions).orderBy(asc(institutions.code));
  return rows.map((r) => ({
    id: r.id,
    code: r.code,
    kind: r.kind,
    name: r.name,
    acronym: r.acronym,
    active: r.active,
  }));
}

export async function getInstitution(db: Db, id: string): Promise<Institution | null> {
  const [r] = await db.select().from(institutions).where(eq(institutions.id, id));
  return r
    ? { id: r.id, code: r.code, kind: r.kind, name: r.name, acronym: r.acronym, active: r.active }
    : null;
}

export async function listMechanisms(db: Db): Promise<Mechanism[]> {
  const rows = await db.select().from(mechanisms).orderBy(asc(mechanisms.sort), asc(mechanisms.code));
  return rows.map((r) => ({ id: r.id, code: r.code, type: r.type, name: r.name }));
}

export async function listTerms(db: Db, vocabulary: Vocabulary): Promise<Term[]> {
  const rows = await db
    .select()
    .from(terms)
    .where(eq(terms.vocabulary, vocabulary))
    .orderBy(asc(terms.sort), asc(terms.code));
  return rows.map((r) => ({
    id: r.id,
    vocabulary: r.vocabulary,
    code: r.code,
    parentId: r.parentId,
    name: r.name,
    sort: r.sort,
  }));
}

export async function listCountries(db: Db): Promise<Country[]> {
  const rows = await db.select().from(countries).orderBy(asc(countries.iso2));
  return rows.map((r) => ({ iso2: r.iso2, iso3: r.iso3, name: r.name, unMember: r.unMember }));
}

export async function getSetting(db: Db, key: string): Promise<string | null> {
  const [r] = await db.select({ value: settings.value }).from(settings).where(eq(settings.key, key));
  return r?.value ?? null;
}

export async function setSetting(db: Db, key: string, value: string): Promise<void> {
  await db
    .insert(settings)
    .values({ key, value })
    .onConflictDoUpdate({ target: settings.key, set: { value, updatedAt: sql`now()` } });
}

/** Readiness probe: the database answers. */
export async function ping(db: Db): Promise<void> {
  await db.execute(sql`select 1`);
}
