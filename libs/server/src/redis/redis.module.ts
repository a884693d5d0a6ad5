import { Global, Module } from '@nestjs/common';

import { RedisConnections } from './redis-connections';

/** The process's Redis connections (none without REDIS_URL), for every feature that shares state. */
@Global()
@Module({
  providers: [RedisConnections],
  exports: [RedisConnections],
})
export class RedisModule {}
