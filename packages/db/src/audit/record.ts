import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { type Db, LOCK_AUDIT, type Tx } from '../connection.js';
import { auditEvents } from '../schema/index.js';
import { inTransaction, queryRows } from './sql.js';

export interface AuditEventInput {
  /** null for the system itself (CLI, migrations, scheduled jobs). */
  actorId: string | null;
  /** Verb in `entity.verb` form, e.g. `user.create`, `recommendation.update`. */
  action: string;
  entity: string;
  entityId?: string | null;
  before?: unknown;
  after?: unknown;
}

/** The hash chain starts from this value. */
export const GENESIS_HASH = '0'.repeat(64);

/** Never written to the trail, at any depth, whatever the caller passes. */
const SECRET_KEYS = new Set(
  [
    'passwordHash',
    'password_hash',
    'password',
    'currentPassword',
    'newPassword',
    'oneTimePassword',
    'token',
    'tokenHash',
    'token_hash',
    'csrfToken',
    'csrf_token',
  ].map((k) => k.toLowerCase()),
);

function stripSecrets(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stripSecrets);
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) {
    if (!SECRET_KEYS.has(key.toLowerCase())) out[key] = stripSecrets(inner);
  }
  return out;
}

/**
 * What is stored in `before`/`after`: plain JSON (Dates as ISO strings, undefined dropped) without
 * secrets. Hashing this exact value, which jsonb gives back unchanged up to key order, lets the
 * verifier recompute the hash from the stored row.
 */
export function auditPayload(value: unknown): unknown {
  if (value === undefined || value === null) return null;
  const json = JSON.stringify(value);
  return json === undefined ? null : stripSecrets(JSON.parse(json));
}

/** JSON with object keys sorted at every depth: jsonb does not keep key order, so hash this form. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((v) => canonicalJson(v ?? null)).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

export interface HashedContent {
  at: string;
  actorId: string | null;
  action: string;
  entity: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
}

export function auditHash(prevHash: string, content: HashedContent): string {
  return createHash('sha256')
    .update(prevHash + canonicalJson(content))
    .digest('hex');
}

/**
 * Appends one event to the hash-chained audit trail, inside the caller's transaction (or a new one
 * when given a Db), so the event commits or rolls back with the change it describes.
 */
export async function recordAudit(db: Tx | Db, event: AuditEventInput): Promise<void> {
  await recordAuditEvents(db, [event]);
}

/**
 * Appends events in order: one lock, one read of the chain head, hashes chained in memory, batched
 * inserts — so a bulk change costs what its events cost, not a round trip each.
 *
 * Several app servers may write at once; a transaction-scoped advisory lock makes "read the last
 * hash, insert the next rows" one step for the whole cluster. The lock is held until the caller's
 * transaction ends, so record audit events near the end of a use case.
 */
export async function recordAuditEvents(db: Tx | Db, events: readonly AuditEventInput[]): Promise<void> {
  if (events.length === 0) return;
  await inTransaction(db, async (tx) => {
    // Its own statement: in READ COMMITTED the next statement takes a fresh snapshot, taken after
    // the lock is granted, so it sees the row the previous lock holder committed.
    await tx.execute(sql`select pg_advisory_xact_lock(${LOCK_AUDIT})`);
    const [head] = await queryRows<{ prev: string | null; at: string; isolation: string }>(
      tx,
      sql`select (select hash from audit_events order by seq desc limit 1) as prev,
                 to_char(clock_timestamp() at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as at,
                 current_setting('transaction_isolation') as isolation`,
    );
    if (!head) throw new Error('audit: could not read the chain head');
    if (head.isolation !== 'read committed') {
      // A snapshot older than the lock could miss the last event and fork the chain.
      throw new Error(`audit: must be recorded in a READ COMMITTED transaction, not ${head.isolation}`);
    }
    let prevHash = head.prev ?? GENESIS_HASH;
    const rows = events.map((event) => {
      const content: HashedContent = {
        at: head.at,
        actorId: event.actorId,
        action: event.action,
        entity: event.entity,
        entityId: event.entityId ?? null,
        before: auditPayload(event.before),
        after: auditPayload(event.after),
      };
      const hash = auditHash(prevHash, content);
      const row = { ...content, prevHash, hash };
      prevHash = hash;
      return row;
    });
    // Inserted in order, so `seq` follows the chain.
    for (let i = 0; i < rows.length; i += 500) await tx.insert(auditEvents).values(rows.slice(i, i + 500));
  });
}
