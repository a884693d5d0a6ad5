import { type Role, ROLES } from '@bedside/domain';
import { AuthService, generatePassword, UsersService } from '@bedside/server';
import { type Command, Option } from 'commander';

import { withServices } from '../context';

export function registerUserCommands(program: Command): void {
  const user = program.command('user').description('Manage team accounts.');
  user
    .command('create')
    .description(
      'Create a local account; prints a generated password when --password is not given.',
    )
    .requiredOption('--email <email>', 'e-mail address the person signs in with')
    .addOption(
      new Option('--role <role>', 'what the person may do').choices(ROLES).makeOptionMandatory(),
    )
    .option('--name <name>', 'name shown to teammates (default: from the e-mail)')
    .option('--password <password>', 'initial password (at least 12 characters)')
    .action(async (options: { email: string; role: Role; name?: string; password?: string }) => {
      const password = options.password ?? generatePassword();
      await withServices(async (context) => {
        const created = await context.get(UsersService).create({
          email: options.email,
          role: options.role,
          displayName: options.name,
          password,
        });
        console.log(`Created ${created.role} ${created.email} (${created.displayName}).`);
        if (!options.password) {
          console.log(`Password: ${password}`);
          console.log('Share it privately; they can change it after signing in.');
        }
      });
    });
  user
    .command('set-password')
    .description(
      "Reset a user's password and lift a lock-out; prints a generated one when --password is not given.",
    )
    .requiredOption('--email <email>', 'e-mail of the account')
    .option('--password <password>', 'the new password (at least 12 characters)')
    .action(async (options: { email: string; password?: string }) => {
      const password = options.password ?? generatePassword();
      await withServices(async (context) => {
        const updated = await context.get(UsersService).setPassword(options.email, password);
        console.log(`Set a new password for ${updated.email}.`);
        if (!options.password) {
          console.log(`Password: ${password}`);
        }
      });
    });
}

export function registerTokenCommands(program: Command): void {
  const token = program.command('token').description('Manage API tokens for integrations.');
  token
    .command('create')
    .description('Create an API token; its secret is printed once and stored only as a hash.')
    .requiredOption('--name <name>', 'what the token is for, e.g. "Facebook connector"')
    .addOption(
      new Option('--role <role>', 'what calls with the token may do')
        .choices(ROLES)
        .default('agent'),
    )
    .option('--quiet', 'print only the secret')
    .action(async (options: { name: string; role: Role; quiet?: boolean }) => {
      await withServices(async (context) => {
        const { token: created, secret } = await context.get(AuthService).createApiToken({
          name: options.name,
          role: options.role,
          createdById: null,
        });
        if (options.quiet) {
          console.log(secret);
          return;
        }
        console.log(`Created API token "${created.name}" (${created.role}, id ${created.id}).`);
        console.log(`Secret (shown once): ${secret}`);
        console.log('Send it as the header  Authorization: Bearer <secret>');
      });
    });
  token
    .command('revoke')
    .description('Revoke an API token by id: calls with it are refused from now on.')
    .argument('<id>', 'token id (from `token create` or the admin page)')
    .action(async (id: string) => {
      await withServices(async (context) => {
        const revoked = await context.get(AuthService).revokeApiToken(id);
        console.log(`Revoked API token "${revoked.name}".`);
      });
    });
}
