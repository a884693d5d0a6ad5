import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';

import { type Actor } from '../auth/actor';
import { CurrentActor } from '../auth/current-actor.decorator';
import { Roles } from '../auth/roles.decorator';
import {
  CreateUserInput,
  ResetUserPasswordInput,
  TeamMember,
  UpdateUserInput,
  User,
} from './dto/user.types';
import { type UserEntity } from './user.entity';
import { isActiveUser, UsersService } from './users.service';

function toUser(user: UserEntity): User {
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    role: user.role,
    active: isActiveUser(user),
    deactivatedAt: user.disabledAt,
    lastSignInAt: user.lastSignInAt,
    lockedUntil: user.lockedUntil,
    createdAt: user.createdAt,
  };
}

/** Team accounts: managed by admins; the list of active teammates is readable by everyone. */
@Resolver()
export class UsersResolver {
  constructor(private readonly usersService: UsersService) {}

  @Roles('admin')
  @Query(() => [User], { description: 'Every team account, deactivated ones included, by name.' })
  async users(): Promise<User[]> {
    return (await this.usersService.list()).map(toUser);
  }

  @Roles('agent')
  @Query(() => [TeamMember], {
    description: 'Active teammates by name, for assignment and @mention pickers.',
  })
  async teamMembers(): Promise<TeamMember[]> {
    return (await this.usersService.listActive()).map(({ id, displayName, role }) => ({
      id,
      displayName,
      role,
    }));
  }

  @Roles('admin')
  @Mutation(() => User, { description: 'Creates a team account with a first password.' })
  async createUser(
    @Args('input', { description: 'The new account.' }) input: CreateUserInput,
    @CurrentActor() actor: Actor,
  ): Promise<User> {
    return toUser(await this.usersService.create(input, actor));
  }

  @Roles('admin')
  @Mutation(() => User, {
    description:
      'Renames, changes the role of, deactivates or reactivates an account. Refused (BAD_USER_INPUT) when it would leave no active admin or take away your own admin rights.',
  })
  async updateUser(
    @Args('input', { description: 'The account and what changes.' }) input: UpdateUserInput,
    @CurrentActor() actor: Actor,
  ): Promise<User> {
    const { id, ...changes } = input;
    return toUser(await this.usersService.update(id, changes, actor));
  }

  @Roles('admin')
  @Mutation(() => User, {
    description: 'Sets a new password for someone, lifts a lock-out and signs them out everywhere.',
  })
  async resetUserPassword(
    @Args('input', { description: 'The account and its new password.' })
    input: ResetUserPasswordInput,
    @CurrentActor() actor: Actor,
  ): Promise<User> {
    return toUser(await this.usersService.resetPassword(input.id, input.newPassword, actor));
  }
}
