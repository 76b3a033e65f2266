import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import {
  type Database,
  findUserByEmail,
  getImport,
  LOCK_BOOTSTRAP,
  loadReferenceData,
  migrate,
  openDatabase,
} from '@tatabbu/db';
import {
  type ColumnMapping,
  columnMappingSchema,
  describeProblem,
  IMPORT_FORMATS,
  type ImportFormat,
  type ImportJob,
  MAX_UPLOAD_BYTES,
  type UiLocale,
} from '@tatabbu/domain';
import { SingleBar } from 'cli-progress';
import { Command, Option } from 'commander';
import type { Config } from '../config.js';
import { fileTooLarge, ImportRejectedError } from '../features/imports/problems.js';
import { startImport } from '../features/imports/run-import.js';
import { type CliMessage, cliLocale, cliMessage } from './import-messages.js';
import { CliError } from './users.js';

const SHOWN_PROBLEMS = 20;

interface ImportOptions {
  format?: ImportFormat;
  mapping?: string;
  encoding?: 'utf-8' | 'windows-1256' | 'windows-1252';
  symbol?: string;
  mechanism?: string;
  dryRun?: boolean;
  as?: string;
}

/** `tatabbu import FILE`: preview, then commit unless --dry-run; exit 1 when the file is refused. */
export function importCommand(config: () => Config): Command {
  return new Command('import')
    .description('import recommendations from a file (preview, then commit unless --dry-run)')
    .argument(
      '<file>',
      'UHRI export, UPR Info CSV, UN document text, CSV/XLSX with --mapping, or Tatabbu JSON',
    )
    .addOption(
      new Option('--format <format>', 'format of the file (detected when absent)').choices([
        ...IMPORT_FORMATS,
      ]),
    )
    .option('--mapping <file>', 'column mapping (JSON) for csv and xlsx')
    .addOption(
      new Option('--encoding <encoding>', 'text encoding when not detected right').choices([
        'utf-8',
        'windows-1256',
        'windows-1252',
      ]),
    )
    .option('--symbol <symbol>', 'document symbol of pasted UN text that does not show it')
    .option('--mechanism <code>', 'mechanism of pasted UN text (UPR, CEDAW, …)')
    .option('--dry-run', 'preview only: show what would change, write nothing')
    .option('--as <email>', 'the user recorded as having made the import')
    .action(async (file: string, opts: ImportOptions) => {
      await runImportCommand(config(), file, opts, cliLocale());
    });
}

/** The file was refused or failed: the reasons are printed; `main` prints this message and exits 1. */
class ImportFailedError extends Error {}

async function runImportCommand(config: Config, file: string, opts: ImportOptions, locale: UiLocale) {
  if (!existsSync(file)) throw new CliError(`no such file: ${file}`);
  const mapping = opts.mapping ? readMapping(opts.mapping, locale) : undefined;
  const database = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
  try {
    await migrate(database);
    // Mechanisms, States and vocabularies resolve the file's names: a new database needs them too.
    await database.exclusive(LOCK_BOOTSTRAP, () => loadReferenceData(database.db, config.dataRoot));
    const actorId = opts.as ? await userId(database, opts.as, locale) : null;
    if (statSync(file).size > MAX_UPLOAD_BYTES) return refused(fileTooLarge(), locale);
    const bar = progressBar(cliMessage(locale, 'previewing'));
    let started: Awaited<ReturnType<typeof startImport>>;
    let failure: unknown = null;
    try {
      started = await startImport(
        database,
        {
          fileName: path.basename(file),
          bytes: new Uint8Array(readFileSync(file)),
          dryRun: Boolean(opts.dryRun),
          actorId,
          ...(opts.format ? { format: opts.format } : {}),
          ...(mapping ? { mapping } : {}),
          ...(opts.encoding ? { encoding: opts.encoding } : {}),
          ...(opts.symbol ? { symbol: opts.symbol } : {}),
          ...(opts.mechanism ? { mechanism: opts.mechanism } : {}),
        },
        {
          onProgress: bar.update,
          log: (err) => {
            failure = err;
          },
        },
      );
    } catch (err) {
      if (err instanceof ImportRejectedError) return refused(err, locale);
      throw err;
    }
    await started.done;
    bar.stop();
    if (failure) throw failure;
    const job = await getImport(
      database.db,
      started.id,
      { rowsPage: 1, rowsPageSize: 1, problemsPage: 1 },
      locale,
    );
    if (!job) throw new Error(`import ${started.id} not found`);
    printSummary(job, locale);
    if (job.status === 'failed') throw new ImportFailedError(cliMessage(locale, 'failed'));
    say(
      opts.dryRun
        ? cliMessage(locale, 'dryRun')
        : cliMessage(locale, 'committed', { file: job.fileName, format: job.format }),
    );
  } finally {
    await database.close();
  }
}

const say = (line: string) => process.stdout.write(`${line}\n`);

function refused(err: ImportRejectedError, locale: UiLocale): never {
  process.stderr.write(`${describeProblem(err.problem, locale)}\n`);
  throw new ImportFailedError(cliMessage(locale, 'failed'));
}

function readMapping(file: string, locale: UiLocale): ColumnMapping {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new CliError(cliMessage(locale, 'badMapping', { reason: err instanceof Error ? err.message : '' }));
  }
  const parsed = columnMappingSchema.safeParse(json);
  if (!parsed.success) {
    const reason = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new CliError(cliMessage(locale, 'badMapping', { reason }));
  }
  return parsed.data;
}

async function userId(database: Database, email: string, locale: UiLocale): Promise<string> {
  const found = await findUserByEmail(database.db, email.trim().toLowerCase());
  if (!found) throw new CliError(cliMessage(locale, 'noUser', { email }));
  return found.user.id;
}

/** A progress bar on a terminal; silent when the output goes to a file or another program. */
function progressBar(label: string) {
  if (!process.stdout.isTTY) return { update: (_done: number, _total: number) => {}, stop: () => {} };
  const bar = new SingleBar({ format: `${label} [{bar}] {percentage}% | {value}/{total}`, hideCursor: true });
  let started = false;
  return {
    update: (done: number, total: number) => {
      if (!started) bar.start(total, 0);
      started = true;
      bar.setTotal(total);
      bar.update(done);
    },
    stop: () => {
      if (started) bar.stop();
    },
  };
}

function printSummary(job: ImportJob, locale: UiLocale) {
  const m = (k: CliMessage) => cliMessage(locale, k);
  const counts: [CliMessage, number][] = [
    ['total', job.counts.total],
    ['new', job.counts.new],
    ['updated', job.counts.updated],
    ['unchanged', job.counts.unchanged],
    ['recurring', job.counts.recurring],
    ['errors', job.counts.errors],
    ['warnings', job.counts.warnings],
  ];
  const width = Math.max(...counts.map(([k]) => m(k).length));
  for (const [k, n] of counts) say(`  ${m(k).padEnd(width)}  ${String(n).padStart(7)}`);
  const shown = job.problems.slice(0, SHOWN_PROBLEMS);
  if (shown.length === 0) return;
  say('');
  say(`  ${m('row').padEnd(6)}  ${m('column').padEnd(20)}  ${m('problem')}`);
  for (const p of shown) {
    say(`  ${String(p.row ?? '').padEnd(6)}  ${(p.column ?? '').slice(0, 20).padEnd(20)}  ${p.message}`);
  }
  if (job.problemsTotal > shown.length)
    say(`  ${cliMessage(locale, 'moreProblems', { n: job.problemsTotal - shown.length })}`);
}
