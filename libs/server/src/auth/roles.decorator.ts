import { type Role } from '@bedside/domain';
import { SetMetadata } from '@nestjs/common';

export const ROLES_KEY = 'bedside:roles';
export const PUBLIC_KEY = 'bedside:public';

/** The weakest role that may call this operation; stronger roles may too. */
export const Roles = (role: Role): MethodDecorator & ClassDecorator => SetMetadata(ROLES_KEY, role);

/** Callable without signing in: only sign-in, /health and webhooks (which verify signatures). */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(PUBLIC_KEY, true);
