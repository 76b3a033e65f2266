import { eq } from 'drizzle-orm';
import { recordAudit } from '../audit/record.js';
import { inTransaction } from '../audit/sql.js';
import type { Db, Tx } from '../connection.js';
import { users } from '../schema/index.js';

/** Whether the user gets one daily digest instead of one e-mail per notification. */
export async function getEmailDigest(db: Db | Tx, userId: string): Promise<boolean> {
  const [row] = await db.select({ emailDigest: users.emailDigest }).from(users).where(eq(users.id, userId));
  return row?.emailDigest ?? false;
}

export async function setEmailDigest(db: Db | Tx, userId: string, emailDigest: boolean): Promise<void> {
  await inTransaction(db, async (tx) => {
    const before = await getEmailDigest(tx, userId);
    await tx.update(users).set({ emailDigest }).where(eq(users.id, userId));
    await recordAudit(tx, {
      actorId: userId,
      action: 'user.preferences',
      entity: 'user',
      entityId: userId,
      before: { emailDigest: before },
      after: { emailDigest },
    });
  });
}
