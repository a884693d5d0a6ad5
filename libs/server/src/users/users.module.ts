import { Module } from '@nestjs/common';

import { UsersResolver } from './users.resolver';
import { UsersService } from './users.service';

/** Team accounts: what the CLI needs too. */
@Module({ providers: [UsersService], exports: [UsersService] })
export class UsersModule {}

/** The admin page's API over team accounts. */
@Module({ imports: [UsersModule], providers: [UsersResolver] })
export class UsersApiModule {}
