import {
  createUser,
  type Database,
  findUserByEmail,
  listInstitutions,
  listUsers,
  migrate,
  openDatabase,
  setPassword,
  updateUser,
} from '@tatabbu/db';
import { INSTITUTION_ROLES, ROLES, type Role, userCreateSchema } from '@tatabbu/domain';
import { Command, Option } from 'commander';
import type { Config } from '../config.js';
import { generateOneTimePassword, hashPassword } from '../features/auth/passwords.js';

/** An error whose message is meant for the person at the terminal (exit code 2). */
export class CliError extends Error {}

const say = (line: string) => process.stdout.write(`${line}\n`);

export async function withDatabase<T>(config: Config, fn: (database: Database) => Promise<T>): Promise<T> {
  const database = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
  try {
    await migrate(database);
    return await fn(database);
  } finally {
    await database.close();
  }
}

/** Institution given by code (didh-28) or acronym/name as shown in `user list`. */
async function resolveInstitution(database: Database, ref: string | undefined): Promise<string | null> {
  if (!ref) return null;
  const all = await listInstitutions(database.db);
  const wanted = ref.trim().toLowerCase();
  const match = all.find(
    (i) =>
      i.code.toLowerCase() === wanted ||
      i.id === ref ||
      Object.values(i.acronym).some((a) => a?.toLowerCase() === wanted) ||
      Object.values(i.name).some((n) => n?.toLowerCase() === wanted),
  );
  if (!match) throw new CliError(`no institution "${ref}" (use its code, e.g. didh-28, or its name)`);
  return match.id;
}

async function requireUser(database: Database, email: string) {
  const found = await findUserByEmail(database.db, email.trim().toLowerCase());
  if (!found) throw new CliError(`no user with e-mail ${email}`);
  return found.user;
}

const roleOption = () => new Option('--role <role>', 'role').choices(ROLES as unknown as string[]);

export function userCommands(config: () => Config): Command {
  const user = new Command('user').description('manage user accounts');

  user
    .command('add')
    .description('create a user; prints a one-time password to be changed at first sign-in')
    .requiredOption('--email <email>', 'e-mail address (the sign-in name)')
    .requiredOption('--name <name>', 'full name')
    .addOption(roleOption().makeOptionMandatory())
    .option('--institution <code>', 'institution (required for focal_point and contributor)')
    .action(async (opts: { email: string; name: string; role: Role; institution?: string }) =>
      withDatabase(config(), async (database) => {
        const institutionId = await resolveInstitution(database, opts.institution);
        const parsed = userCreateSchema.safeParse({
          email: opts.email,
          name: opts.name,
          role: opts.role,
          institutionId,
        });
        if (!parsed.success)
          throw new CliError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
        if (INSTITUTION_ROLES.has(opts.role) && !institutionId) {
          throw new CliError(`--institution is required for the role ${opts.role}`);
        }
        if (await findUserByEmail(database.db, parsed.data.email))
          throw new CliError(`${parsed.data.email} already exists`);
        const oneTimePassword = generateOneTimePassword();
        await createUser(
          database.db,
          {
            ...parsed.data,
            institutionId,
            passwordHash: await hashPassword(oneTimePassword),
            mustChangePassword: true,
          },
          null,
        );
        say(`created ${parsed.data.email} (${opts.role}); one-time password: ${oneTimePassword}`);
      }),
    );

  user
    .command('list')
    .description('list users')
    .addOption(roleOption())
    .action(async (opts: { role?: Role }) =>
      withDatabase(config(), async (database) => {
        const institutions = new Map((await listInstitutions(database.db)).map((i) => [i.id, i]));
        let page = 1;
        for (;;) {
          const { items, total } = await listUsers(database.db, { role: opts.role, page, pageSize: 100 }, {});
          for (const u of items) {
            const inst = u.institutionId ? institutions.get(u.institutionId) : undefined;
            const scope = inst ? ` ${inst.code} ${inst.acronym.fr ?? inst.name.fr ?? ''}` : '';
            say(`${u.email}\t${u.role}${scope}\t${u.active ? 'active' : 'disabled'}\t${u.name}`);
          }
          if (page * 100 >= total) break;
          page++;
        }
      }),
    );

  user
    .command('set-role')
    .description('change the role (and institution) of a user; signs them out')
    .argument('<email>')
    .argument('<role>', `one of ${ROLES.join(', ')}`)
    .option('--institution <code>', 'institution (required for focal_point and contributor)')
    .action(async (email: string, role: string, opts: { institution?: string }) =>
      withDatabase(config(), async (database) => {
        if (!(ROLES as readonly string[]).includes(role))
          throw new CliError(`unknown role ${role}; one of ${ROLES.join(', ')}`);
        const target = await requireUser(database, email);
        const institutionId = (await resolveInstitution(database, opts.institution)) ?? target.institutionId;
        if (INSTITUTION_ROLES.has(role as Role) && !institutionId)
          throw new CliError(`--institution is required for ${role}`);
        await updateUser(
          database.db,
          target.id,
          { role: role as Role, institutionId: INSTITUTION_ROLES.has(role as Role) ? institutionId : null },
          target.version,
          null,
        );
        say(`${target.email} is now ${role}`);
      }),
    );

  user
    .command('reset-password')
    .description('replace the password by a new one-time password')
    .argument('<email>')
    .action(async (email: string) =>
      withDatabase(config(), async (database) => {
        const target = await requireUser(database, email);
        const oneTimePassword = generateOneTimePassword();
        await setPassword(database.db, target.id, await hashPassword(oneTimePassword), true, null);
        say(`new one-time password for ${target.email}: ${oneTimePassword}`);
      }),
    );

  return user;
}
