import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { decide, ErrorReason, Permission } from '@bridge/domain';
import { ForbiddenError, UnauthenticatedError } from '../common/bridge-errors';
import { ActorResolver } from './actor';
import { PUBLIC_OPERATION, REQUIRED_PERMISSION, requestOf, SIGNED_IN_OPERATION } from './access.decorators';

/**
 * Global guard: an operation marked @Public() is open; one marked @SignedIn() or @RequirePermission()
 * needs a valid token (and the permission, decided by the policy); one marked with nothing is
 * refused, so a forgotten marker fails closed.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly actors: ActorResolver,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_OPERATION, targets)) return true;

    const required = this.reflector.getAllAndOverride<Permission | undefined>(REQUIRED_PERMISSION, targets);
    const signedIn = this.reflector.getAllAndOverride<boolean>(SIGNED_IN_OPERATION, targets);
    if (!required && !signedIn)
      throw new ForbiddenError(ErrorReason.PERMISSION_REQUIRED, 'You do not have permission to do this.');

    const request = requestOf(context);
    if (!request.actor) {
      const header = request.headers['authorization'];
      const token =
        typeof header === 'string' && header.startsWith('Bearer ') ? header.slice(7).trim() : undefined;
      if (!token) throw new UnauthenticatedError();
      const actor = await this.actors.actorFromToken(token);
      if (!actor) throw new UnauthenticatedError('Your session has expired or is not valid. Sign in again.');
      request.actor = actor;
    }

    if (required) {
      const decision = decide(request.actor, required);
      if (!decision.allowed) throw ForbiddenError.from(decision);
    }
    return true;
  }
}
