/**
 * `tandem user add` and `tandem user reset-password`: accounts at the console, for the first admin of an
 * installation and for an admin who locked themselves out. Passwords are generated (and printed once on stdout)
 * or read from stdin with --password-stdin, never taken as an argument (shell history, process lists).
 */
import type { Command } from 'commander';
import { addUser } from '../../app/add-user.ts';
import type { AppContext } from '../../app/context.ts';
import { openContext } from '../../app/open-context.ts';
import { resetPassword } from '../../app/reset-password.ts';
import { loadConfig } from '../../config.ts';
import { AppError } from '../../core/errors.ts';
import { ROLES, type Role } from '../../core/types.ts';
import { type CliOutput, consoleOutput } from '../output.ts';

export interface UserAddOptions {
  email: string;
  role: string;
  name?: string;
  passwordStdin?: boolean;
}

export interface UserCommandIo {
  output: CliOutput;
  /** The whole of standard input (for --password-stdin). */
  readStdin: () => Promise<string>;
}

function parseRole(raw: string): Role {
  const role = ROLES.find((candidate) => candidate === raw);
  if (!role) {
    throw new AppError('VALIDATION', `Unknown role "${raw}"`, [
      { field: '--role', message: `expected one of ${ROLES.join(', ')}` },
    ]);
  }
  return role;
}

async function readPassword(io: UserCommandIo): Promise<string> {
  const password = (await io.readStdin()).replace(/\r?\n$/, '');
  if (password === '')
    throw new AppError('VALIDATION', '--password-stdin was given but standard input is empty');
  return password;
}

async function findOrCreateWorkspace(ctx: AppContext): Promise<number> {
  const existing = await ctx.storage.workspaces.findDefault();
  return existing?.id ?? (await ctx.storage.workspaces.create({ name: 'Tandem', slug: 'default' })).id;
}

export async function runUserAdd(ctx: AppContext, options: UserAddOptions, io: UserCommandIo): Promise<void> {
  const role = parseRole(options.role);
  const password = options.passwordStdin ? await readPassword(io) : undefined;
  const workspaceId = await findOrCreateWorkspace(ctx);
  const { user, password: used } = await addUser({
    storage: ctx.storage,
    actor: { workspaceId, userId: null },
    email: options.email,
    role,
    ...(options.name ? { name: options.name } : {}),
    ...(password ? { password } : {}),
  });
  io.output.info(`Created ${user.email} (${user.name}) with the role ${user.role}.`);
  if (!password) {
    io.output.info('Their password, shown only now (they can change it under Profile):');
    io.output.result(used);
  }
}

export async function runResetPassword(
  ctx: AppContext,
  options: { email: string; passwordStdin?: boolean },
  io: UserCommandIo,
): Promise<void> {
  const password = options.passwordStdin ? await readPassword(io) : undefined;
  const { user, password: used } = await resetPassword({
    storage: ctx.storage,
    email: options.email,
    ...(password ? { password } : {}),
  });
  io.output.info(`New password set for ${user.email}; all their sessions have ended.`);
  if (!password) io.output.result(used);
}

async function readProcessStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks).toString('utf8');
}

async function withContext(run: (ctx: AppContext, io: UserCommandIo) => Promise<void>): Promise<void> {
  const ctx = await openContext(loadConfig());
  try {
    await run(ctx, { output: consoleOutput, readStdin: readProcessStdin });
  } finally {
    await ctx.database.close();
  }
}

export function registerUserCommand(program: Command): void {
  const user = program.command('user').description('Manage user accounts at the console');
  user
    .command('add')
    .description('Create a user with a role; prints a generated password unless --password-stdin')
    .requiredOption('--email <email>', 'login e-mail address')
    .requiredOption('--role <role>', ROLES.join(' | '))
    .option('--name <name>', 'display name (default: from the e-mail address)')
    .option('--password-stdin', 'read the password from standard input')
    .action((options: UserAddOptions) => withContext((ctx, io) => runUserAdd(ctx, options, io)));
  user
    .command('reset-password')
    .description("Set a new password (generated unless --password-stdin) and end the user's sessions")
    .requiredOption('--email <email>', 'login e-mail address')
    .option('--password-stdin', 'read the password from standard input')
    .action((options: { email: string; passwordStdin?: boolean }) =>
      withContext((ctx, io) => runResetPassword(ctx, options, io)),
    );
}
