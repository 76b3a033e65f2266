import { INSTITUTION_ROLES } from '@tatabbu/domain';
import { useSessionUser } from '../auth/session';
import { WorkspaceHome } from '../recommendations/WorkspaceHome';
import { CoordinatorDesk } from './CoordinatorDesk';
import { InstitutionHome } from './InstitutionHome';

/**
 * The workspace home: focal points and contributors land on their institution's follow-up work;
 * coordinators get the overview with their review desk under it; everyone else the overview.
 */
export function HomePage() {
  const me = useSessionUser();
  if (INSTITUTION_ROLES.has(me.role) && me.institutionId) return <InstitutionHome />;
  if (me.role === 'coordinator' || me.role === 'admin') {
    return (
      <>
        <WorkspaceHome />
        <CoordinatorDesk />
      </>
    );
  }
  return <WorkspaceHome />;
}
