import { z } from 'zod';
import { EXCHANGE_VERSION, exchangeDocumentSchema } from '../../record.js';

/** Where the schema lives in the repository, relative to its root. */
export const EXCHANGE_SCHEMA_PATH = `docs/exchange/tatabbu-exchange.v${EXCHANGE_VERSION}.schema.json`;

/**
 * The JSON Schema of the exchange format, generated from `exchangeDocumentSchema` so the two never
 * drift (a test compares it with the committed file). It describes what a reader accepts: fields
 * with a default (`recommendingStates`, `terms`) may be left out.
 */
export function exchangeJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(exchangeDocumentSchema, { io: 'input', target: 'draft-2020-12' });
  return {
    $schema: generated.$schema,
    $id: `urn:tatabbu:schema:exchange:v${EXCHANGE_VERSION}`,
    title: `Tatabbu exchange format, version ${EXCHANGE_VERSION}`,
    description:
      'Recommendations of human-rights mechanisms as exchanged between Tatabbu instances and other follow-up systems. See docs/exchange/README.md.',
    ...generated,
  };
}

/** The schema file's content: two-space JSON and a final new line. */
export const exchangeJsonSchemaText = (): string => `${JSON.stringify(exchangeJsonSchema(), null, 2)}\n`;
