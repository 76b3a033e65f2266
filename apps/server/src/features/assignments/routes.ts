import type { AssignmentReadScope, Database } from '@tatabbu/db';
import {
  assignRecommendation,
  bulkAssign,
  changeAssignmentRole,
  endAssignment,
  listInstitutionAssignments,
  listRecommendationAssignments,
} from '@tatabbu/db';
import {
  type Actor,
  assignmentCreateSchema,
  assignmentListQuerySchema,
  assignmentListSchema,
  assignmentResultSchema,
  assignmentSchema,
  assignmentUpdateSchema,
  bulkAssignResultSchema,
  bulkAssignSchema,
  INSTITUTION_ROLES,
  idParamsSchema,
  recommendationScope,
} from '@tatabbu/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { authorize } from '../../http/authorize.js';
import { HttpError } from '../../http/errors.js';
import { errorResponses } from '../../http/openapi.js';
import { requireActor } from '../auth/session-plugin.js';
import { withValidReferences } from '../institutions/invalid-reference.js';

/** Staff read every assignment; focal points and contributors those of their own institution only. */
function readScope(actor: Actor, institutionId: string | undefined): AssignmentReadScope {
  if (actor.role === 'admin' || actor.role === 'coordinator') return {};
  if (!INSTITUTION_ROLES.has(actor.role) || !actor.institutionId) throw new HttpError(403, 'forbidden');
  if (institutionId !== undefined && institutionId !== actor.institutionId)
    throw new HttpError(403, 'forbidden');
  return { institutionId: actor.institutionId };
}

/** Who is responsible for which recommendation: assigned by coordinators, history kept. */
export const assignmentRoutes: FastifyPluginAsyncZod<{ database: Database }> = async (app, { database }) => {
  const tags = ['assignments'];

  app.get(
    '/assignments',
    {
      schema: {
        tags,
        summary:
          "A recommendation's assignments (current and ended) or an institution's current ones (paged)",
        querystring: assignmentListQuerySchema,
        response: { 200: assignmentListSchema, ...errorResponses(400, 401, 403) },
      },
    },
    async (req) => {
      const { recommendationId, institutionId, page, pageSize } = req.query;
      const scope = readScope(requireActor(req), institutionId);
      if (recommendationId) {
        const items = await listRecommendationAssignments(database.db, recommendationId, scope);
        return { items, total: items.length };
      }
      return listInstitutionAssignments(database.db, institutionId as string, scope, { page, pageSize });
    },
  );

  app.post(
    '/assignments',
    {
      schema: {
        tags,
        summary:
          'Assign a recommendation to an institution as lead (the previous lead becomes contributing) or contributing',
        body: assignmentCreateSchema,
        response: { 200: assignmentResultSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      authorize(actor, 'assignment.manage');
      return withValidReferences(() => assignRecommendation(database.db, req.body, actor.id));
    },
  );

  app.post(
    '/assignments/bulk',
    {
      schema: {
        tags,
        summary:
          'Assign every recommendation matching the list filters to one institution (or count them: dryRun)',
        body: bulkAssignSchema,
        response: { 200: bulkAssignResultSchema, ...errorResponses(400, 401, 403) },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      authorize(actor, 'assignment.manage');
      return withValidReferences(() =>
        bulkAssign(database.db, recommendationScope(actor), req.body, actor.id),
      );
    },
  );

  app.patch(
    '/assignments/:id',
    {
      schema: {
        tags,
        summary: 'Change the role of a current assignment (the old one ends, a new one starts)',
        params: idParamsSchema,
        body: assignmentUpdateSchema,
        response: { 200: assignmentResultSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      authorize(actor, 'assignment.manage');
      return changeAssignmentRole(database.db, req.params.id, req.body.role, actor.id);
    },
  );

  app.delete(
    '/assignments/:id',
    {
      schema: {
        tags,
        summary: 'End an assignment; it stays in the history (ended at, ended by)',
        params: idParamsSchema,
        response: { 200: assignmentSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      authorize(actor, 'assignment.manage');
      return endAssignment(database.db, req.params.id, actor.id);
    },
  );
};
