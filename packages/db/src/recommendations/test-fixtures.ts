import type { RecommendationScope } from '@tatabbu/domain';
import { afterAll, beforeAll } from 'vitest';
import type { Database, Db } from '../connection.js';
import {
  assignments,
  countries,
  institutions,
  mechanisms,
  recommendationLinks,
  recommendationStates,
  recommendations,
  recommendationTerms,
  reviews,
  sourceDocuments,
  terms,
} from '../schema/index.js';
import { one, openTestDatabase } from '../testing.js';

/**
 * A small, hand-made corpus for the recommendation query tests: two UPR paragraphs whose numbers
 * sort differently as text and as numbers, Arabic spelled with and without hamza and with clitics,
 * French plurals, an axis with a sub-axis, unpublished and confidential rows, an ended assignment.
 */
export async function insertRecommendationFixtures(db: Db) {
  await db.insert(countries).values([
    { iso2: 'FR', name: { fr: 'France', ar: 'فرنسا', en: 'France' } },
    { iso2: 'BR', name: { fr: 'Brésil', ar: 'البرازيل', en: 'Brazil' } },
    { iso2: 'TN', name: { fr: 'Tunisie', ar: 'تونس', en: 'Tunisia' } },
  ]);
  const mechanism = (values: typeof mechanisms.$inferInsert) =>
    one(db.insert(mechanisms).values(values).returning());
  const upr = await mechanism({
    code: 'UPR',
    type: 'upr',
    name: { fr: 'Examen périodique universel', en: 'Universal Periodic Review' },
    sort: 1,
  });
  const cedaw = await mechanism({
    code: 'CEDAW',
    type: 'treaty_body',
    name: { fr: 'Comité CEDEF', en: 'CEDAW Committee' },
    sort: 5,
  });
  const cat = await mechanism({
    code: 'CAT',
    type: 'treaty_body',
    name: { fr: 'Comité contre la torture', en: 'Committee against Torture' },
    sort: 6,
  });

  const review = (values: typeof reviews.$inferInsert) => one(db.insert(reviews).values(values).returning());
  const uprReview = await review({
    mechanismId: upr.id,
    title: { fr: 'EPU, 3e cycle' },
    cycle: 3,
    session: 27,
  });
  const cedawReview = await review({ mechanismId: cedaw.id, title: { fr: 'CEDEF, 5e et 6e rapports' } });
  const document = (values: typeof sourceDocuments.$inferInsert) =>
    one(db.insert(sourceDocuments).values(values).returning());
  const uprDoc = await document({ reviewId: uprReview.id, symbol: 'A/HRC/36/6', date: '2017-07-13' });
  const cedawDoc = await document({
    reviewId: cedawReview.id,
    symbol: 'CEDAW/C/MAR/CO/5-6',
    date: '2022-07-12',
  });

  const term = (values: typeof terms.$inferInsert) => one(db.insert(terms).values(values).returning());
  const axis1 = await term({
    vocabulary: 'axis',
    code: '1',
    name: { fr: 'Égalité et parité', ar: 'المساواة والمناصفة' },
    sort: 1,
  });
  const axis2 = await term({
    vocabulary: 'axis',
    code: '2',
    name: { fr: 'Droits civils', ar: 'الحقوق المدنية' },
    sort: 2,
  });
  const sdg5 = await term({ vocabulary: 'sdg_goal', code: '5', name: { fr: 'Égalité entre les sexes' } });
  const theme = await term({ vocabulary: 'uhri_theme', code: 'D51', name: { en: 'Death penalty' } });
  const subaxis11 = await term({
    vocabulary: 'subaxis',
    code: '1.1',
    parentId: axis1.id,
    name: { fr: 'Violence à l’égard des femmes' },
  });

  const institution = (values: typeof institutions.$inferInsert) =>
    one(db.insert(institutions).values(values).returning());
  const justice = await institution({
    code: 'MJ',
    name: { fr: 'Ministère de la justice', ar: 'وزارة العدل' },
    acronym: { fr: 'MJ' },
  });
  const health = await institution({
    code: 'MS',
    name: { fr: 'Ministère de la santé', ar: 'وزارة الصحة' },
    acronym: { fr: 'MS' },
  });

  const uprBase = {
    mechanismId: upr.id,
    reviewId: uprReview.id,
    sourceDocumentId: uprDoc.id,
    date: '2017-09-20',
  };
  const cedawBase = {
    mechanismId: cedaw.id,
    reviewId: cedawReview.id,
    sourceDocumentId: cedawDoc.id,
    date: '2022-07-12',
  };
  const rec = (values: typeof recommendations.$inferInsert) =>
    one(db.insert(recommendations).values(values).returning());
  const women = await rec({
    ...uprBase,
    key: 'A/HRC/36/6 §144.2',
    paragraph: '144.2',
    textFr: 'Renforcer la protection des femmes victimes de violence',
    textAr: 'تعزيز حماية المرأة ضحايا العنف',
    originalLang: 'fr',
    position: 'supported',
    status: 'in_progress',
    statusOrigin: 'demo',
    published: true,
  });
  const deathPenalty = await rec({
    ...uprBase,
    key: 'A/HRC/36/6 §144.10',
    paragraph: '144.10',
    textFr: 'Abolir la peine de mort',
    textAr: 'إلغاء عقوبة الإعدام',
    originalLang: 'fr',
    position: 'noted',
    status: 'not_started',
    published: true,
  });
  const inheritance = await rec({
    ...uprBase,
    key: 'A/HRC/36/6 §144.117',
    paragraph: '144.117',
    textAr: 'ضمان المساواة بين الرجل والمراة في الإرث',
    originalLang: 'ar',
    position: 'supported',
    status: 'implemented',
    published: true,
    date: '2018-03-01',
  });
  const ruralWomen = await rec({
    ...cedawBase,
    key: 'CEDAW/C/MAR/CO/5-6 §12',
    paragraph: '12',
    textFr: 'Garantir l’accès des femmes rurales à la justice',
    textAr: 'ضمان ولوج للمرأة القروية إلى العدالة',
    originalLang: 'fr',
    status: 'in_progress',
    published: true,
  });
  const violenceLaw = await rec({
    ...cedawBase,
    key: 'CEDAW/C/MAR/CO/5-6 §14',
    paragraph: '14',
    textFr: 'Adopter une loi globale sur la violence à l’égard des femmes',
    originalLang: 'fr',
    status: 'not_started',
    published: false,
  });
  const torture = await rec({
    mechanismId: cat.id,
    key: 'CAT/C/MAR/CO/5 §20',
    textFr: 'Prévenir la torture en garde à vue',
  });
  const confidential = await rec({
    mechanismId: cat.id,
    key: 'CAT/C/MAR/CO/5 §99',
    textFr: 'Communication individuelle concernant une victime de torture',
    published: true,
    confidential: true,
  });

  await db.insert(recommendationStates).values([
    { recommendationId: women.id, countryIso2: 'FR' },
    { recommendationId: women.id, countryIso2: 'BR' },
    { recommendationId: deathPenalty.id, countryIso2: 'BR' },
    { recommendationId: inheritance.id, countryIso2: 'TN' },
  ]);
  await db.insert(recommendationTerms).values([
    { recommendationId: women.id, termId: subaxis11.id },
    { recommendationId: women.id, termId: sdg5.id },
    { recommendationId: deathPenalty.id, termId: axis2.id },
    { recommendationId: deathPenalty.id, termId: theme.id },
    { recommendationId: inheritance.id, termId: axis1.id },
    { recommendationId: ruralWomen.id, termId: subaxis11.id },
    { recommendationId: violenceLaw.id, termId: subaxis11.id },
  ]);
  await db.insert(assignments).values([
    { recommendationId: women.id, institutionId: health.id, role: 'contributing' },
    { recommendationId: women.id, institutionId: justice.id, role: 'lead' },
    { recommendationId: deathPenalty.id, institutionId: justice.id, role: 'lead' },
    { recommendationId: ruralWomen.id, institutionId: health.id, role: 'lead' },
    { recommendationId: violenceLaw.id, institutionId: health.id, role: 'lead' },
    // Handed over: justice no longer answers for it, so its focal point no longer sees it.
    {
      recommendationId: torture.id,
      institutionId: justice.id,
      role: 'lead',
      endedAt: '2024-01-01T00:00:00Z',
    },
  ]);
  await db.insert(recommendationLinks).values([
    { fromId: ruralWomen.id, toId: women.id, kind: 'recurring', similarity: 0.8 },
    { fromId: women.id, toId: violenceLaw.id, kind: 'related' },
  ]);

  return {
    mechanisms: { upr, cedaw, cat },
    reviews: { upr: uprReview, cedaw: cedawReview },
    terms: { axis1, axis2, subaxis11, sdg5, theme },
    institutions: { justice, health },
    recs: { women, deathPenalty, inheritance, ruralWomen, violenceLaw, torture, confidential },
  };
}

export type RecommendationFixtures = Awaited<ReturnType<typeof insertRecommendationFixtures>>;

export const ALL: RecommendationScope = { kind: 'all' };
export const PUBLIC: RecommendationScope = { kind: 'published' };

/** One test database with the fixtures for a whole test file; read `database` and `fx` inside tests. */
export function withRecommendationFixtures(): { database: Database; fx: RecommendationFixtures } {
  const ctx = {} as { database: Database; fx: RecommendationFixtures };
  beforeAll(async () => {
    ctx.database = await openTestDatabase();
    ctx.fx = await insertRecommendationFixtures(ctx.database.db);
  });
  afterAll(async () => {
    await ctx.database?.close();
  });
  return ctx;
}
