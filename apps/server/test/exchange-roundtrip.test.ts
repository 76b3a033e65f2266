import { seedMoroccoDemo } from '@tatabbu/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { addTestUser, signIn, startTestApp, type TestApp } from './helpers.js';
import { upload, waitForJob } from './imports-helpers.js';

/**
 * Two Tatabbu instances exchange the published data through the exchange format: what one
 * publishes, imported into an empty instance and exported again, is the same document — every
 * text in every language, key, symbol, date, mechanism, review, position, status, State, term.
 */
let origin: TestApp;
let copy: TestApp;
beforeAll(async () => {
  origin = await startTestApp({ reference: true });
  await seedMoroccoDemo(origin.database.db, loadConfig({}).dataRoot);
  await importDocument(origin, Buffer.from(JSON.stringify(FULL_RECORDS)));
  copy = await startTestApp({ reference: true });
}, 180_000);
afterAll(async () => {
  await origin?.close();
  await copy?.close();
});

/**
 * Published records that use every field of the format the demo leaves empty: four languages and the
 * original one, recommending States, position, action level, review, every vocabulary (by code and
 * by label); and two that must not travel (unpublished, confidential).
 */
const FULL_RECORDS = {
  format: 'tatabbu-exchange',
  version: 1,
  recommendations: [
    {
      key: 'A/HRC/22/4 §129.12',
      externalRef: 'upr-info:22-129-12',
      mechanism: 'UPR',
      stateUnderReview: 'MA',
      review: { cycle: 2, session: 13 },
      document: { symbol: 'A/HRC/22/4', date: '2012-07-06' },
      paragraph: '129.12',
      text: {
        en: 'Strengthen measures to combat violence against women, including marital rape',
        fr: 'Renforcer les mesures de lutte contre la violence à l’égard des femmes, y compris le viol conjugal',
        ar: 'تعزيز التدابير الرامية إلى مكافحة العنف ضد المرأة، بما في ذلك الاغتصاب الزوجي',
        es: 'Reforzar las medidas para combatir la violencia contra la mujer, incluida la violación conyugal',
      },
      originalLang: 'en',
      recommendingStates: ['ES', 'FR', 'SE'],
      position: 'supported_in_part',
      actionLevel: 4,
      status: 'partially_implemented',
      statusDate: '2021-06-30',
      date: '2012-05-22',
      terms: [
        { vocabulary: 'sdg_goal', code: '5' },
        { vocabulary: 'sdg_target', code: '5.2' },
        { vocabulary: 'sdg_indicator', code: '5.2.1' },
        { vocabulary: 'uhri_theme', code: 'F1' },
        { vocabulary: 'affected_person', label: 'Women' },
        { vocabulary: 'cluster', code: 'women' },
        { vocabulary: 'axis', code: '3' },
        { vocabulary: 'subaxis', code: '12' },
      ],
      published: true,
      confidential: false,
    },
    {
      key: 'CRC/C/MAR/CO/3-4 §45(c)',
      mechanism: 'CRC',
      stateUnderReview: 'MA',
      document: { symbol: 'CRC/C/MAR/CO/3-4', date: '2014-10-14' },
      paragraph: '45(c)',
      text: {
        fr: 'Garantir l’enregistrement gratuit de toutes les naissances',
        ar: 'ضمان التسجيل المجاني لجميع المواليد',
      },
      originalLang: 'fr',
      recommendingStates: [],
      position: 'noted',
      status: 'in_progress',
      terms: [{ vocabulary: 'cluster', code: 'children' }],
      published: true,
      confidential: false,
    },
    {
      key: 'CAT/C/MAR/CO/4 §99',
      mechanism: 'CAT',
      text: { en: 'An unpublished recommendation that stays in its instance' },
      recommendingStates: [],
      terms: [],
      published: false,
      confidential: false,
    },
    {
      key: 'CAT/C/MAR/CO/4 §100',
      mechanism: 'CAT',
      text: { en: 'A confidential recommendation that stays in its instance' },
      recommendingStates: [],
      terms: [],
      published: true,
      confidential: true,
    },
  ],
};

/** Terms as an export writes them: by vocabulary then code, a label mapped to its code (`Women` → `women`). */
const asExported = (terms: { vocabulary: string; code?: string; label?: string }[]) =>
  terms
    .map((t) => ({ vocabulary: t.vocabulary, code: t.code ?? t.label?.toLowerCase() ?? '' }))
    .sort((a, b) => a.vocabulary.localeCompare(b.vocabulary) || a.code.localeCompare(b.code));

/** Imports an exchange document through the real pipeline (upload, validation, commit) as a coordinator. */
async function importDocument(t: TestApp, bytes: Uint8Array) {
  const officer = await signIn(t.app, (await addTestUser(t.database, 'coordinator')).email);
  const started = await upload(t.app, officer, { name: 'exchange.json', bytes }, { dryRun: 'false' });
  expect(started.statusCode).toBe(202);
  const job = await waitForJob(t.app, officer, started.json().id);
  expect(job).toMatchObject({ status: 'committed', format: 'tatabbu-json', counts: { errors: 0 } });
  return job;
}

/** The open-data download of everything published, as the public gets it. */
const publicExport = async (t: TestApp) => {
  const res = await t.app.inject({ url: '/api/v1/exports/recommendations.json?sort=key' });
  expect(res.statusCode).toBe(200);
  return res;
};
/** The document without what says when and by whom it was written. */
const content = ({ exportedAt, source, ...rest }: Record<string, unknown>) => rest;

describe('exchange round trip between two instances', () => {
  it('export → import into an empty database → export gives the same document', async () => {
    const first = await publicExport(origin);
    const document = first.json();
    expect(document.recommendations.length).toBeGreaterThan(100);
    const empty = await publicExport(copy);
    expect(empty.json().recommendations).toEqual([]);

    const job = await importDocument(copy, first.rawPayload);
    expect(job.counts.new).toBe(document.recommendations.length);

    const second = (await publicExport(copy)).json();
    expect(content(second)).toEqual(content(document));

    // Every field of the full records came through; what is not public did not travel.
    const byKey = new Map(second.recommendations.map((r: { key: string }) => [r.key, r]));
    for (const record of FULL_RECORDS.recommendations) {
      if (record.published && !record.confidential)
        expect(byKey.get(record.key)).toEqual({ ...record, terms: asExported(record.terms) });
      else expect(byKey.has(record.key)).toBe(false);
    }
  }, 300_000);
});
