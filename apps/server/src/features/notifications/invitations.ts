import {
  createInvitation,
  createUser,
  type Database,
  findInvitation,
  getUserById,
  queueEmail,
  recordAudit,
  setPassword,
  updateUser,
  useInvitation,
} from '@tatabbu/db';
import {
  type Actor,
  INSTITUTION_ROLES,
  type Invitation,
  type InvitationCreate,
  ORGANIZATION_ROLES,
  passwordProblem,
  uiLocaleSchema,
} from '@tatabbu/domain';
import type { Config } from '../../config.js';
import { authorize } from '../../http/authorize.js';
import { HttpError } from '../../http/errors.js';
import { composeMessage } from '../../mail/templates.js';
import { hashPassword } from '../auth/passwords.js';
import { hashToken, newToken } from '../auth/tokens.js';
import { checkScope } from '../users/use-cases.js';

export const INVITATION_DAYS = 7;

/**
 * Creates the invited user, disabled and with a password nobody knows, and an invitation whose
 * link (`/invite/<token>`, only the token's SHA-256 is stored) works once for 7 days; queues the
 * invitation e-mail in the invitee's language.
 */
export async function inviteUser(
  database: Database,
  config: Pick<Config, 'publicUrl' | 'defaultLocale'>,
  actor: Actor & { name: string },
  input: InvitationCreate,
  now = new Date(),
) {
  authorize(actor, 'user.manage', { targetRole: input.role, institutionId: input.institutionId ?? null });
  checkScope(input.role, input.institutionId, input.organizationId);
  const token = newToken();
  const unusablePassword = await hashPassword(newToken());
  const expiresAt = new Date(now.getTime() + INVITATION_DAYS * 86_400_000);
  const user = await database.db.transaction(async (tx) => {
    const created = await createUser(
      tx,
      {
        email: input.email,
        name: input.name,
        role: input.role,
        institutionId: INSTITUTION_ROLES.has(input.role) ? (input.institutionId ?? null) : null,
        organizationId: ORGANIZATION_ROLES.has(input.role) ? (input.organizationId ?? null) : null,
        locale: input.locale ?? null,
        passwordHash: unusablePassword,
        mustChangePassword: false,
      },
      actor.id,
    );
    // Disabled until the invitation is accepted: it cannot sign in or receive notifications.
    const disabled = await updateUser(tx, created.id, { active: false }, created.version, actor.id);
    await createInvitation(tx, {
      tokenHash: hashToken(token),
      userId: created.id,
      createdBy: actor.id,
      expiresAt,
    });
    const content = composeMessage({
      kind: 'invitation',
      payload: { inviter: actor.name, expiresAt: expiresAt.toISOString() },
      locale: created.locale ?? config.defaultLocale,
      name: created.name,
      url: `${config.publicUrl}/invite/${token}`,
    });
    await queueEmail(tx, { key: `invitation:${hashToken(token)}`, to: created.email, ...content });
    return disabled;
  });
  return { user, expiresAt: expiresAt.toISOString(), token };
}

/** Who is invited and by whom; 404 for an unknown link, 410 for a used or expired one. */
export async function readInvitation(
  database: Database,
  token: string,
  now = new Date(),
): Promise<Invitation> {
  const found = await findInvitation(database.db, hashToken(token));
  if (!found) throw new HttpError(404, 'not_found');
  if (found.usedAt) throw new HttpError(410, 'invitation_used');
  if (new Date(found.expiresAt) <= now) throw new HttpError(410, 'invitation_expired');
  const locale = uiLocaleSchema.safeParse(found.locale);
  return {
    email: found.email,
    name: found.name,
    locale: locale.success ? locale.data : null,
    invitedBy: found.invitedBy,
    expiresAt: found.expiresAt,
  };
}

/**
 * Sets the invitee's password and enables the account, using the link up (single use, checked in
 * the same transaction). The invitee then signs in with the password they chose.
 */
export async function acceptInvitation(
  database: Database,
  token: string,
  password: string,
  now = new Date(),
) {
  const invitation = await readInvitation(database, token, now);
  const problem = passwordProblem(password, invitation.email);
  if (problem) throw new HttpError(400, 'weak_password', { reason: problem });
  const passwordHash = await hashPassword(password);
  return database.db.transaction(async (tx) => {
    const userId = await useInvitation(tx, hashToken(token), now);
    // Someone else accepted it in the meantime.
    if (!userId) throw new HttpError(410, 'invitation_used');
    const user = await getUserById(tx, userId);
    if (!user) throw new HttpError(404, 'not_found');
    await setPassword(tx, userId, passwordHash, false, userId);
    const activated = await updateUser(tx, userId, { active: true }, user.version, userId);
    await recordAudit(tx, { actorId: userId, action: 'invitation.accept', entity: 'user', entityId: userId });
    return activated;
  });
}
