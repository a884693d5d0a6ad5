import { createParamDecorator, type ExecutionContext } from '@nestjs/common';

import { AppError } from '../common/app-error';
import { type Actor } from './actor';
import { requestOf } from './auth.guard';

/** The caller the auth guard resolved: `@CurrentActor() actor: Actor`. */
export const CurrentActor = createParamDecorator((_: unknown, context: ExecutionContext): Actor => {
  const actor = requestOf(context).actor;
  if (!actor) {
    throw new AppError('UNAUTHENTICATED');
  }
  return actor;
});
