import { type Role } from '@bedside/domain';
import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';

import { RoleEnum } from '../../common/graphql-enums';

@ObjectType('Viewer', { description: 'Who is signed in (or which API token is calling).' })
export class Viewer {
  @Field(() => ID, { description: 'User id, or the API token id for an integration.' })
  id!: string;

  @Field(() => String, {
    nullable: true,
    description: 'E-mail of the signed-in person; null for an API token.',
  })
  email!: string | null;

  @Field({ description: 'Name shown to teammates.' })
  displayName!: string;

  @Field(() => RoleEnum, { description: 'What the viewer may do.' })
  role!: Role;
}

@InputType('SignInInput', { description: 'E-mail and password of a local account.' })
export class SignInInput {
  @Field({ description: 'The e-mail address the account was created with (any case).' })
  email!: string;

  @Field({ description: 'The password.' })
  password!: string;
}

@InputType('ChangePasswordInput', { description: 'The current password and the new one.' })
export class ChangePasswordInput {
  @Field({ description: 'The password in use now.' })
  currentPassword!: string;

  @Field({ description: 'The new password: at least 12 characters.' })
  newPassword!: string;
}

@ObjectType('ApiToken', { description: 'A token an integration calls the API with.' })
export class ApiToken {
  @Field(() => ID, { description: 'Id of the token (not the secret).' })
  id!: string;

  @Field({ description: 'What the token is for, e.g. "Facebook connector".' })
  name!: string;

  @Field(() => RoleEnum, { description: 'What calls with this token may do.' })
  role!: Role;

  @Field({ description: 'When it was created.' })
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: 'Last call made with it; null if never.' })
  lastUsedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it was revoked; null while valid.' })
  revokedAt!: Date | null;
}

@ObjectType('CreatedApiToken', { description: 'A new API token with its secret, shown once.' })
export class CreatedApiToken {
  @Field(() => ApiToken, { description: 'The token.' })
  token!: ApiToken;

  @Field({
    description: 'The bearer secret (`Authorization: Bearer …`). Bedside keeps only a hash.',
  })
  secret!: string;
}

@InputType('CreateApiTokenInput', { description: 'A new API token.' })
export class CreateApiTokenInput {
  @Field({ description: 'What the token is for.' })
  name!: string;

  @Field(() => RoleEnum, { description: 'What calls with the token may do.' })
  role!: Role;
}
