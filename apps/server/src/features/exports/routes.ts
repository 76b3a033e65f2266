import type { Readable } from 'node:stream';
import {
  type Database,
  type ExportRecommendation,
  exportRecommendationBatches,
  recordAudit,
} from '@tatabbu/db';
import {
  type ContentLang,
  EXPORT_FORMATS,
  type ExportFormat,
  type RecommendationExportQuery,
  recommendationExportQuerySchema,
  recommendationScope,
} from '@tatabbu/domain';
import type { FastifyBaseLogger } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Config } from '../../config.js';
import { errorResponses } from '../../http/openapi.js';
import { requestLocale } from '../../i18n/request-locale.js';
import { APP_VERSION } from '../../version.js';
import { csvStream } from './csv.js';
import { exchangeStream } from './exchange.js';
import { xlsxStream } from './xlsx.js';

const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  json: 'application/json; charset=utf-8',
};

const SHEET_NAMES: Record<ContentLang, string> = {
  ar: 'التوصيات',
  fr: 'Recommandations',
  en: 'Recommendations',
  es: 'Recomendaciones',
};

/** `recommendations-2026-11-23.csv`: ASCII, so every browser keeps it as is. */
export const exportFileName = (format: ExportFormat, now = new Date()) =>
  `recommendations-${now.toISOString().slice(0, 10)}.${format}`;

function exportStream(
  format: ExportFormat,
  batches: AsyncIterable<ExportRecommendation[]>,
  lang: ContentLang,
  log: FastifyBaseLogger,
): Readable {
  switch (format) {
    case 'csv':
      return csvStream(batches, lang);
    case 'xlsx':
      return xlsxStream(batches, lang, SHEET_NAMES[lang], (error) =>
        log.error({ err: error }, 'xlsx export'),
      );
    case 'json':
      return exchangeStream(batches, `Tatabbu ${APP_VERSION}`);
  }
}

/** The query without defaults and empty lists, for the audit trail. */
const usedFilters = (query: RecommendationExportQuery) =>
  Object.fromEntries(
    Object.entries(query).filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0)),
  );

/**
 * Export of what the list shows: the same filters, the same scope (anonymous callers get published
 * recommendations only), streamed in batches. Exports that may contain non-public records are
 * written to the audit trail.
 */
export const exportRoutes: FastifyPluginAsyncZod<{ database: Database; config: Config }> = async (
  app,
  { database, config },
) => {
  app.get(
    '/exports/recommendations.:format',
    {
      schema: {
        tags: ['exports'],
        summary: 'Export the filtered recommendation list as CSV (UTF-8 with BOM), XLSX or Tatabbu JSON',
        description:
          'Takes the filters of GET /recommendations. `lang` chooses the main text column and the labels; ' +
          'JSON is the Tatabbu exchange document (ExchangeDocument), re-importable by another instance.',
        params: z.object({ format: z.enum(EXPORT_FORMATS) }),
        querystring: recommendationExportQuerySchema,
        response: {
          200: z.any().describe('The file (text/csv, XLSX workbook or application/json)'),
          ...errorResponses(400),
        },
      },
    },
    async (req, reply) => {
      const { format } = req.params;
      const lang = req.query.lang ?? requestLocale(req, config.defaultLocale);
      const scope = recommendationScope(req.actor);
      if (req.actor && scope.kind !== 'published') {
        await recordAudit(database.db, {
          actorId: req.actor.id,
          action: 'recommendation.export',
          entity: 'recommendation',
          after: { format, lang, filters: usedFilters(req.query) },
        });
      }
      const batches = exportRecommendationBatches(database.db, scope, req.query);
      reply
        .header('content-type', CONTENT_TYPES[format])
        .header('content-disposition', `attachment; filename="${exportFileName(format)}"`)
        .header('cache-control', 'no-store');
      return reply.send(exportStream(format, batches, lang, req.log));
    },
  );
};
