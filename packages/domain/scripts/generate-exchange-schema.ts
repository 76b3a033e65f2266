// Writes docs/exchange/tatabbu-exchange.v1.schema.json from the zod schema of the exchange format.
// Run: npm run -w @tatabbu/domain schema:exchange
import { writeFileSync } from 'node:fs';
import {
  EXCHANGE_SCHEMA_PATH,
  exchangeJsonSchemaText,
} from '../src/imports/parsers/sources/exchange-json-schema.js';

const target = new URL(`../../../${EXCHANGE_SCHEMA_PATH}`, import.meta.url);
writeFileSync(target, exchangeJsonSchemaText());
console.log(`wrote ${EXCHANGE_SCHEMA_PATH}`);
