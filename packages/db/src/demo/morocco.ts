import { eq, inArray, like, sql } from 'drizzle-orm';
import { recordAudit } from '../audit/record.js';
import { type Db, LOCK_SEED, type Tx } from '../connection.js';
import {
  assignments,
  countries,
  institutions,
  mechanisms,
  recommendationStates,
  recommendations,
  recommendationTerms,
  reviews,
  settings,
  sourceDocuments,
  terms,
} from '../schema/index.js';
import { seedDemoActionPlan } from './action-plan.js';
import { type DemoReview, parseDemoReviews } from './demo-reviews.js';
import { readDidhRows } from './didh-source.js';
import { seedDemoFollowUp } from './follow-up.js';
import { type DemoRecommendation, mergeRows } from './merge-rows.js';
import { buildStateMatcher } from './recommending-states.js';

/** Every demo recommendation is addressed to Morocco. */
const DEMO_STATE = 'MA';

export const DEMO_SEEDED_SETTING = 'demo.morocco.seededAt';
/** The DIDH file dates its statuses 2020 and says no more; they are illustrative (status_origin 'demo'). */
const STATUS_DATE = '2020-12-31';

export interface DemoPlan {
  recommendations: (DemoRecommendation & { stateIso2: string[]; review: DemoReview })[];
  reviews: DemoReview[];
}

/** Reads, checks and merges the demo files; nothing touches the database yet. */
export function planMoroccoDemo(dataRoot: string): DemoPlan {
  const reviewList = parseDemoReviews(dataRoot);
  const reviewOf = new Map(reviewList.map((r) => [r.mechanism, r]));
  const rows = readDidhRows(dataRoot);
  for (const mechanism of new Set(rows.map((r) => r.mechanism))) {
    if (!reviewOf.has(mechanism)) throw new Error(`demo/morocco/reviews.json has no review for ${mechanism}`);
  }
  const matchState = buildStateMatcher(dataRoot);
  const unmatched = new Set<string>();
  const merged = mergeRows(rows, (mechanism) => reviewOf.get(mechanism)?.document?.symbol ?? mechanism).map(
    (rec) => ({
      ...rec,
      review: reviewOf.get(rec.mechanism) as DemoReview,
      stateIso2: rec.recommendingStates.map((state) => {
        const iso2 = matchState(state.fr, state.ar);
        if (!iso2) unmatched.add(state.fr);
        return iso2 ?? '';
      }),
    }),
  );
  if (unmatched.size)
    throw new Error(`Recommending States not found in the countries list: ${[...unmatched].join(', ')}`);
  const used = new Set(merged.map((r) => r.mechanism));
  return { recommendations: merged, reviews: reviewList.filter((r) => used.has(r.mechanism)) };
}

export async function isDemoSeeded(db: Db | Tx): Promise<boolean> {
  const found = await db
    .select({ key: settings.key })
    .from(settings)
    .where(eq(settings.key, DEMO_SEEDED_SETTING));
  return found.length > 0;
}

/**
 * Loads Morocco's UPR (3rd cycle, 2017) and treaty-body recommendations from the DIDH file (see
 * data/README.md) in one transaction. Needs the reference data (loadReferenceData) first.
 * Runs once: later calls find `demo.morocco.seededAt` and change nothing.
 */
export async function seedMoroccoDemo(
  db: Db,
  dataRoot: string,
  options: { actorId?: string } = {},
): Promise<{ recommendations: number; assignments: number }> {
  const plan = planMoroccoDemo(dataRoot);
  await db.transaction(async (tx) => {
    // Two app servers starting together must not both seed.
    await tx.execute(sql`select pg_advisory_xact_lock(${LOCK_SEED})`);
    if (await isDemoSeeded(tx)) {
      // Databases seeded before the follow-up demo existed get it now (it has its own marker).
      await seedDemoFollowUp(tx, options.actorId ?? null);
      return;
    }
    const ids = await referenceIds(tx, plan);
    const reviewIds = await ensureReviews(tx, plan.reviews, ids.mechanism);
    await insertRecommendations(tx, plan, ids, reviewIds, options.actorId ?? null);
    await seedDemoActionPlan(tx, options.actorId ?? null);
    await seedDemoFollowUp(tx, options.actorId ?? null);
    // One event for the whole bulk load: who loaded what, in the same transaction.
    await recordAudit(tx, {
      actorId: options.actorId ?? null,
      action: 'demo.seed',
      entity: 'recommendation',
      after: { source: 'didh-morocco', recommendations: plan.recommendations.length },
    });
    await tx
      .insert(settings)
      .values({ key: DEMO_SEEDED_SETTING, value: new Date().toISOString() })
      .onConflictDoNothing();
  });
  return countDemo(db);
}

async function countDemo(db: Db): Promise<{ recommendations: number; assignments: number }> {
  const demo = like(recommendations.externalRef, 'didh:%');
  const [recs] = await db.select({ n: sql<number>`count(*)::int` }).from(recommendations).where(demo);
  const [links] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(assignments)
    .innerJoin(recommendations, eq(recommendations.id, assignments.recommendationId))
    .where(demo);
  return { recommendations: recs?.n ?? 0, assignments: links?.n ?? 0 };
}

type Ids = Awaited<ReturnType<typeof referenceIds>>;

/** Ids of the reference rows the demo points to; fails clearly when reference data is missing. */
async function referenceIds(tx: Tx, plan: DemoPlan) {
  const need = (what: string, missing: string[]) => {
    if (missing.length)
      throw new Error(
        `Reference data missing (${what}: ${missing.slice(0, 5).join(', ')}); run loadReferenceData first`,
      );
  };
  const toMap = (rows: { key: string | null; id: string }[]) => new Map(rows.map((r) => [r.key ?? '', r.id]));
  const mechanism = toMap(await tx.select({ key: mechanisms.code, id: mechanisms.id }).from(mechanisms));
  const institution = toMap(
    await tx
      .select({ key: institutions.code, id: institutions.id })
      .from(institutions)
      .where(like(institutions.code, 'didh-%')),
  );
  const axisTerms = await tx
    .select({ vocabulary: terms.vocabulary, key: terms.code, id: terms.id })
    .from(terms)
    .where(inArray(terms.vocabulary, ['axis', 'subaxis']));
  const axis = toMap(axisTerms.filter((t) => t.vocabulary === 'axis'));
  const subaxis = toMap(axisTerms.filter((t) => t.vocabulary === 'subaxis'));
  const country = new Set((await tx.select({ iso2: countries.iso2 }).from(countries)).map((c) => c.iso2));
  const recs = plan.recommendations;
  need(
    'mechanisms',
    [...new Set(recs.map((r) => r.mechanism))].filter((c) => !mechanism.has(c)),
  );
  need(
    'institutions',
    [...new Set(recs.flatMap((r) => r.bodyIds))].filter((b) => !institution.has(`didh-${b}`)),
  );
  need(
    'axes',
    [...new Set(recs.flatMap((r) => r.axisIds))].filter((a) => !axis.has(a)),
  );
  need(
    'sub-axes',
    [...new Set(recs.flatMap((r) => r.subaxisIds))].filter((s) => !subaxis.has(s)),
  );
  need(
    'countries',
    [...new Set(recs.flatMap((r) => r.stateIso2))].filter((c) => !country.has(c)),
  );
  return { mechanism, institution, axis, subaxis };
}

/** One review (and source document) per mechanism, reused when its document already exists. */
async function ensureReviews(tx: Tx, list: DemoReview[], mechanismIds: Map<string, string>) {
  const result = new Map<string, { reviewId: string; documentId: string | null }>();
  for (const review of list) {
    const mechanismId = mechanismIds.get(review.mechanism) as string;
    const existing = review.document
      ? await tx
          .select({ id: sourceDocuments.id, reviewId: sourceDocuments.reviewId })
          .from(sourceDocuments)
          .where(eq(sourceDocuments.symbol, review.document.symbol))
      : [];
    if (existing[0]?.reviewId) {
      result.set(review.mechanism, { reviewId: existing[0].reviewId, documentId: existing[0].id });
      continue;
    }
    const [created] = await tx
      .insert(reviews)
      .values({
        mechanismId,
        stateIso2: DEMO_STATE,
        title: review.title,
        cycle: review.cycle,
        session: review.session,
        startDate: review.startDate,
        endDate: review.endDate,
      })
      .returning();
    const reviewId = (created as { id: string }).id;
    let documentId: string | null = existing[0]?.id ?? null;
    if (review.document && documentId) {
      await tx.update(sourceDocuments).set({ reviewId }).where(eq(sourceDocuments.id, documentId));
    } else if (review.document) {
      const [doc] = await tx
        .insert(sourceDocuments)
        .values({
          reviewId,
          symbol: review.document.symbol,
          title: review.document.title,
          date: review.document.date,
        })
        .returning();
      documentId = doc?.id ?? null;
    }
    result.set(review.mechanism, { reviewId, documentId });
  }
  return result;
}

function* chunks<T>(rows: T[], size: number): Generator<T[]> {
  for (let i = 0; i < rows.length; i += size) yield rows.slice(i, i + size);
}

async function insertRecommendations(
  tx: Tx,
  plan: DemoPlan,
  ids: Ids,
  reviewIds: Map<string, { reviewId: string; documentId: string | null }>,
  actorId: string | null,
): Promise<void> {
  const publishedAt = new Date().toISOString();
  const idByKey = new Map<string, string>();
  for (const batch of chunks(plan.recommendations, 200)) {
    const inserted = await tx
      .insert(recommendations)
      .values(
        batch.map((rec) => ({
          key: rec.key,
          mechanismId: ids.mechanism.get(rec.mechanism) as string,
          stateIso2: DEMO_STATE,
          reviewId: reviewIds.get(rec.mechanism)?.reviewId ?? null,
          sourceDocumentId: reviewIds.get(rec.mechanism)?.documentId ?? null,
          paragraph: rec.paragraph,
          textFr: rec.textFr,
          textAr: rec.textAr,
          // The UN originals are English (UPR) or unknown here; positions are not in the file.
          originalLang: null,
          position: null,
          status: rec.status,
          statusOrigin: 'demo' as const,
          statusDate: STATUS_DATE,
          date: rec.review.date,
          published: true,
          publishedAt,
          externalRef: rec.externalRef,
          createdBy: actorId,
        })),
      )
      // A recommendation already there (e.g. imported) is left as it is, links included.
      .onConflictDoNothing({ target: recommendations.key })
      .returning();
    for (const row of inserted) idByKey.set(row.key, row.id);
  }

  const states: { recommendationId: string; countryIso2: string }[] = [];
  const termLinks: { recommendationId: string; termId: string }[] = [];
  const assigned: {
    recommendationId: string;
    institutionId: string;
    role: 'lead' | 'contributing';
    assignedBy: string | null;
  }[] = [];
  for (const rec of plan.recommendations) {
    const recommendationId = idByKey.get(rec.key);
    if (!recommendationId) continue;
    for (const iso2 of rec.stateIso2) states.push({ recommendationId, countryIso2: iso2 });
    for (const a of rec.axisIds) termLinks.push({ recommendationId, termId: ids.axis.get(a) as string });
    for (const s of rec.subaxisIds)
      termLinks.push({ recommendationId, termId: ids.subaxis.get(s) as string });
    // The DIDH lists implementing bodies without roles (in id order); the demo makes the first
    // one listed the lead and the others contributing.
    for (const [index, body] of rec.bodyIds.entries()) {
      assigned.push({
        recommendationId,
        institutionId: ids.institution.get(`didh-${body}`) as string,
        role: index === 0 ? 'lead' : 'contributing',
        assignedBy: actorId,
      });
    }
  }
  for (const batch of chunks(states, 1000))
    await tx.insert(recommendationStates).values(batch).onConflictDoNothing();
  for (const batch of chunks(termLinks, 1000))
    await tx.insert(recommendationTerms).values(batch).onConflictDoNothing();
  for (const batch of chunks(assigned, 1000))
    await tx.insert(assignments).values(batch).onConflictDoNothing();
}
