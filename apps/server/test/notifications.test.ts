import { schema, seedNotificationWorld, sweepNotifications } from '@tatabbu/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addTestUser, asUser, type Session, signIn, startTestApp, type TestApp } from './helpers.js';

let t: TestApp;
let world: Awaited<ReturnType<typeof seedNotificationWorld>>;
let focal: Session;
let coordinator: Session & { name: string };
let other: Session;
let focalId: string;

beforeAll(async () => {
  t = await startTestApp();
  world = await seedNotificationWorld(t.database.db);
  const fp = await addTestUser(t.database, 'focal_point', { institutionId: world.justice.id });
  const coord = await addTestUser(t.database, 'coordinator');
  const fh = await addTestUser(t.database, 'focal_point', { institutionId: world.health.id });
  focal = await signIn(t.app, fp.email);
  focalId = fp.id;
  coordinator = { ...(await signIn(t.app, coord.email)), name: coord.name };
  other = await signIn(t.app, fh.email);
  await sweepNotifications(t.database.db); // watermark
});
afterAll(() => t.close());

const list = (s: Session, query = '') =>
  t.app.inject({ url: `/api/v1/notifications${query}`, headers: asUser(s) });

describe('my notifications', () => {
  it('lists only my own, with the unread count and the page each leads to', async () => {
    await world.assign(world.rec1.id, world.justice.id);
    await sweepNotifications(t.database.db);
    const mine = (await list(focal)).json();
    expect(mine).toMatchObject({ total: 1, unread: 1 });
    expect(mine.items[0]).toMatchObject({
      kind: 'assignment',
      path: `/app/recommendations/${world.rec1.id}`,
      readAt: null,
    });
    expect((await list(other)).json()).toMatchObject({ total: 0, unread: 0 });
    expect((await t.app.inject({ url: '/api/v1/notifications' })).statusCode).toBe(401);
  });

  it('marks one read (only my own) and all read', async () => {
    const [first] = (await list(focal)).json().items;
    const stranger = await t.app.inject({
      method: 'POST',
      url: `/api/v1/notifications/${first.id}/read`,
      headers: asUser(other),
    });
    expect(stranger.statusCode).toBe(404);
    const read = await t.app.inject({
      method: 'POST',
      url: `/api/v1/notifications/${first.id}/read`,
      headers: asUser(focal),
    });
    expect(read.statusCode).toBe(204);
    expect((await list(focal)).json().unread).toBe(0);

    await world.assign(world.rec2.id, world.justice.id);
    await sweepNotifications(t.database.db);
    expect((await list(focal, '?unreadOnly=true')).json()).toMatchObject({ total: 1, unread: 1 });
    const all = await t.app.inject({
      method: 'POST',
      url: '/api/v1/notifications/read-all',
      headers: asUser(focal),
    });
    expect(all.json()).toEqual({ marked: 1 });
    expect((await list(focal)).json()).toMatchObject({ total: 2, unread: 0 });
    const audit = await t.database.db
      .select()
      .from(schema.auditEvents)
      .where(eq(schema.auditEvents.actorId, focalId));
    expect(audit.map((e) => e.action)).toEqual(
      expect.arrayContaining(['notification.read', 'notification.read_all']),
    );
  });

  it('keeps the daily-digest choice', async () => {
    const url = '/api/v1/notifications/preferences';
    expect((await t.app.inject({ url, headers: asUser(focal) })).json()).toEqual({ emailDigest: false });
    const put = await t.app.inject({
      method: 'PUT',
      url,
      headers: asUser(focal),
      payload: { emailDigest: true },
    });
    expect(put.json()).toEqual({ emailDigest: true });
    expect((await t.app.inject({ url, headers: asUser(focal) })).json()).toEqual({ emailDigest: true });
  });
});

describe('invitations by e-mail', () => {
  const invite = (s: Session, payload: object) =>
    t.app.inject({ method: 'POST', url: '/api/v1/invitations', headers: asUser(s), payload });

  /** The one-time link from the queued invitation e-mail. */
  async function tokenFor(email: string) {
    const [mail] = await t.database.db
      .select()
      .from(schema.emailOutbox)
      .where(eq(schema.emailOutbox.toAddress, email));
    const token = /\/invite\/([\w-]+)/.exec(mail?.bodyText ?? '')?.[1];
    if (!token) throw new Error('no invitation e-mail');
    return { mail, token };
  }

  it('invites a contributor: disabled until the link sets a password, once', async () => {
    const res = await invite(coordinator, {
      email: 'Nouvelle.Contributrice@justice.ma',
      name: 'Nouvelle Contributrice',
      role: 'contributor',
      institutionId: world.justice.id,
      locale: 'fr',
    });
    expect(res.statusCode).toBe(201);
    expect(res.json().user).toMatchObject({ email: 'nouvelle.contributrice@justice.ma', active: false });
    const { mail, token } = await tokenFor('nouvelle.contributrice@justice.ma');
    expect(mail?.subject).toBe('Vous êtes invité(e) sur Tatabbu');
    expect(mail?.bodyText).toContain(`${coordinator.name} vous invite sur Tatabbu`);
    expect(mail?.bodyText).not.toContain('Vous recevez ce courriel parce que vous avez un compte');

    const shown = await t.app.inject({ url: `/api/v1/invitations/${token}` });
    expect(shown.json()).toMatchObject({
      email: 'nouvelle.contributrice@justice.ma',
      invitedBy: coordinator.name,
      locale: 'fr',
    });

    const weak = await t.app.inject({
      method: 'POST',
      url: `/api/v1/invitations/${token}/accept`,
      payload: { password: 'short' },
    });
    expect(weak.json().error.code).toBe('weak_password');
    const password = 'une phrase de passe assez longue';
    const accepted = await t.app.inject({
      method: 'POST',
      url: `/api/v1/invitations/${token}/accept`,
      payload: { password },
    });
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json()).toMatchObject({ active: true, mustChangePassword: false });
    await signIn(t.app, 'nouvelle.contributrice@justice.ma', password);

    const again = await t.app.inject({
      method: 'POST',
      url: `/api/v1/invitations/${token}/accept`,
      headers: { 'accept-language': 'fr' },
      payload: { password },
    });
    expect(again.statusCode).toBe(410);
    expect(again.json().error).toMatchObject({
      code: 'invitation_used',
      message: expect.stringContaining('déjà été utilisé'),
    });
    const audit = await t.database.db
      .select()
      .from(schema.auditEvents)
      .where(eq(schema.auditEvents.entityId, accepted.json().id));
    expect(audit.map((e) => e.action)).toEqual(
      expect.arrayContaining(['invitation.create', 'invitation.accept']),
    );
  });

  it('refuses an expired link with a clear message', async () => {
    await invite(coordinator, {
      email: 'late@sante.ma',
      name: 'Late',
      role: 'focal_point',
      institutionId: world.health.id,
      locale: 'ar',
    });
    const { token } = await tokenFor('late@sante.ma');
    await t.database.db
      .update(schema.invitations)
      .set({ expiresAt: new Date(Date.now() - 1000).toISOString() });
    const res = await t.app.inject({
      url: `/api/v1/invitations/${token}`,
      headers: { 'accept-language': 'ar' },
    });
    expect(res.statusCode).toBe(410);
    expect(res.json().error).toMatchObject({
      code: 'invitation_expired',
      message: expect.stringContaining('انتهت صلاحية'),
    });
    const accept = await t.app.inject({
      method: 'POST',
      url: `/api/v1/invitations/${token}/accept`,
      payload: { password: 'une phrase de passe assez longue' },
    });
    expect(accept.json().error.code).toBe('invitation_expired');
    expect((await t.app.inject({ url: `/api/v1/invitations/${'x'.repeat(43)}` })).statusCode).toBe(404);
  });

  it('lets a focal point invite only contributors of their own institution', async () => {
    const payload = { email: 'c@sante.ma', name: 'C', role: 'contributor', institutionId: world.health.id };
    expect((await invite(focal, payload)).statusCode).toBe(403);
    expect(
      (await invite(focal, { ...payload, role: 'focal_point', institutionId: world.justice.id })).statusCode,
    ).toBe(403);
    expect((await invite(focal, { ...payload, institutionId: world.justice.id })).statusCode).toBe(201);
    expect((await invite(coordinator, { email: 'o@x.org', name: 'O', role: 'observer' })).statusCode).toBe(
      403,
    );
    expect((await invite(coordinator, { ...payload, email: 'C@sante.ma' })).statusCode).toBe(409);
  });
});
