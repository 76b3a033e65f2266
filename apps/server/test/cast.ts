import { addTestUser, type Session, signIn, type TestApp } from './helpers.js';

/** Who acts in a two-ministry test: staff, Justice's focal point and contributor, Health's focal point, the public side. */
export type CastMember =
  | 'admin'
  | 'coordinator'
  | 'focal'
  | 'contributor'
  | 'otherFocal'
  | 'cso'
  | 'observer';

/** Creates one user per cast member (Justice's and Health's people in their ministries) and signs each in. */
export async function signInCast(
  t: TestApp,
  { justice, health }: { justice: string; health: string },
): Promise<Record<CastMember, Session>> {
  const users = {
    admin: await addTestUser(t.database, 'admin'),
    coordinator: await addTestUser(t.database, 'coordinator'),
    focal: await addTestUser(t.database, 'focal_point', { institutionId: justice }),
    contributor: await addTestUser(t.database, 'contributor', { institutionId: justice }),
    otherFocal: await addTestUser(t.database, 'focal_point', { institutionId: health }),
    cso: await addTestUser(t.database, 'cso'),
    observer: await addTestUser(t.database, 'observer'),
  };
  const sessions = {} as Record<CastMember, Session>;
  for (const [member, user] of Object.entries(users))
    sessions[member as CastMember] = await signIn(t.app, user.email);
  return sessions;
}
