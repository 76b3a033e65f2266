import {
  type Actor,
  can,
  INSTITUTION_ROLES,
  type Me,
  ORGANIZATION_ROLES,
  ROLES,
  type Role,
  type User,
} from '@tatabbu/domain';

export const actorOf = (me: Me): Actor => ({
  id: me.id,
  role: me.role,
  institutionId: me.institutionId,
  organizationId: me.organizationId,
});

export const needsInstitution = (role: Role | null | undefined) =>
  Boolean(role && INSTITUTION_ROLES.has(role));

/**
 * Roles this actor may give (the permission module decides; the server checks again). Roles tied
 * to a civil-society organisation are left out until organisations can be chosen here.
 */
export function assignableRoles(actor: Actor, current?: Role): Role[] {
  return ROLES.filter(
    (role) =>
      (role === current || !ORGANIZATION_ROLES.has(role)) &&
      can(actor, 'user.manage', {
        targetRole: role,
        institutionId: actor.role === 'admin' ? undefined : actor.institutionId,
      }),
  );
}

export const canManage = (actor: Actor, user: Pick<User, 'role' | 'institutionId'>) =>
  can(actor, 'user.manage', { targetRole: user.role, institutionId: user.institutionId });

/** The institution is imposed for actors who act for one (focal points manage their own contributors). */
export const fixedInstitution = (actor: Actor): string | null =>
  actor.role === 'admin' ? null : (actor.institutionId ?? null);
