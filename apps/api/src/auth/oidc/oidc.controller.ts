import { Controller, Get, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Public } from '../../access/access.decorators';
import { OidcService } from './oidc.service';

const PENDING_COOKIE = 'bridge_oidc';

function cookieValue(request: Request, name: string): string | undefined {
  const pair = (request.headers.cookie ?? '')
    .split(';')
    .map((part) => part.trim())
    .find((part) => part.startsWith(`${name}=`));
  return pair ? decodeURIComponent(pair.slice(name.length + 1)) : undefined;
}

/** The browser's two stops in single sign-on: off to the identity provider, and back. */
@Controller('auth/oidc')
export class OidcController {
  constructor(private readonly oidc: OidcService) {}

  @Public()
  @Get('start')
  async start(
    @Query('returnUrl') returnUrl: string | undefined,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    if (!this.oidc.settings) {
      response.redirect(302, '/sign-in?sso=unavailable');
      return;
    }
    const { authorizationUrl, pendingCookie } = await this.oidc.start(returnUrl ?? '/');
    response.cookie(PENDING_COOKIE, pendingCookie, {
      httpOnly: true,
      sameSite: 'lax',
      secure: request.secure,
      path: '/auth/oidc',
      maxAge: 10 * 60 * 1000,
    });
    response.redirect(302, authorizationUrl);
  }

  @Public()
  @Get('callback')
  async callback(@Req() request: Request, @Res() response: Response): Promise<void> {
    const callbackUrl = new URL(request.originalUrl, this.oidc.callbackUrl);
    const outcome = await this.oidc.finish(callbackUrl, cookieValue(request, PENDING_COOKIE));
    response.clearCookie(PENDING_COOKIE, { path: '/auth/oidc' });
    if (outcome.kind !== 'signed-in') {
      response.redirect(302, `/sign-in?sso=${outcome.kind}`);
      return;
    }
    // Tokens travel in the fragment: browsers never send it to a server, so no log ever holds them.
    const fragment = new URLSearchParams({
      token: outcome.signIn.token,
      refreshToken: outcome.signIn.refreshToken,
      expiresAt: outcome.signIn.expiresAt.toISOString(),
      returnUrl: outcome.returnUrl,
    });
    response.redirect(302, `/sign-in/complete#${fragment.toString()}`);
  }
}
