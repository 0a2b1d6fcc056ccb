import { ChangeDetectionStrategy, Component, inject, OnInit } from '@angular/core';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { Router } from '@angular/router';
import { Apollo } from 'apollo-angular';
import { Session } from '../core/session';
import { RefreshSessionDocument } from '../graphql/generated';
import { PublicFrame } from '../ui/public-frame';

/**
 * Where single sign-on lands. The API hands over the new session in the URL's fragment (never sent
 * to a server); trading its refresh token gives the whole session, as any renewal does.
 */
@Component({
  selector: 'bridge-sign-in-complete-page',
  imports: [MatProgressSpinnerModule, PublicFrame],
  template: `
    <bridge-public-frame>
      <div class="card completing" role="status">
        <mat-spinner diameter="32" aria-label="Signing you in" />
        <p>Signing you in…</p>
      </div>
    </bridge-public-frame>
  `,
  styleUrl: './sign-in-complete-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SignInCompletePage implements OnInit {
  private readonly apollo = inject(Apollo);
  private readonly session = inject(Session);
  private readonly router = inject(Router);

  ngOnInit(): void {
    const handedOver = new URLSearchParams(window.location.hash.slice(1));
    // The tokens leave the address bar (and the history) at once.
    history.replaceState(history.state, '', window.location.pathname);
    const refreshToken = handedOver.get('refreshToken');
    const returnUrl = handedOver.get('returnUrl') ?? '/home';
    if (!refreshToken) {
      void this.router.navigate(['/sign-in'], { queryParams: { sso: 'failed' } });
      return;
    }
    this.apollo.mutate({ mutation: RefreshSessionDocument, variables: { refreshToken } }).subscribe({
      next: ({ data }) => {
        if (!data) return;
        this.session.start(data.refreshSession);
        void this.router.navigateByUrl(returnUrl.startsWith('/') && !returnUrl.startsWith('//') ? returnUrl : '/home');
      },
      error: () => void this.router.navigate(['/sign-in'], { queryParams: { sso: 'failed' } }),
    });
  }
}
