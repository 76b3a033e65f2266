import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { queryRows } from '../audit/sql.js';
import { StaleVersionError } from '../errors.js';
import { followUpTestWorld, justiceDraft, openRoundFixture } from './test-fixtures.js';
import { getUpdate } from './updates-read.js';
import { stepUpdate } from './updates-write.js';

const world = followUpTestWorld();

const EDITORS = 20;
const ROUNDS_OF_EDITING = 3;

describe('twenty people saving the same update at once', () => {
  it('lets exactly one win per version; the others are told it changed; no version is lost', async () => {
    const round = await openRoundFixture(world.db, world.f);
    const id = await justiceDraft(world.db, world.f, round.id);
    for (let turn = 0; turn < ROUNDS_OF_EDITING; turn++) {
      const read = (await getUpdate(world.db, { kind: 'all' }, id))?.version ?? -1;
      const results = await Promise.allSettled(
        Array.from({ length: EDITORS }, (_, editor) =>
          stepUpdate(
            world.db,
            id,
            'save',
            { version: read, content: { narrative: { en: `turn ${turn} by editor ${editor}` } } },
            editor % 2 ? world.f.justiceFocal.id : world.f.justiceContributor.id,
          ),
        ),
      );
      const won = results.filter((r) => r.status === 'fulfilled');
      const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
      expect(won).toHaveLength(1);
      expect(lost).toHaveLength(EDITORS - 1);
      for (const failure of lost) {
        expect(failure.reason).toBeInstanceOf(StaleVersionError);
        expect((failure.reason as StaleVersionError).currentVersion).toBe(read + 1);
        expect((failure.reason as StaleVersionError).updatedBy).toMatch(/^justice-/);
      }
      const after = await getUpdate(world.db, { kind: 'all' }, id);
      expect(after?.version).toBe(read + 1);
      expect(after?.narrative.en).toMatch(new RegExp(`^turn ${turn} by editor \\d+$`));
    }
    const versions = await queryRows<{ version: number; action: string; text: string | null }>(
      world.db,
      sql`select version, action, snapshot->'narrative'->>'en' as text
          from progress_update_versions where update_id = ${id} order by version`,
    );
    expect(versions.map((v) => v.version)).toEqual(
      Array.from({ length: ROUNDS_OF_EDITING + 1 }, (_, i) => i),
    );
    expect(versions.slice(1).every((v) => v.action === 'save' && v.text?.startsWith('turn '))).toBe(true);
    const [audited] = await queryRows<{ n: number }>(
      world.db,
      sql`select count(*)::int as n from audit_events where entity = 'progress_update' and entity_id = ${id}`,
    );
    expect(audited?.n).toBe(ROUNDS_OF_EDITING + 1);
  });
});
