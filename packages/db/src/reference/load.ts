import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { VOCABULARIES, type Vocabulary } from '@tatabbu/domain';
import { and, eq, inArray } from 'drizzle-orm';
import type { Db, Tx } from '../connection.js';
import { countries, institutions, mechanisms, terms } from '../schema/index.js';
import { changedOnly } from './changed-only.js';
import { type CountrySeed, parseCountries } from './countries.js';
import { type InstitutionSeed, parseDidhAxes, parseDidhInstitutions } from './didh.js';
import { type MechanismSeed, parseDefaultClusters, parseMechanisms } from './mechanisms.js';
import { parseSdgTerms } from './sdg.js';
import type { TermSeed } from './term-seeds.js';
import { parseUhriTerms } from './uhri.js';

/** `<repo>/data`, found from this file's location (packages/db/src/reference). */
export function dataRootDefault(): string {
  return path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../data');
}

export interface ReferenceCounts {
  countries: number;
  mechanisms: number;
  institutions: number;
  terms: Record<Vocabulary, number>;
}

export interface ReferenceData {
  countries: CountrySeed[];
  mechanisms: MechanismSeed[];
  institutions: InstitutionSeed[];
  /** Official vocabularies: refreshed from the files on every load. */
  terms: TermSeed[];
  /** Starting points an admin may rename or delete: inserted once, never overwritten. */
  defaultTerms: TermSeed[];
}

/** Reads and validates every reference file; throws a DataFileError before anything is written. */
export function parseReferenceData(dataRoot: string): ReferenceData {
  return {
    countries: parseCountries(dataRoot),
    mechanisms: parseMechanisms(dataRoot),
    institutions: parseDidhInstitutions(dataRoot),
    terms: [...parseSdgTerms(dataRoot), ...parseUhriTerms(dataRoot), ...parseDidhAxes(dataRoot)],
    defaultTerms: parseDefaultClusters(dataRoot),
  };
}

/**
 * Loads countries, mechanisms, vocabularies and DIDH institutions in one transaction. Idempotent:
 * rows are matched on their natural key and only rewritten (with a version bump) when the file
 * says something different. An `active` flag set by an admin is never touched.
 */
export async function loadReferenceData(db: Db, dataRoot: string): Promise<ReferenceCounts> {
  const data = parseReferenceData(dataRoot);
  await db.transaction(async (tx) => {
    await upsertCountries(tx, data.countries);
    await upsertMechanisms(tx, data.mechanisms);
    await upsertInstitutions(tx, data.institutions);
    await upsertTerms(tx, data.terms, 'update');
    await upsertTerms(tx, data.defaultTerms, 'keep');
  });
  const termCounts = Object.fromEntries(VOCABULARIES.map((v) => [v, 0])) as Record<Vocabulary, number>;
  for (const term of [...data.terms, ...data.defaultTerms]) termCounts[term.vocabulary] += 1;
  return {
    countries: data.countries.length,
    mechanisms: data.mechanisms.length,
    institutions: data.institutions.length,
    terms: termCounts,
  };
}

/** Keeps each statement well under PostgreSQL's 65,535 bind parameters. */
function* chunks<T>(rows: T[], size = 500): Generator<T[]> {
  for (let i = 0; i < rows.length; i += size) yield rows.slice(i, i + size);
}

async function upsertCountries(tx: Tx, rows: CountrySeed[]): Promise<void> {
  for (const batch of chunks(rows)) {
    await tx
      .insert(countries)
      .values(batch)
      .onConflictDoUpdate({
        target: countries.iso2,
        ...changedOnly({
          iso3: countries.iso3,
          m49: countries.m49,
          name: countries.name,
          unName: countries.unName,
          unMember: countries.unMember,
        }),
      });
  }
}

async function upsertMechanisms(tx: Tx, rows: MechanismSeed[]): Promise<void> {
  await tx
    .insert(mechanisms)
    .values(rows)
    .onConflictDoUpdate({
      target: mechanisms.code,
      ...changedOnly(
        { type: mechanisms.type, name: mechanisms.name, acronym: mechanisms.acronym, sort: mechanisms.sort },
        mechanisms,
      ),
    });
}

async function upsertInstitutions(tx: Tx, rows: InstitutionSeed[]): Promise<void> {
  await tx
    .insert(institutions)
    .values(rows)
    .onConflictDoUpdate({
      target: institutions.code,
      ...changedOnly(
        { kind: institutions.kind, name: institutions.name, acronym: institutions.acronym },
        institutions,
      ),
    });
}

/** Depth in the hierarchy, so parents are written (and their ids known) before children. */
function depthOf(term: TermSeed, byKey: Map<string, TermSeed>): number {
  let depth = 0;
  for (let p = term.parent; p; p = byKey.get(`${p.vocabulary}:${p.code}`)?.parent) depth += 1;
  return depth;
}

async function upsertTerms(tx: Tx, rows: TermSeed[], mode: 'update' | 'keep'): Promise<void> {
  const byKey = new Map(rows.map((t) => [`${t.vocabulary}:${t.code}`, t]));
  const levels: TermSeed[][] = [];
  for (const term of rows) {
    const depth = depthOf(term, byKey);
    levels[depth] = [...(levels[depth] ?? []), term];
  }
  const ids = new Map<string, string>();
  for (const level of levels) {
    if (!level) continue;
    const values = level.map((t) => {
      const parentId = t.parent ? ids.get(`${t.parent.vocabulary}:${t.parent.code}`) : null;
      if (parentId === undefined)
        throw new Error(
          `term ${t.vocabulary} ${t.code}: parent ${t.parent?.vocabulary} ${t.parent?.code} is missing`,
        );
      return {
        vocabulary: t.vocabulary,
        code: t.code,
        parentId,
        name: t.name,
        sort: t.sort,
        active: t.active ?? true,
      };
    });
    for (const batch of chunks(values)) {
      const insert = tx.insert(terms).values(batch);
      if (mode === 'keep') {
        await insert.onConflictDoNothing({ target: [terms.vocabulary, terms.code] });
      } else {
        await insert.onConflictDoUpdate({
          target: [terms.vocabulary, terms.code],
          ...changedOnly({ parentId: terms.parentId, name: terms.name, sort: terms.sort }, terms),
        });
      }
    }
    // One query per level and vocabulary for the ids the next level needs as parents.
    for (const vocabulary of new Set(level.map((t) => t.vocabulary))) {
      const codes = level.filter((t) => t.vocabulary === vocabulary).map((t) => t.code);
      const found = await tx
        .select({ id: terms.id, code: terms.code })
        .from(terms)
        .where(and(eq(terms.vocabulary, vocabulary), inArray(terms.code, codes)));
      for (const row of found) ids.set(`${vocabulary}:${row.code}`, row.id);
    }
  }
}
