import { ConflictError, NotFoundError, StaleVersionError } from '@tatabbu/db';
import type { ApiError, ErrorCode, UiLocale } from '@tatabbu/domain';
import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { ERROR_MESSAGES } from '../i18n/messages.js';
import { requestLocale } from '../i18n/request-locale.js';
import { HttpError } from './errors.js';

export function errorBody(code: ErrorCode, locale: UiLocale, details?: unknown): ApiError {
  return {
    error: { code, message: ERROR_MESSAGES[code][locale], ...(details === undefined ? {} : { details }) },
  };
}

/** Maps every failure to the one error shape of DESIGN §4, in the request's language. */
export function installErrorHandler(app: FastifyInstance, defaultLocale: UiLocale): void {
  app.setErrorHandler((err: FastifyError, req, reply) => {
    const locale = requestLocale(req, defaultLocale);
    const send = (status: number, code: ErrorCode, details?: unknown) =>
      reply.status(status).send(errorBody(code, locale, details));

    if (err instanceof HttpError) return send(err.status, err.code, err.details);
    if (hasZodFastifySchemaValidationErrors(err)) {
      const issues = err.validation.map((v) => ({
        path: `${err.validationContext ?? ''}${v.instancePath}`.replace(/\//g, '.'),
        message: v.message,
      }));
      return send(400, 'validation_failed', { issues });
    }
    if (err instanceof StaleVersionError) {
      return send(409, 'stale_version', {
        currentVersion: err.currentVersion,
        updatedAt: err.updatedAt ?? null,
        updatedBy: err.updatedBy ?? null,
      });
    }
    if (err instanceof NotFoundError) return send(404, 'not_found');
    if (err instanceof ConflictError) return send(409, 'conflict', { reason: err.message });
    if (err.statusCode === 429) return send(429, 'too_many_attempts');
    if (err.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE' || err.code === 'FST_ERR_CTP_EMPTY_JSON_BODY') {
      return send(415, 'validation_failed', { reason: err.message });
    }
    if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) {
      return send(err.statusCode, 'validation_failed', { reason: err.message });
    }
    req.log.error({ err }, 'request failed');
    return send(500, 'internal');
  });

  app.setNotFoundHandler((req, reply) => {
    reply.status(404).send(errorBody('not_found', requestLocale(req, defaultLocale)));
  });
}
