import { Controller, Get, Param, Post, Req, Res } from '@nestjs/common';
import { type RawBodyRequest } from '@nestjs/common';
import { type FastifyReply, type FastifyRequest } from 'fastify';

import { Public } from '../../auth/roles.decorator';
import { WebhookReceiver } from './webhook-receiver.service';

/**
 * `GET|POST /webhooks/{kind}`: the platforms' callbacks (Meta's handshake and notifications). Public,
 * because the platform signs each delivery instead of signing in; everything is verified by the
 * receiver before a byte is stored.
 */
@Public()
@Controller('webhooks')
export class WebhooksController {
  constructor(private readonly receiver: WebhookReceiver) {}

  @Get(':kind')
  handshake(
    @Param('kind') kind: string,
    @Req() request: RawBodyRequest<FastifyRequest>,
    @Res() reply: FastifyReply,
  ): Promise<FastifyReply> {
    return this.handle(kind, 'GET', request, reply);
  }

  @Post(':kind')
  notify(
    @Param('kind') kind: string,
    @Req() request: RawBodyRequest<FastifyRequest>,
    @Res() reply: FastifyReply,
  ): Promise<FastifyReply> {
    return this.handle(kind, 'POST', request, reply);
  }

  private async handle(
    kind: string,
    method: 'GET' | 'POST',
    request: RawBodyRequest<FastifyRequest>,
    reply: FastifyReply,
  ): Promise<FastifyReply> {
    const response = await this.receiver.receive(kind, {
      method,
      path: request.url.split('?')[0] ?? '',
      query: request.query as Record<string, string | undefined>,
      headers: lowerCased(request.headers),
      rawBody: request.rawBody ?? Buffer.alloc(0),
    });
    return reply.status(response.status).type(response.contentType).send(response.body);
  }
}

function lowerCased(headers: FastifyRequest['headers']): Record<string, string | undefined> {
  const result: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(headers)) {
    result[name.toLowerCase()] = Array.isArray(value) ? value.join(',') : value;
  }
  return result;
}
