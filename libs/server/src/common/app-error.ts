import { ERROR_MESSAGES, type ErrorCode } from '@bedside/domain';
import { IntrinsicException } from '@nestjs/common';

/**
 * An error whose message is safe to show a user (never comment text or PHI) and whose code is
 * one of the shared codes in libs/domain. Anything else that reaches the client is reported as
 * INTERNAL with a generic message. As an IntrinsicException, Nest does not log it as a server
 * error: it is the caller's mistake, answered with its code.
 */
export class AppError extends IntrinsicException {
  constructor(
    readonly code: ErrorCode,
    message: string = ERROR_MESSAGES[code],
    /** Machine-readable hints sent beside the code, e.g. `retryAfterSeconds`; never data. */
    readonly extensions: Readonly<Record<string, string | number | boolean>> = {},
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const badInput = (message: string): AppError => new AppError('BAD_USER_INPUT', message);
export const notFound = (what: string): AppError =>
  new AppError('NOT_FOUND', `${what} was not found.`);
