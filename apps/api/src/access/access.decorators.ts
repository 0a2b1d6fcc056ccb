import { createParamDecorator, CustomDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { Permission } from '@bridge/domain';
import { UnauthenticatedError } from '../common/bridge-errors';
import type { Actor, RequestWithActor } from './actor';

export const PUBLIC_OPERATION = 'bridge:public';
export const REQUIRED_PERMISSION = 'bridge:required-permission';
export const SIGNED_IN_OPERATION = 'bridge:signed-in';

/*
 * Every operation declares who may call it with one of these; the guard refuses an
 * operation that declares nothing, and a test fails the build for it (access-markers.spec.ts).
 */

/** Needs no sign-in (login, health). */
export const Public = (): CustomDecorator => SetMetadata(PUBLIC_OPERATION, true);

/** Any signed-in person of the organization; the service decides what they may see of it. */
export const SignedIn = (): CustomDecorator => SetMetadata(SIGNED_IN_OPERATION, true);

/** A signed-in person who holds this permission (see `decide` in @bridge/domain). */
export const RequirePermission = (permission: Permission): CustomDecorator =>
  SetMetadata(REQUIRED_PERMISSION, permission);

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
