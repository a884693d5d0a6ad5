import { type ErrorCode } from '@bedside/domain';
import { type ArgumentsHost, Catch, type ExceptionFilter } from '@nestjs/common';
import { type FastifyReply } from 'fastify';

import { addRetryAfterHeader } from '../rate-limit/rate-limit.service';
import { AppError } from './app-error';

/** The HTTP status of each code on plain routes; a new code fails to compile until it is mapped. */
const HTTP_STATUS: Record<ErrorCode, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  RATE_LIMITED: 429,
  INTERNAL: 500,
};

/**
 * Answers an AppError thrown on a plain HTTP route (the guard's refusals, a bad query string)
 * with its status and `{ error: { code, message } }`. Nest would otherwise report anything that
 * is not an HttpException as a 500. GraphQL errors are left to the GraphQL error formatter.
 */
@Catch(AppError)
export class AppErrorHttpFilter implements ExceptionFilter<AppError> {
  catch(error: AppError, host: ArgumentsHost): unknown {
    if (host.getType() !== 'http') {
      return error;
    }
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    addRetryAfterHeader(reply, error);
    void reply.status(HTTP_STATUS[error.code]).send({
      error: { ...error.extensions, code: error.code, message: error.message },
    });
    return undefined;
  }
}
