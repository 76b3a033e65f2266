import type { Database } from '@tatabbu/db';
import { createUpdate, followUpScope, getUpdate, listUpdates, stepUpdate, updateFacts } from '@tatabbu/db';
import {
  type Action,
  type Actor,
  can,
  idParamsSchema,
  progressUpdateDetailSchema,
  recommendationScope,
  updateCreateSchema,
  updateListQuerySchema,
  updateListSchema,
  updatePatchSchema,
  updateReturnSchema,
  updateStepSchema,
} from '@tatabbu/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { authorize } from '../../http/authorize.js';
import { HttpError, notFound } from '../../http/errors.js';
import { errorResponses } from '../../http/openapi.js';
import { requireActor } from '../auth/session-plugin.js';
import { withFollowUpErrors } from './errors.js';

/** The update as `actor` may read it, or 404 (an update out of scope does not exist for them). */
async function readable(database: Database, actor: Actor | null, id: string) {
  const update = await getUpdate(database.db, followUpScope(recommendationScope(actor)), id);
  if (!update) throw notFound();
  return update;
}

/**
 * Progress updates: an institution's members draft (contributors and focal points) and submit (focal
 * points); the coordinator returns with a comment, validates (which sets the official status) and
 * publishes. Every step is checked against the version read (409 when stale) and the workflow.
 */
export const updateRoutes: FastifyPluginAsyncZod<{ database: Database }> = async (app, { database }) => {
  const tags = ['follow-up'];
  const detail = { 200: progressUpdateDetailSchema };

  app.get(
    '/updates',
    {
      schema: {
        tags,
        summary:
          'Progress updates by round, institution, status, recommendation or measure; the public sees published ones only',
        querystring: updateListQuerySchema,
        response: { 200: updateListSchema, ...errorResponses(400) },
      },
    },
    async (req) => listUpdates(database.db, followUpScope(recommendationScope(req.actor)), req.query),
  );

  app.get(
    '/updates/:id',
    {
      schema: {
        tags,
        summary: 'One progress update with its kept versions',
        params: idParamsSchema,
        response: { ...detail, ...errorResponses(404) },
      },
    },
    async (req) => readable(database, req.actor, req.params.id),
  );

  app.post(
    '/updates',
    {
      schema: {
        tags,
        summary: "Start the institution's update on one recommendation or measure of an open round",
        body: updateCreateSchema,
        response: { 201: progressUpdateDetailSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const institutionId = req.body.institutionId ?? actor.institutionId;
      authorize(actor, 'update.draft', { institutionId: institutionId ?? null });
      if (!institutionId) {
        throw new HttpError(400, 'validation_failed', {
          issues: [{ path: 'institutionId', message: 'say which institution reports' }],
        });
      }
      const id = await withFollowUpErrors(() =>
        createUpdate(database.db, { ...req.body, institutionId }, actor.id),
      );
      return reply.status(201).send(await readable(database, actor, id));
    },
  );

  /** One workflow step on an update the actor may see, if `action` allows it for that update. */
  async function step(
    actor: Actor,
    id: string,
    action: Action,
    run: () => Promise<void>,
  ): Promise<ReturnType<typeof readable>> {
    const facts = await updateFacts(database.db, id);
    if (!facts) throw notFound();
    const resource = {
      institutionId: facts.institutionId,
      updateStatus: facts.status,
      published: facts.published,
    };
    // An update the actor may not read (also a published one on a non-public subject) does not exist for them.
    if (!can(actor, 'update.read', resource)) throw notFound();
    authorize(actor, action, resource);
    await withFollowUpErrors(run);
    return readable(database, actor, id);
  }

  app.patch(
    '/updates/:id',
    {
      schema: {
        tags,
        summary: 'Save a draft or returned update (narrative, proposed status, progress, period, links)',
        params: idParamsSchema,
        body: updatePatchSchema,
        response: { ...detail, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const { version, ...content } = req.body;
      return step(actor, req.params.id, 'update.draft', () =>
        stepUpdate(database.db, req.params.id, 'save', { version, content }, actor.id),
      );
    },
  );

  const simpleSteps = [
    {
      path: 'submit',
      action: 'update.submit',
      summary: 'Submit to the coordinator (focal point; also after a return)',
    },
    {
      path: 'validate',
      action: 'update.review',
      summary: 'Validate: the proposed status becomes the official one',
    },
    { path: 'publish', action: 'update.publish', summary: 'Publish a validated update on the public portal' },
  ] as const;
  for (const s of simpleSteps) {
    app.post(
      `/updates/:id/${s.path}`,
      {
        schema: {
          tags,
          summary: s.summary,
          params: idParamsSchema,
          body: updateStepSchema,
          response: { ...detail, ...errorResponses(400, 401, 403, 404, 409) },
        },
      },
      async (req) => {
        const actor = requireActor(req);
        return step(actor, req.params.id, s.action, () =>
          stepUpdate(database.db, req.params.id, s.path, { version: req.body.version }, actor.id),
        );
      },
    );
  }

  app.post(
    '/updates/:id/return',
    {
      schema: {
        tags,
        summary: 'Return a submitted update to its institution with a comment saying what to change',
        params: idParamsSchema,
        body: updateReturnSchema,
        response: { ...detail, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      return step(actor, req.params.id, 'update.review', () =>
        stepUpdate(database.db, req.params.id, 'return', req.body, actor.id),
      );
    },
  );
};
