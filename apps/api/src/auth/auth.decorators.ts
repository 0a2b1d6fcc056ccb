import { createParamDecorator, CustomDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { Role } from '@bridge/domain';
import { UnauthenticatedError } from '../common/bridge-errors';
import type { Actor, RequestWithActor } from './actor';

export const PUBLIC_OPERATION = 'bridge:public';
export const REQUIRED_ROLES = 'bridge:required-roles';

/** Marks an operation that needs no sign-in (login, health). Everything else requires a token. */
export const Public = (): CustomDecorator => SetMetadata(PUBLIC_OPERATION, true);

/** The actor needs at least one of these roles. */
export const RequireRoles = (...roles: Role[]): CustomDecorator => SetMetadata(REQUIRED_ROLES, roles);

export function requestOf(context: ExecutionContext): RequestWithActor {
  if (context.getType<string>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<{ req: RequestWithActor }>().req;
  }
  return context.switchToHttp().getRequest<RequestWithActor>();
}

export const CurrentActor = createParamDecorator((_: unknown, context: ExecutionContext): Actor => {
  const actor = requestOf(context).actor;
  if (!actor) throw new UnauthenticatedError();
  return actor;
});
