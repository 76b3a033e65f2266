import type { DashboardRound } from '@tatabbu/domain';
import { sql } from 'drizzle-orm';
import { queryRows } from '../audit/sql.js';
import { reads } from '../concurrent-reads.js';
import type { Db, Tx } from '../connection.js';
import { askedPairs, COMPLETION_COLUMNS, PAIR_UPDATE_JOIN } from '../followup/asks.js';
import { openRounds } from '../followup/rounds.js';
import { type FollowUpScope, roundVisible, scopedInstitution } from '../followup/scope.js';
import { type CompletionRow, institutionColumns, toCompletion, toInstitution } from '../followup/shapes.js';

interface InstitutionRow extends CompletionRow, Record<string, unknown> {
  round_id: string;
}

/**
 * The open rounds the reader may see, each with its completion by institution (asked, drafted,
 * submitted, validated, overdue …): an institution member sees their own institution's only.
 */
export async function openRoundCompletion(db: Db | Tx, scope: FollowUpScope): Promise<DashboardRound[]> {
  const own = scopedInstitution(scope);
  const pairs = askedPairs(
    sql`i.round_id in (select ro.id from rounds ro where ro.status = 'open' and ${roundVisible(scope)})
      and ${own ? sql`ri.institution_id = ${own}` : sql`true`}`,
  );
  const [rounds, perInstitution] = await reads(
    db,
    () => openRounds(db, scope),
    () =>
      queryRows<InstitutionRow>(
        db,
        sql`select p.round_id, ${institutionColumns('inst')}, ${COMPLETION_COLUMNS}
          from (${pairs}) p ${PAIR_UPDATE_JOIN}
          join rounds ro on ro.id = p.round_id
          join institutions inst on inst.id = p.institution_id
          group by p.round_id, inst.id
          order by overdue desc, inst.code`,
      ),
  );
  return rounds.map((round) => ({
    id: round.id,
    title: round.title,
    deadline: round.deadline,
    overdue: round.deadline < new Date().toISOString().slice(0, 10),
    completion: round.completion,
    institutions: perInstitution
      .filter((row) => row.round_id === round.id)
      .map((row) => ({ institution: toInstitution(row), completion: toCompletion(row) })),
  }));
}
