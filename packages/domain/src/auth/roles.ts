import { z } from 'zod';

export const ROLES = ['admin', 'coordinator', 'focal_point', 'contributor', 'cso', 'observer'] as const;
export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;

/** Roles that act for one institution; they must have one. */
export const INSTITUTION_ROLES: ReadonlySet<Role> = new Set(['focal_point', 'contributor']);
/** Roles that act for one civil-society organisation; they must have one. */
export const ORGANIZATION_ROLES: ReadonlySet<Role> = new Set(['cso']);

/** Who is acting. `null` is the anonymous public. */
export interface Actor {
  id: string;
  role: Role;
  institutionId?: string | null;
  organizationId?: string | null;
}
