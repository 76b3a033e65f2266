import type { Database, InstitutionReadScope } from '@tatabbu/db';
import { createInstitution, getInstitutionDetail, updateInstitution } from '@tatabbu/db';
import {
  type Actor,
  INSTITUTION_ROLES,
  type InstitutionCreate,
  type InstitutionUpdate,
  recommendationScope,
} from '@tatabbu/domain';
import { authorize } from '../../http/authorize.js';
import { HttpError } from '../../http/errors.js';
import { withValidReferences } from './invalid-reference.js';

/**
 * Institutions are public (the portal filters by them); counts follow the reader's recommendation
 * scope, and members are shown to staff and to the institution's own people only.
 */
export function institutionReadScope(actor: Actor | null): InstitutionReadScope {
  const members: InstitutionReadScope['members'] =
    actor && (actor.role === 'admin' || actor.role === 'coordinator')
      ? { kind: 'all' }
      : actor && INSTITUTION_ROLES.has(actor.role) && actor.institutionId
        ? { kind: 'own', institutionId: actor.institutionId }
        : { kind: 'none' };
  return { recommendations: recommendationScope(actor), members };
}

export async function readInstitution(database: Database, actor: Actor | null, id: string) {
  const found = await getInstitutionDetail(database.db, id, institutionReadScope(actor));
  if (!found) throw new HttpError(404, 'not_found');
  return found;
}

export async function addInstitution(database: Database, actor: Actor, input: InstitutionCreate) {
  authorize(actor, 'institution.manage');
  const id = await withValidReferences(() => createInstitution(database.db, input, actor.id));
  return readInstitution(database, actor, id);
}

export async function changeInstitution(
  database: Database,
  actor: Actor,
  id: string,
  patch: InstitutionUpdate,
) {
  authorize(actor, 'institution.manage');
  await withValidReferences(() => updateInstitution(database.db, id, patch, actor.id));
  return readInstitution(database, actor, id);
}
