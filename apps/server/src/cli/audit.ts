import {
  type AuditChainProblem,
  type AuditEventView,
  findUserByEmail,
  listAuditEvents,
  verifyAuditChain,
} from '@tatabbu/db';
import { auditListQuerySchema, type UiLocale } from '@tatabbu/domain';
import { Command } from 'commander';
import type { Config } from '../config.js';
import { auditMessage } from './audit-messages.js';
import { cliLocale } from './import-messages.js';
import { CliError, withDatabase } from './users.js';

const say = (line: string) => process.stdout.write(`${line}\n`);

/** The chain is broken: the problems are printed; `main` prints this message and exits 1. */
class AuditBrokenError extends Error {}

export function problemLine(locale: UiLocale, problem: AuditChainProblem): string {
  return auditMessage(locale, problem.kind, {
    seq: problem.seq,
    from: problem.missingFrom ?? '',
    to: problem.missingTo ?? '',
  });
}

function eventLine(locale: UiLocale, e: AuditEventView): string {
  const who = e.actorEmail ?? (e.actorId ? e.actorId : auditMessage(locale, 'system'));
  const what = e.entityId ? `${e.entity} ${e.entityId}` : e.entity;
  const changed = e.changedFields.length
    ? `  (${auditMessage(locale, 'changed')}: ${e.changedFields.join(', ')})`
    : '';
  return `#${e.seq}  ${e.at}  ${who}  ${e.action}  ${what}${changed}`;
}

interface ListOptions {
  entity?: string;
  entityId?: string;
  action?: string;
  actor?: string;
  since?: string;
  until?: string;
  limit: string;
}

/** `tatabbu audit verify` (exit 1 when tampered with) and `tatabbu audit list`. */
export function auditCommand(config: () => Config): Command {
  const audit = new Command('audit').description('check and read the audit trail');

  audit
    .command('verify')
    .description(
      'recompute the hash chain of the audit trail; exit code 1 when an event was modified or deleted',
    )
    .action(async () =>
      withDatabase(config(), async (database) => {
        const locale = cliLocale();
        const verdict = await verifyAuditChain(database.db);
        for (const problem of verdict.problems) say(problemLine(locale, problem));
        if (verdict.ok) {
          say(auditMessage(locale, 'intact', { count: verdict.count }));
          return;
        }
        say(
          auditMessage(locale, 'broken', {
            problems: verdict.problems.length,
            count: verdict.count,
            seq: verdict.brokenAt ?? '',
          }),
        );
        throw new AuditBrokenError(auditMessage(locale, 'failed'));
      }),
    );

  audit
    .command('list')
    .description('print recent audit events, newest first')
    .option('--entity <entity>', 'only this kind of record (user, recommendation, import, …)')
    .option('--entity-id <id>', 'only this record')
    .option('--action <action>', 'only this action (user.update, auth.login, …)')
    .option('--actor <email>', 'only what this user did ("system" for the system itself)')
    .option('--since <date>', 'from this day (2026-11-23) or ISO 8601 time')
    .option('--until <date>', 'up to this day (included) or time (excluded)')
    .option('--limit <n>', 'how many events, at most 100', '20')
    .action(async (opts: ListOptions) =>
      withDatabase(config(), async (database) => {
        const locale = cliLocale();
        let actor = opts.actor;
        if (actor && actor !== 'system') {
          const found = await findUserByEmail(database.db, actor.trim().toLowerCase());
          if (!found) throw new CliError(auditMessage(locale, 'noUser', { email: actor }));
          actor = found.user.id;
        }
        const parsed = auditListQuerySchema.safeParse({
          entity: opts.entity,
          entityId: opts.entityId,
          action: opts.action,
          actor,
          from: opts.since,
          to: opts.until,
          page: 1,
          pageSize: opts.limit,
        });
        if (!parsed.success) {
          const bad = parsed.error.issues[0];
          const field = String(bad?.path[0] ?? '');
          if (field === 'from' || field === 'to') {
            throw new CliError(
              auditMessage(locale, 'badDate', { value: (field === 'from' ? opts.since : opts.until) ?? '' }),
            );
          }
          throw new CliError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
        }
        const { actor: actorId, ...query } = parsed.data;
        const { items, total } = await listAuditEvents(database.db, { ...query, actorId });
        if (items.length === 0) {
          say(auditMessage(locale, 'none'));
          return;
        }
        for (const event of items) say(eventLine(locale, event));
        say(auditMessage(locale, 'shown', { shown: items.length, total }));
      }),
    );
  return audit;
}
