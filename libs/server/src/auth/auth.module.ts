import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';

import { UsersModule } from '../users/users.module';
import { AuthGuard } from './auth.guard';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';

/** Accounts, sessions and API tokens: what the CLI needs too. */
@Module({
  imports: [UsersModule],
  providers: [AuthService],
  exports: [AuthService, UsersModule],
})
export class AuthModule {}

/** The HTTP side: the sign-in API and the global deny-by-default guard. */
@Module({
  imports: [AuthModule],
  providers: [AuthResolver, { provide: APP_GUARD, useClass: AuthGuard }],
})
export class AuthApiModule {}
