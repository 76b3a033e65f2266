import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../connection.js';
import { openTestDatabase } from '../testing.js';
import { auditVocabulary, listAuditEvents } from './list.js';
import { canonicalJson, recordAudit } from './record.js';
import { queryRows } from './sql.js';
import { verifyAuditChain } from './verify.js';

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => {
  await database?.close();
});

describe('audit trail', () => {
  it('hashes canonical JSON, whatever the key order', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { y: 2, x: 1 }], c: null } })).toBe(
      '{"a":{"c":null,"d":[1,{"x":1,"y":2}]},"b":1}',
    );
  });

  it('appends chained events that verify, also when written concurrently', async () => {
    const { db } = database;
    await recordAudit(db, {
      actorId: null,
      action: 'user.create',
      entity: 'user',
      entityId: 'u1',
      after: { name: 'A', n: 1.5 },
    });
    // Concurrent writers (on PostgreSQL: several pool connections) must still form one chain.
    await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        recordAudit(db, {
          actorId: null,
          action: 'user.update',
          entity: 'user',
          entityId: `u${i}`,
          before: { i },
          after: { i: i + 1, at: new Date(0) },
        }),
      ),
    );
    await db.transaction(async (tx) => {
      await recordAudit(tx, { actorId: null, action: 'settings.update', entity: 'settings' });
    });
    expect(await verifyAuditChain(db, 3)).toEqual({ ok: true, count: 10, brokenAt: null, problems: [] });
  });

  it('forgets events of a rolled-back transaction', async () => {
    const { db } = database;
    await db
      .transaction(async (tx) => {
        await recordAudit(tx, { actorId: null, action: 'user.delete', entity: 'user', entityId: 'gone' });
        throw new Error('abort');
      })
      .catch(() => undefined);
    const { total } = await listAuditEvents(db, { entityId: 'gone', page: 1, pageSize: 10 });
    expect(total).toBe(0);
    expect((await verifyAuditChain(db)).ok).toBe(true);
  });

  it('never stores secrets', async () => {
    const { db } = database;
    await recordAudit(db, {
      actorId: null,
      action: 'user.password_set',
      entity: 'user',
      entityId: 'secret-holder',
      before: { passwordHash: 'h1', name: 'N', nested: [{ token: 't', csrfToken: 'c', keep: true }] },
      after: { password: 'p', passwordHash: 'h2' },
    });
    const { items } = await listAuditEvents(db, {
      entity: 'user',
      entityId: 'secret-holder',
      page: 1,
      pageSize: 10,
    });
    expect(items[0]?.before).toEqual({ name: 'N', nested: [{ keep: true }] });
    expect(items[0]?.after).toEqual({});
  });

  it('lists newest first with filters and paging', async () => {
    const { db } = database;
    const page1 = await listAuditEvents(db, { entity: 'user', page: 1, pageSize: 4 });
    expect(page1.total).toBe(10);
    expect(page1.items).toHaveLength(4);
    expect(page1.items[0]?.action).toBe('user.password_set');
    expect(page1.items[0]?.at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    const seqs = page1.items.map((e) => e.seq);
    expect([...seqs].sort((a, b) => b - a)).toEqual(seqs);
    const page3 = await listAuditEvents(db, { entity: 'user', page: 3, pageSize: 4 });
    expect(page3.items).toHaveLength(2);
  });

  it('is refused any update or delete by the database', async () => {
    const { db } = database;
    await expect(db.execute(sql`update audit_events set action = 'forged'`)).rejects.toThrow();
    await expect(db.execute(sql`delete from audit_events`)).rejects.toThrow();
    await expect(db.execute(sql`truncate audit_events`)).rejects.toThrow();
    expect((await verifyAuditChain(db)).ok).toBe(true);
  });

  it('detects a forged event', async () => {
    const { db } = database;
    const [last] = await queryRows<{ hash: string }>(
      db,
      sql`select hash from audit_events order by seq desc limit 1`,
    );
    const [forged] = await queryRows<{ seq: number }>(
      db,
      sql`insert into audit_events (at, actor_id, action, entity, prev_hash, hash)
          values (now(), null, 'user.role_grant', 'user', ${last?.hash}, ${'f'.repeat(64)}) returning seq::float8 as seq`,
    );
    // Later events chain on the forged one; the break is still reported where it happened.
    await recordAudit(db, {
      actorId: null,
      action: 'user.update',
      entity: 'user',
      entityId: 'after-forgery',
    });
    expect(await verifyAuditChain(db, 4)).toMatchObject({
      ok: false,
      brokenAt: forged?.seq,
      problems: [{ seq: forged?.seq, kind: 'content_changed' }],
    });
  });

  it('filters on action, actor (or the system) and time, and names the changed fields', async () => {
    const { db } = database;
    const all = await listAuditEvents(db, { page: 1, pageSize: 100 });
    const updates = await listAuditEvents(db, { action: 'user.update', page: 1, pageSize: 100 });
    expect(updates.total).toBe(all.items.filter((e) => e.action === 'user.update').length);
    expect(updates.items.every((e) => e.action === 'user.update')).toBe(true);
    const changed = updates.items.find((e) => e.entityId === 'u3');
    expect(changed?.changedFields).toEqual(['at', 'i']);
    expect((await listAuditEvents(db, { actorId: 'system', page: 1, pageSize: 1 })).total).toBe(all.total);
    expect((await listAuditEvents(db, { actorId: 'not-a-uuid', page: 1, pageSize: 1 })).total).toBe(0);
    const future = new Date(Date.now() + 60_000).toISOString();
    expect((await listAuditEvents(db, { from: future, page: 1, pageSize: 1 })).total).toBe(0);
    expect((await listAuditEvents(db, { to: future, page: 1, pageSize: 1 })).total).toBe(all.total);
    expect((await listAuditEvents(db, { to: '2000-01-01T00:00:00Z', page: 1, pageSize: 1 })).total).toBe(0);
    const vocabulary = await auditVocabulary(db);
    expect(vocabulary.entities).toEqual(['settings', 'user']);
    expect(vocabulary.actions).toContain('user.password_set');
  });

  it('reports an edited event and deleted events by their sequence number', async () => {
    const fresh = await openTestDatabase();
    try {
      for (let i = 1; i <= 6; i++) {
        await recordAudit(fresh.db, {
          actorId: null,
          action: 'user.update',
          entity: 'user',
          entityId: `t${i}`,
        });
      }
      const seqOf = async (entityId: string) =>
        (await listAuditEvents(fresh.db, { entityId, page: 1, pageSize: 1 })).items[0]?.seq ?? -1;
      const edited = await seqOf('t2');
      const deleted = await seqOf('t4');
      await fresh.db.execute(sql`alter table audit_events disable trigger audit_events_no_update`);
      await fresh.db.execute(sql`update audit_events set after = '{"role":"admin"}' where seq = ${edited}`);
      await fresh.db.execute(sql`delete from audit_events where seq = ${deleted}`);
      expect(await verifyAuditChain(fresh.db, 2)).toEqual({
        ok: false,
        count: 5,
        brokenAt: edited,
        problems: [
          { seq: edited, kind: 'content_changed' },
          { seq: deleted + 1, kind: 'events_missing', missingFrom: deleted, missingTo: deleted },
        ],
      });
    } finally {
      await fresh.close();
    }
  });
});
