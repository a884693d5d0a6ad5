import { Controller, Get, HttpStatus, Res } from '@nestjs/common';
import { type FastifyReply } from 'fastify';
import { DataSource } from 'typeorm';

import { Public } from '../auth/roles.decorator';

export interface HealthReport {
  status: 'ok' | 'unavailable';
  database: 'up' | 'down';
}

/** Liveness for load balancers and the demo script: 200 when the database answers, else 503. */
@Public()
@Controller('health')
export class HealthController {
  constructor(private readonly dataSource: DataSource) {}

  @Get()
  async health(@Res({ passthrough: true }) reply: FastifyReply): Promise<HealthReport> {
    try {
      await this.dataSource.query('SELECT 1');
      return { status: 'ok', database: 'up' };
    } catch {
      void reply.status(HttpStatus.SERVICE_UNAVAILABLE);
      return { status: 'unavailable', database: 'down' };
    }
  }
}
