import type { Database } from '@tatabbu/db';
import { createUser, deleteUserSessions, getUserById, listUsers, setPassword, updateUser } from '@tatabbu/db';
import {
  type Actor,
  INSTITUTION_ROLES,
  ORGANIZATION_ROLES,
  type Role,
  type UserCreate,
  type UserUpdate,
} from '@tatabbu/domain';
import { authorize } from '../../http/authorize.js';
import { HttpError } from '../../http/errors.js';
import { generateOneTimePassword, hashPassword } from '../auth/passwords.js';

/** Focal points and contributors belong to an institution; CSO members to an organisation. */
export function checkScope(
  role: Role,
  institutionId: string | null | undefined,
  organizationId: string | null | undefined,
) {
  if (INSTITUTION_ROLES.has(role) && !institutionId) {
    throw new HttpError(400, 'validation_failed', {
      issues: [{ path: 'institutionId', message: 'required for this role' }],
    });
  }
  if (ORGANIZATION_ROLES.has(role) && !organizationId) {
    throw new HttpError(400, 'validation_failed', {
      issues: [{ path: 'organizationId', message: 'required for this role' }],
    });
  }
}

export async function addUser(database: Database, actor: Actor, input: UserCreate) {
  authorize(actor, 'user.manage', { targetRole: input.role, institutionId: input.institutionId ?? null });
  checkScope(input.role, input.institutionId, input.organizationId);
  const oneTimePassword = generateOneTimePassword();
  const user = await createUser(
    database.db,
    {
      email: input.email,
      name: input.name,
      role: input.role,
      institutionId: INSTITUTION_ROLES.has(input.role) ? (input.institutionId ?? null) : null,
      organizationId: ORGANIZATION_ROLES.has(input.role) ? (input.organizationId ?? null) : null,
      locale: input.locale ?? null,
      passwordHash: await hashPassword(oneTimePassword),
      mustChangePassword: true,
    },
    actor.id,
  );
  return { user, oneTimePassword };
}

async function loadTarget(database: Database, id: string) {
  const target = await getUserById(database.db, id);
  if (!target) throw new HttpError(404, 'not_found');
  return target;
}

/** The last active administrator cannot be demoted or disabled: nobody could manage users after. */
async function keepOneAdmin(database: Database, targetId: string) {
  const admins = await listUsers(database.db, { role: 'admin', page: 1, pageSize: 100 }, {});
  const others = admins.items.filter((u) => u.active && u.id !== targetId);
  if (others.length === 0) throw new HttpError(409, 'conflict', { reason: 'last_admin' });
}

export async function changeUser(database: Database, actor: Actor, id: string, patch: UserUpdate) {
  const target = await loadTarget(database, id);
  authorize(actor, 'user.manage', { targetRole: target.role, institutionId: target.institutionId });
  const role = patch.role ?? target.role;
  if (patch.role) authorize(actor, 'user.manage', { targetRole: role, institutionId: target.institutionId });
  const institutionId = patch.institutionId !== undefined ? patch.institutionId : target.institutionId;
  const organizationId = patch.organizationId !== undefined ? patch.organizationId : target.organizationId;
  if (patch.institutionId !== undefined && patch.institutionId !== target.institutionId) {
    authorize(actor, 'user.manage', { targetRole: role, institutionId: patch.institutionId });
  }
  checkScope(role, institutionId, organizationId);
  if (target.role === 'admin' && (role !== 'admin' || patch.active === false))
    await keepOneAdmin(database, id);

  const { version, ...changes } = patch;
  const updated = await updateUser(
    database.db,
    id,
    {
      ...changes,
      institutionId: INSTITUTION_ROLES.has(role) ? institutionId : null,
      organizationId: ORGANIZATION_ROLES.has(role) ? organizationId : null,
    },
    version,
    actor.id,
  );
  // A changed role or a disabled account takes effect at once, not at the next sign-in.
  if (role !== target.role || patch.active === false || institutionId !== target.institutionId) {
    await deleteUserSessions(database.db, id);
  }
  return updated;
}

export async function resetUserPassword(database: Database, actor: Actor, id: string) {
  const target = await loadTarget(database, id);
  authorize(actor, 'user.manage', { targetRole: target.role, institutionId: target.institutionId });
  const oneTimePassword = generateOneTimePassword();
  await setPassword(database.db, id, await hashPassword(oneTimePassword), true, actor.id);
  await deleteUserSessions(database.db, id);
  const user = await getUserById(database.db, id);
  if (!user) throw new HttpError(404, 'not_found');
  return { user, oneTimePassword };
}
