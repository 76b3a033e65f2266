import { describe, expect, it } from 'vitest';
import { ACTIONS, type Action, can, type Resource, recommendationScope } from './permissions.js';
import { type Actor, ROLES, type Role } from './roles.js';

const INST = 'inst-1';
const OTHER = 'inst-2';
const ORG = 'org-1';

const actorOf = (role: Role): Actor => ({
  id: `u-${role}`,
  role,
  institutionId: role === 'focal_point' || role === 'contributor' ? INST : null,
  organizationId: role === 'cso' ? ORG : null,
});

/**
 * Every role × action on a resource of the actor's own institution/organisation that is not yet
 * published. `Y` allowed, `.` refused. Columns: admin coordinator focal_point contributor cso observer.
 */
const OWN: Record<Action, string> = {
  'recommendation.read': 'YYYY..',
  'recommendation.create': 'YY....',
  'recommendation.update': 'YY....',
  'recommendation.import': 'YY....',
  'recommendation.classify': 'YY....',
  'recommendation.export': 'YYYYYY',
  'assignment.manage': 'YY....',
  'taxonomy.manage': 'Y.....',
  'institution.manage': 'YY....',
  'institution.read': 'YYYYYY',
  'settings.manage': 'Y.....',
  'user.list': 'YYY...',
  'user.manage': 'YYY...',
  'audit.read': 'YY....',
  'update.read': 'YYYY..',
  'update.draft': 'Y.YY..',
  'update.submit': 'Y.Y...',
  'update.review': 'YY....',
  'update.publish': 'YY....',
  'round.manage': 'YY....',
  'round.read': 'YYYY..',
  'plan.manage': 'YY....',
  'plan.read': 'YYYY..',
  'assessment.write': 'Y...Y.',
  'report.generate': 'YY....',
  'dashboard.read': 'YYYYYY',
  'token.manage_any': 'Y.....',
};

const ownResource: Resource = {
  institutionId: INST,
  institutionIds: [INST],
  organizationId: ORG,
  published: false,
  targetRole: 'contributor',
};

describe('can(): every role × action on own, unpublished records', () => {
  it('has a row for every action', () => {
    expect(Object.keys(OWN).sort()).toEqual([...ACTIONS].sort());
  });
  for (const action of ACTIONS) {
    ROLES.forEach((role, i) => {
      const expected = OWN[action][i] === 'Y';
      it(`${role} ${expected ? 'may' : 'may not'} ${action}`, () => {
        expect(can(actorOf(role), action, ownResource)).toBe(expected);
      });
    });
  }
});

describe('can(): scope rules', () => {
  const other: Resource = {
    institutionId: OTHER,
    institutionIds: [OTHER],
    organizationId: 'org-2',
    published: false,
  };

  it('a focal point or contributor acts only for their own institution', () => {
    for (const role of ['focal_point', 'contributor'] as const) {
      expect(can(actorOf(role), 'recommendation.read', other)).toBe(false);
      expect(can(actorOf(role), 'update.draft', other)).toBe(false);
    }
    expect(can(actorOf('focal_point'), 'update.submit', other)).toBe(false);
  });

  it('a focal point manages only contributors of their own institution', () => {
    const fp = actorOf('focal_point');
    expect(can(fp, 'user.manage', { targetRole: 'contributor', institutionId: OTHER })).toBe(false);
    expect(can(fp, 'user.manage', { targetRole: 'focal_point', institutionId: INST })).toBe(false);
    expect(can(fp, 'user.manage', { targetRole: 'admin', institutionId: INST })).toBe(false);
  });

  it('a coordinator manages focal points and contributors, not staff, CSO members or observers', () => {
    const coordinator = actorOf('coordinator');
    expect(can(coordinator, 'user.manage', { targetRole: 'focal_point', institutionId: OTHER })).toBe(true);
    for (const targetRole of ['admin', 'coordinator', 'cso', 'observer'] as const)
      expect(can(coordinator, 'user.manage', { targetRole })).toBe(false);
    expect(can(coordinator, 'user.manage', {})).toBe(false);
  });

  it('a CSO member writes assessments only for their own organisation', () => {
    expect(can(actorOf('cso'), 'assessment.write', other)).toBe(false);
  });

  it('everyone, including the anonymous public, reads published records', () => {
    for (const role of ROLES)
      expect(can(actorOf(role), 'recommendation.read', { published: true })).toBe(true);
    expect(can(null, 'recommendation.read', { published: true })).toBe(true);
    expect(can(null, 'recommendation.read', { published: false })).toBe(false);
  });

  it('the anonymous public can do nothing else than read what is published', () => {
    const reads: Action[] = ['recommendation.read', 'plan.read', 'institution.read', 'update.read'];
    for (const action of ACTIONS) {
      if (!reads.includes(action))
        expect(can(null, action, { published: true, updateStatus: 'published' })).toBe(false);
    }
  });

  it('only staff and the institution see an update before it is published; everyone after', () => {
    for (const status of ['draft', 'submitted', 'returned', 'validated'] as const) {
      const own: Resource = { institutionId: INST, updateStatus: status };
      for (const role of ['cso', 'observer'] as const)
        expect(can(actorOf(role), 'update.read', own), `${role} ${status}`).toBe(false);
      expect(can(null, 'update.read', own)).toBe(false);
      expect(can(actorOf('contributor'), 'update.read', { ...own, institutionId: OTHER })).toBe(false);
      expect(can(actorOf('coordinator'), 'update.read', { ...own, institutionId: OTHER })).toBe(true);
    }
    const published: Resource = { institutionId: OTHER, updateStatus: 'published' };
    for (const role of ROLES) expect(can(actorOf(role), 'update.read', published)).toBe(true);
    expect(can(null, 'update.read', published)).toBe(true);
    // … unless what it reports on is itself hidden from the public.
    const hidden: Resource = { institutionId: INST, updateStatus: 'published', published: false };
    for (const role of ['cso', 'observer'] as const)
      expect(can(actorOf(role), 'update.read', hidden)).toBe(false);
    expect(can(null, 'update.read', hidden)).toBe(false);
    expect(can(actorOf('contributor'), 'update.read', { ...hidden, institutionId: OTHER })).toBe(false);
    expect(can(actorOf('contributor'), 'update.read', hidden)).toBe(true);
    expect(can(actorOf('coordinator'), 'update.read', hidden)).toBe(true);
  });

  it('confidential records are visible only to users granted access, whatever their role', () => {
    const secret: Resource = { published: true, confidential: true, grantedUserIds: ['u-coordinator'] };
    expect(can(actorOf('coordinator'), 'recommendation.read', secret)).toBe(true);
    expect(can(actorOf('admin'), 'recommendation.read', secret)).toBe(false);
    expect(can(actorOf('observer'), 'recommendation.read', secret)).toBe(false);
    expect(can(null, 'recommendation.read', secret)).toBe(false);
  });
});

describe('recommendationScope()', () => {
  it('gives staff everything, institutions their own plus published, others published only', () => {
    expect(recommendationScope(actorOf('admin'))).toEqual({ kind: 'all' });
    expect(recommendationScope(actorOf('coordinator'))).toEqual({ kind: 'all' });
    expect(recommendationScope(actorOf('focal_point'))).toEqual({
      kind: 'published_or_institution',
      institutionId: INST,
    });
    expect(recommendationScope(actorOf('contributor'))).toEqual({
      kind: 'published_or_institution',
      institutionId: INST,
    });
    expect(recommendationScope(actorOf('cso'))).toEqual({ kind: 'published' });
    expect(recommendationScope(actorOf('observer'))).toEqual({ kind: 'published' });
    expect(recommendationScope(null)).toEqual({ kind: 'published' });
  });
});
