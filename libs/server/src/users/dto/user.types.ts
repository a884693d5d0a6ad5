import { type Role } from '@bedside/domain';
import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';

import { RoleEnum } from '../../common/graphql-enums';

@ObjectType('User', { description: 'A team account, as the admin page shows it.' })
export class User {
  @Field(() => ID, { description: 'Bedside id of the account.' })
  id!: string;

  @Field({ description: 'E-mail the person signs in with (lower-case).' })
  email!: string;

  @Field({ description: 'Name shown to teammates.' })
  displayName!: string;

  @Field(() => RoleEnum, { description: 'What the person may do.' })
  role!: Role;

  @Field({ description: 'False once an admin deactivated the account: it cannot sign in.' })
  active!: boolean;

  @Field(() => Date, {
    nullable: true,
    description: 'When the account was deactivated; null while active.',
  })
  deactivatedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'Last successful sign-in; null if never.' })
  lastSignInAt!: Date | null;

  @Field(() => Date, {
    nullable: true,
    description:
      'Until when sign-in is locked after repeated wrong passwords; null (or past) when not locked.',
  })
  lockedUntil!: Date | null;

  @Field({ description: 'When the account was created.' })
  createdAt!: Date;
}

@ObjectType('TeamMember', {
  description: 'An active teammate, for assignment and @mention pickers (no e-mail).',
})
export class TeamMember {
  @Field(() => ID, { description: 'Bedside id of the account.' })
  id!: string;

  @Field({ description: 'Name shown to teammates.' })
  displayName!: string;

  @Field(() => RoleEnum, { description: 'What the teammate may do.' })
  role!: Role;
}

@InputType('CreateUserInput', { description: 'A new team account.' })
export class CreateUserInput {
  @Field({ description: 'E-mail the person will sign in with (any case; stored lower-case).' })
  email!: string;

  @Field({ description: 'Name shown to teammates, 1 to 200 characters.' })
  displayName!: string;

  @Field(() => RoleEnum, { description: 'What the person may do.' })
  role!: Role;

  @Field({
    description:
      'First password, at least 12 characters; share it privately, the person can change it.',
  })
  password!: string;
}

@InputType('UpdateUserInput', {
  description:
    'Changes to a team account; omitted fields stay as they are. A new role or a deactivation signs the person out everywhere.',
})
export class UpdateUserInput {
  @Field(() => ID, { description: 'The account.' })
  id!: string;

  @Field(() => String, { nullable: true, description: 'New name shown to teammates.' })
  displayName?: string | null;

  @Field(() => RoleEnum, {
    nullable: true,
    description: 'New role. The last active admin, and an admin changing themselves, keep admin.',
  })
  role?: Role | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'false deactivates the account (it cannot sign in), true reactivates it.',
  })
  active?: boolean | null;
}

@InputType('ResetUserPasswordInput', {
  description: "An admin's reset of someone's password; it also lifts a lock-out.",
})
export class ResetUserPasswordInput {
  @Field(() => ID, { description: 'The account.' })
  id!: string;

  @Field({ description: 'The new password: at least 12 characters.' })
  newPassword!: string;
}
