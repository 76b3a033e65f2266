import { Command, CommanderError } from 'commander';
import { ConfigError, loadConfig } from '../config.js';
import { APP_VERSION } from '../version.js';
import { attachmentsCommand } from './attachments.js';
import { auditCommand } from './audit.js';
import { importCommand } from './import.js';
import { serveCommand } from './serve.js';
import { migrateCommand, seedCommand } from './setup.js';
import { CliError, userCommands } from './users.js';

/** Entry point of the `tatabbu` command; returns the process exit code. */
export async function main(argv: string[]): Promise<number> {
  const program = new Command('tatabbu')
    .description('Tatabbu — follow-up of human-rights recommendations')
    .version(APP_VERSION)
    .showHelpAfterError()
    .exitOverride();

  program
    .command('serve')
    .description('migrate, load reference (and on first run demo) data, and serve the web app and API')
    .action(async () => serveCommand(loadConfig()));
  program
    .command('migrate')
    .description('apply pending database migrations')
    .action(async () => migrateCommand(loadConfig()));
  program
    .command('seed')
    .description('load the reference data (SDGs, countries, mechanisms, vocabularies, institutions)')
    .option('--demo', 'also load the Morocco demo data set (756 recommendations)')
    .action(async (opts: { demo?: boolean }) => seedCommand(loadConfig(), Boolean(opts.demo)));
  program.addCommand(userCommands(() => loadConfig()));
  program.addCommand(importCommand(() => loadConfig()));
  program.addCommand(auditCommand(() => loadConfig()));
  program.addCommand(attachmentsCommand(() => loadConfig()));

  try {
    await program.parseAsync(argv);
    return 0;
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode;
    if (err instanceof ConfigError || err instanceof CliError) {
      process.stderr.write(`tatabbu: ${err.message}\n`);
      return 2;
    }
    process.stderr.write(`tatabbu: ${err instanceof Error ? err.message : String(err)}\n`);
    return 1;
  }
}
