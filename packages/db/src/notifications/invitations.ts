import { sql } from 'drizzle-orm';
import { recordAudit } from '../audit/record.js';
import { queryRows, toIso, toIsoOrNull } from '../audit/sql.js';
import type { Db, Tx } from '../connection.js';

export interface NewInvitation {
  tokenHash: string;
  userId: string;
  createdBy: string;
  expiresAt: Date;
}

export async function createInvitation(db: Db | Tx, input: NewInvitation): Promise<void> {
  await db.execute(
    sql`insert into invitations (token_hash, user_id, created_by, expires_at)
        values (${input.tokenHash}, ${input.userId}, ${input.createdBy}, ${input.expiresAt.toISOString()}::timestamptz)`,
  );
  await recordAudit(db, {
    actorId: input.createdBy,
    action: 'invitation.create',
    entity: 'user',
    entityId: input.userId,
    after: { expiresAt: input.expiresAt.toISOString() },
  });
}

export interface InvitationView {
  userId: string;
  email: string;
  name: string;
  locale: string | null;
  invitedBy: string | null;
  expiresAt: string;
  usedAt: string | null;
}

/** The invitation behind a token hash, with the invited user and who invited them. */
export async function findInvitation(db: Db | Tx, tokenHash: string): Promise<InvitationView | null> {
  const [row] = await queryRows<{
    user_id: string;
    email: string;
    name: string;
    locale: string | null;
    invited_by: string | null;
    expires_at: string;
    used_at: string | null;
  }>(
    db,
    sql`select i.user_id, u.email, u.name, u.locale, c.name as invited_by, i.expires_at, i.used_at
        from invitations i join users u on u.id = i.user_id left join users c on c.id = i.created_by
        where i.token_hash = ${tokenHash}`,
  );
  if (!row) return null;
  return {
    userId: row.user_id,
    email: row.email,
    name: row.name,
    locale: row.locale,
    invitedBy: row.invited_by,
    expiresAt: toIso(row.expires_at),
    usedAt: toIsoOrNull(row.used_at),
  };
}

/**
 * Uses the invitation once: one UPDATE that only matches an unused, unexpired link, so two
 * simultaneous accepts cannot both succeed. Returns the invited user's id, or null.
 */
export async function useInvitation(db: Db | Tx, tokenHash: string, now: Date): Promise<string | null> {
  const [row] = await queryRows<{ user_id: string }>(
    db,
    sql`update invitations set used_at = ${now.toISOString()}::timestamptz
        where token_hash = ${tokenHash} and used_at is null and expires_at > ${now.toISOString()}::timestamptz
        returning user_id`,
  );
  return row?.user_id ?? null;
}
