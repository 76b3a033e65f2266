import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exchangeDocumentSchema } from '../../record.js';
import { validateDrafts } from '../validate.js';
import { parseExchange } from './exchange.js';
import { EXCHANGE_SCHEMA_PATH, exchangeJsonSchema } from './exchange-json-schema.js';
import { fixtureText } from './fixtures.test-helper.js';

const example = JSON.parse(fixtureText('tatabbu-exchange-example.json'));

describe('Tatabbu exchange format', () => {
  it('reads the records of a version 1 document, row = position in the list', () => {
    const { drafts, problems } = parseExchange(example);
    expect(problems).toEqual([]);
    expect(drafts.map(({ row, draft }) => [row, draft.key])).toEqual([
      [1, 'A/HRC/36/6 §144.117'],
      [2, 'CEDAW/C/MAR/CO/4 §21(b)'],
    ]);
    const { records } = validateDrafts(drafts);
    expect(records[1]?.record).toMatchObject({
      status: 'in_progress',
      recommendingStates: [],
      text: { ar: expect.any(String) },
    });
  });

  it('the example in the docs is a valid exchange document', () => {
    expect(exchangeDocumentSchema.safeParse(example).success).toBe(true);
  });

  it('refuses another version and another format', () => {
    expect(parseExchange({ ...example, version: 2 }).problems).toEqual([
      { code: 'exchange_version_unsupported', severity: 'error', params: { version: '2', supported: 1 } },
    ]);
    expect(parseExchange({ format: 'other', version: 1, recommendations: [] }).problems[0]?.code).toBe(
      'unknown_format',
    );
    expect(parseExchange([]).problems[0]?.code).toBe('json_invalid');
    expect(parseExchange({ ...example, recommendations: {} }).problems[0]?.code).toBe('json_invalid');
  });

  it('a bad record is reported on its row and does not hide the others', () => {
    const [first, second] = example.recommendations;
    const { drafts } = parseExchange({
      ...example,
      recommendations: [first, { ...second, position: 'maybe' }],
    });
    const { records, problems } = validateDrafts(drafts);
    expect(records.map(({ row }) => row)).toEqual([1]);
    expect(problems).toEqual([
      { code: 'invalid_value', severity: 'error', row: 2, column: 'position', value: 'maybe' },
    ]);
  });

  it('the committed JSON Schema is the one the code generates (npm run -w @tatabbu/domain schema:exchange)', () => {
    const committed = JSON.parse(
      readFileSync(new URL(`../../../../../../${EXCHANGE_SCHEMA_PATH}`, import.meta.url), 'utf8'),
    );
    expect(committed).toEqual(exchangeJsonSchema());
  });
});
