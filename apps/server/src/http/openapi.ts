import { apiErrorSchema } from '@tatabbu/domain';

/** The error responses a route can give, for its OpenAPI description. */
export function errorResponses(...statuses: number[]): Record<number, typeof apiErrorSchema> {
  return Object.fromEntries(statuses.map((s) => [s, apiErrorSchema]));
}
