import { afterAll, beforeAll } from 'vitest';
import type { Database } from '../connection.js';
import { institutions, mechanisms, recommendations, users } from '../schema/index.js';
import { openTestDatabase } from '../testing.js';

/**
 * Three ministries (one deactivated), five UPR recommendations (the last unpublished) and a
 * coordinator, for the institution and assignment tests.
 */
export function withAssignmentFixtures() {
  const t = {} as {
    database: Database;
    inst: { justice: string; health: string; interior: string; closed: string };
    recs: string[];
    coordinator: string;
  };
  beforeAll(async () => {
    t.database = await openTestDatabase();
    const db = t.database.db;
    const [upr] = await db
      .insert(mechanisms)
      .values({ code: 'UPR', type: 'upr', name: { en: 'Universal Periodic Review' } })
      .returning();
    if (!upr) throw new Error('no mechanism');
    const rows = await db
      .insert(institutions)
      .values([
        {
          code: 'MJ',
          name: { fr: 'Ministère de la Justice', ar: 'وزارة العدل', en: 'Ministry of Justice' },
          acronym: { fr: 'MJ' },
        },
        { code: 'MS', name: { fr: 'Ministère de la Santé', ar: 'وزارة الصحة' }, acronym: { fr: 'MSPS' } },
        { code: 'MI', name: { fr: "Ministère de l'Intérieur", ar: 'وزارة الداخلية' }, kind: 'government' },
        { code: 'OLD', name: { fr: 'Ancien office' }, kind: 'other', active: false },
      ])
      .returning();
    const id = (code: string) => rows.find((r) => r.code === code)?.id as string;
    t.inst = { justice: id('MJ'), health: id('MS'), interior: id('MI'), closed: id('OLD') };
    const recs = await db
      .insert(recommendations)
      .values(
        [1, 2, 3, 4, 5].map((n) => ({
          key: `A/HRC/36/6 §144.${n}`,
          mechanismId: upr.id,
          textFr: n <= 3 ? `Abolir la peine de mort ${n}` : `Protéger les droits des femmes ${n}`,
          published: n !== 5,
        })),
      )
      .returning();
    t.recs = recs.sort((a, b) => a.key.localeCompare(b.key)).map((r) => r.id);
    const [coordinator] = await db
      .insert(users)
      .values({
        email: 'coord@example.org',
        name: 'Nadia Coordinatrice',
        role: 'coordinator',
        passwordHash: 'x',
      })
      .returning();
    if (!coordinator) throw new Error('no user');
    t.coordinator = coordinator.id;
  });
  afterAll(async () => t.database?.close());
  return t;
}
