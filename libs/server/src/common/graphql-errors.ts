import { ERROR_CODES, ERROR_MESSAGES, type ErrorCode } from '@bedside/domain';
import { type GraphQLFormattedError } from 'graphql';

import { logger } from '../logging/logger';
import { AppError } from './app-error';

// Codes graphql-js and Apollo give to problems with the request itself; their messages describe
// the query, not data, so they are safe to pass on.
const REQUEST_ERROR_CODES: Record<string, ErrorCode> = {
  GRAPHQL_PARSE_FAILED: 'BAD_USER_INPUT',
  GRAPHQL_VALIDATION_FAILED: 'BAD_USER_INPUT',
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  BAD_REQUEST: 'BAD_USER_INPUT',
  PERSISTED_QUERY_NOT_FOUND: 'BAD_USER_INPUT',
  OPERATION_RESOLUTION_FAILURE: 'BAD_USER_INPUT',
};

function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
}

/**
 * Shapes every GraphQL error for the client: a stable `extensions.code` from libs/domain and a
 * message safe to show. Unexpected errors are logged (name and stack, no variables) and replaced
 * by a generic INTERNAL error, so a database message can never leak data to a browser.
 */
export function formatGraphQLError(
  formatted: GraphQLFormattedError,
  error: unknown,
): GraphQLFormattedError {
  const original = (error as { originalError?: unknown } | undefined)?.originalError ?? error;
  if (original instanceof AppError) {
    return {
      message: original.message,
      path: formatted.path,
      extensions: { ...original.extensions, code: original.code },
    };
  }
  const rawCode = formatted.extensions?.code;
  if (typeof rawCode === 'string' && rawCode in REQUEST_ERROR_CODES) {
    return {
      message: formatted.message,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: REQUEST_ERROR_CODES[rawCode] },
    };
  }
  if (isErrorCode(rawCode) && rawCode !== 'INTERNAL') {
    return { message: formatted.message, path: formatted.path, extensions: { code: rawCode } };
  }
  const failure = original instanceof Error ? original : new Error(String(original));
  logger.error(
    { err: { name: failure.name, stack: failure.stack }, path: formatted.path },
    'unexpected GraphQL error',
  );
  return {
    message: ERROR_MESSAGES.INTERNAL,
    path: formatted.path,
    extensions: { code: 'INTERNAL' },
  };
}
