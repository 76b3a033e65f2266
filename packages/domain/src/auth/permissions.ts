import { PUBLIC_UPDATE_STATUSES, type UpdateStatus } from '../vocab/follow-up.js';
import type { Actor, Role } from './roles.js';
import { INSTITUTION_ROLES } from './roles.js';

/**
 * Every action the permission module knows. Later features add theirs here, never in the UI.
 * Read actions on lists are complemented by `recommendationScope`, which the queries apply.
 */
export const ACTIONS = [
  'recommendation.read',
  'recommendation.create',
  'recommendation.update',
  'recommendation.import',
  /** Tag with vocabulary terms and set the State's position (one record or in bulk). */
  'recommendation.classify',
  'recommendation.export',
  'assignment.manage',
  'taxonomy.manage',
  'institution.manage',
  'settings.manage',
  'user.list',
  'user.manage',
  'audit.read',
  /** Read a progress update (and its evidence files): scope and status decide. */
  'update.read',
  'update.draft',
  'update.submit',
  'update.review',
  'update.publish',
  /** Open, change and close follow-up rounds. */
  'round.manage',
  /** See a round and what it asks: staff, and the institutions it asks. */
  'round.read',
  /** Action plans, axes, measures, indicators and their links. */
  'plan.manage',
  'plan.read',
  'institution.read',
  'assessment.write',
  'report.generate',
  'dashboard.read',
  /** List and revoke other users' personal API tokens (everyone manages their own): admins only. */
  'token.manage_any',
] as const;
export type Action = (typeof ACTIONS)[number];

/** What an action is applied to; only the fields the rules need. */
export interface Resource {
  /** Institution the record belongs to (or is assigned to). */
  institutionId?: string | null;
  /** All institutions a recommendation is assigned to. */
  institutionIds?: readonly string[];
  organizationId?: string | null;
  /** Published; for a progress update: its subject (recommendation, measure's plan) is public. */
  published?: boolean;
  confidential?: boolean;
  /** Users explicitly granted access to a confidential record. */
  grantedUserIds?: readonly string[];
  /** For user management: the role of the user being created or changed. */
  targetRole?: Role;
  /** For progress updates: where the update is in its workflow. */
  updateStatus?: UpdateStatus;
}

const STAFF: ReadonlySet<Role> = new Set(['admin', 'coordinator']);

const ownsInstitution = (actor: Actor, r: Resource): boolean => {
  if (!actor.institutionId) return false;
  if (r.institutionId === actor.institutionId) return true;
  return r.institutionIds?.includes(actor.institutionId) ?? false;
};

const confidentialOk = (actor: Actor | null, r: Resource): boolean =>
  !r.confidential || (actor !== null && (r.grantedUserIds?.includes(actor.id) ?? false));

/**
 * The single permission decision (DESIGN §1). `actor` null is the anonymous public.
 * Pure and total: an unknown combination is refused.
 */
export function can(actor: Actor | null, action: Action, resource: Resource = {}): boolean {
  if (!confidentialOk(actor, resource)) return false;
  if (actor === null) return publicRead(action, resource);
  const { role } = actor;
  if (role === 'admin') return true;

  switch (action) {
    case 'recommendation.read':
      if (STAFF.has(role) || resource.published === true) return true;
      return INSTITUTION_ROLES.has(role) && ownsInstitution(actor, resource);
    case 'update.read':
      if (STAFF.has(role) || isPublicUpdate(resource)) return true;
      return INSTITUTION_ROLES.has(role) && ownsInstitution(actor, resource);
    case 'round.read':
      if (STAFF.has(role)) return true;
      return INSTITUTION_ROLES.has(role) && ownsInstitution(actor, resource);
    case 'plan.read':
      return STAFF.has(role) || resource.published === true || INSTITUTION_ROLES.has(role);
    case 'institution.read':
    case 'recommendation.export':
    case 'dashboard.read':
      // Every signed-in user may export or chart what their scope lets them see.
      return true;
    case 'recommendation.create':
    case 'recommendation.update':
    case 'recommendation.import':
    case 'recommendation.classify':
    case 'assignment.manage':
    case 'round.manage':
    case 'plan.manage':
    case 'institution.manage':
    case 'update.review':
    case 'update.publish':
    case 'report.generate':
    case 'audit.read':
      return role === 'coordinator';
    case 'taxonomy.manage':
    case 'settings.manage':
      return false; // admin only
    case 'user.list':
      return role === 'coordinator' || role === 'focal_point';
    case 'user.manage':
      // Coordinators manage (and invite) the staff of institutions: focal points and contributors.
      if (role === 'coordinator')
        return resource.targetRole !== undefined && INSTITUTION_ROLES.has(resource.targetRole);
      // Focal points manage the contributors of their own institution, nothing else.
      return (
        role === 'focal_point' &&
        resource.targetRole === 'contributor' &&
        resource.institutionId === actor.institutionId &&
        Boolean(actor.institutionId)
      );
    case 'update.draft':
      return (role === 'focal_point' || role === 'contributor') && ownsInstitution(actor, resource);
    case 'update.submit':
      return role === 'focal_point' && ownsInstitution(actor, resource);
    case 'assessment.write':
      return (
        role === 'cso' && Boolean(actor.organizationId) && resource.organizationId === actor.organizationId
      );
    default:
      return false;
  }
}

/** Published, and not about a recommendation or measure that is itself hidden from the public. */
const isPublicUpdate = (r: Resource): boolean =>
  r.updateStatus !== undefined && PUBLIC_UPDATE_STATUSES.includes(r.updateStatus) && r.published !== false;

/** What the anonymous public may do: read what is published, nothing else. */
function publicRead(action: Action, r: Resource): boolean {
  switch (action) {
    case 'recommendation.read':
    case 'plan.read':
      return r.published === true;
    case 'update.read':
      return isPublicUpdate(r);
    case 'institution.read':
      return true;
    default:
      return false;
  }
}

/**
 * Which recommendations a list query may return for this actor; the database layer turns this
 * into a WHERE clause so that scoping never depends on the UI.
 */
export type RecommendationScope =
  | { kind: 'all' }
  | { kind: 'published' }
  | { kind: 'published_or_institution'; institutionId: string };

export function recommendationScope(actor: Actor | null): RecommendationScope {
  if (actor && STAFF.has(actor.role)) return { kind: 'all' };
  if (actor && INSTITUTION_ROLES.has(actor.role) && actor.institutionId) {
    return { kind: 'published_or_institution', institutionId: actor.institutionId };
  }
  return { kind: 'published' };
}
