import { type LoggerService } from '@nestjs/common';
import pino from 'pino';

/**
 * Structured JSON logs. Redaction is a second line of defence: code logs ids and codes, never
 * comment text, author names, PHI spans or credentials, but if a field with such a name slips
 * into a log object it is censored here.
 */
export const logger = pino({
  level: 'info',
  base: { service: 'bedside' },
  timestamp: pino.stdTimeFunctions.isoTime,
  redact: {
    paths: [
      'req.headers.authorization',
      'req.headers.cookie',
      'res.headers["set-cookie"]',
      '*.text',
      '*.authorName',
      '*.authorHandle',
      '*.password',
      '*.token',
      '*.variables',
    ],
    censor: '[redacted]',
  },
});

export function setLogLevel(level: pino.LevelWithSilent): void {
  logger.level = level;
}

/** Routes Nest's own messages (module init, route mapping, errors) into the same JSON log. */
export class NestPinoLogger implements LoggerService {
  log(message: unknown, context?: string): void {
    logger.info({ context }, stringify(message));
  }

  error(message: unknown, trace?: string, context?: string): void {
    logger.error({ context, trace }, stringify(message));
  }

  warn(message: unknown, context?: string): void {
    logger.warn({ context }, stringify(message));
  }

  debug(message: unknown, context?: string): void {
    logger.debug({ context }, stringify(message));
  }

  verbose(message: unknown, context?: string): void {
    logger.trace({ context }, stringify(message));
  }
}

function stringify(message: unknown): string {
  if (typeof message === 'string') {
    return message;
  }
  if (message instanceof Error) {
    return message.message;
  }
  return JSON.stringify(message);
}
