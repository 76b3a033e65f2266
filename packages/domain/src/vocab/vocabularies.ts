import { z } from 'zod';

/** Kinds of mechanism that address recommendations to the State. */
export const MECHANISM_TYPES = ['upr', 'treaty_body', 'special_procedure', 'regional', 'other'] as const;
export const mechanismTypeSchema = z.enum(MECHANISM_TYPES);
export type MechanismType = z.infer<typeof mechanismTypeSchema>;

/** The State's position on a recommendation (UPR: supported / noted). */
export const POSITIONS = ['supported', 'supported_in_part', 'noted', 'pending'] as const;
export const positionSchema = z.enum(POSITIONS);
export type Position = z.infer<typeof positionSchema>;

/** Implementation status vocabulary (DESIGN §2). */
export const IMPLEMENTATION_STATUSES = [
  'not_started',
  'in_progress',
  'partially_implemented',
  'implemented',
  'continuous',
  'not_applicable',
] as const;
export const implementationStatusSchema = z.enum(IMPLEMENTATION_STATUSES);
export type ImplementationStatus = z.infer<typeof implementationStatusSchema>;

/**
 * Where the current status comes from. `demo` marks statuses copied from the illustrative
 * Morocco demo file: the UI must label them as such.
 */
export const STATUS_ORIGINS = ['demo', 'import', 'validated_update', 'manual'] as const;
export const statusOriginSchema = z.enum(STATUS_ORIGINS);
export type StatusOrigin = z.infer<typeof statusOriginSchema>;

/** UN treaty-body follow-up grades, kept where a committee assessed them. */
export const FOLLOWUP_GRADES = ['A', 'B', 'C', 'D', 'E'] as const;

export const ASSIGNMENT_ROLES = ['lead', 'contributing'] as const;
export const assignmentRoleSchema = z.enum(ASSIGNMENT_ROLES);
export type AssignmentRole = z.infer<typeof assignmentRoleSchema>;

export const INSTITUTION_KINDS = [
  'government',
  'judiciary',
  'parliament',
  'nhri',
  'independent_body',
  'other',
] as const;
export const institutionKindSchema = z.enum(INSTITUTION_KINDS);
export type InstitutionKind = z.infer<typeof institutionKindSchema>;

/** Classification vocabularies; all multilingual and admin-editable (DESIGN §2). */
export const VOCABULARIES = [
  'uhri_theme',
  'affected_person',
  'sdg_goal',
  'sdg_target',
  'sdg_indicator',
  'axis',
  'subaxis',
  'cluster',
] as const;
export const vocabularySchema = z.enum(VOCABULARIES);
export type Vocabulary = z.infer<typeof vocabularySchema>;

/** Vocabularies whose terms are known by their number (SDG 16.3, axis 2): shown "code — name". */
export const NUMBERED_VOCABULARIES: readonly Vocabulary[] = VOCABULARIES.filter(
  (v) => v !== 'uhri_theme' && v !== 'affected_person',
);
