import { Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';

import { AppErrorHttpFilter } from '../common/app-error.filter';
import { RateLimitModule } from '../rate-limit/rate-limit.module';
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

/**
 * The HTTP side: the sign-in API, the global deny-by-default guard with its request budgets, and
 * the status codes its refusals get on plain routes.
 */
@Module({
  imports: [AuthModule, RateLimitModule],
  providers: [
    AuthResolver,
    { provide: APP_GUARD, useClass: AuthGuard },
    { provide: APP_FILTER, useClass: AppErrorHttpFilter },
  ],
})
export class AuthApiModule {}
