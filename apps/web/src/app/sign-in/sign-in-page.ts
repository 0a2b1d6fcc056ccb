import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import {
  type AbstractControl,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  type ValidationErrors,
  Validators,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { Router } from '@angular/router';
import { map } from 'rxjs';
import { isPlausibleEmail } from '@bridge/domain';
import { Apollo } from 'apollo-angular';
import { describeError, hasErrorCode } from '../core/api-errors';
import { Session } from '../core/session';
import { SignInDocument, SignInOptionsDocument } from '../graphql/generated';
import { DecorativeSpinner } from '../ui/decorative-spinner';
import { FocusInvalid } from '../ui/focus-invalid';
import { Icon } from '../ui/icon';
import { PublicFrame } from '../ui/public-frame';
import { Wordmark } from '../ui/wordmark';

export const WRONG_CREDENTIALS_MESSAGE = 'The e-mail or password is not right.';

/** What the single sign-on round trip came back with (`?sso=` from the API's redirect). */
export const SINGLE_SIGN_ON_MESSAGES: Readonly<Record<string, string>> = {
  'no-account':
    'Your company account signed you in, but Bridge has no one with that work e-mail. Ask your Bridge admin to add you.',
  failed: 'Signing in with your company account did not complete. Try again.',
  unavailable: 'Signing in with a company account is not set up here.',
};

function plausibleEmail(control: AbstractControl<string>): ValidationErrors | null {
  const value = control.value.trim();
  return value === '' || isPlausibleEmail(value) ? null : { email: true };
}

@Component({
  selector: 'bridge-sign-in-page',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressSpinnerModule,
    DecorativeSpinner,
    FocusInvalid,
    Icon,
    PublicFrame,
    Wordmark,
  ],
  templateUrl: './sign-in-page.html',
  styleUrl: './sign-in-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SignInPage {
  private readonly apollo = inject(Apollo);
  private readonly session = inject(Session);
  private readonly router = inject(Router);

  /** Where the person was going before being sent here; only paths inside the app are followed. */
  readonly returnUrl = input<string>();
  readonly reason = input<string>();
  /** Set when single sign-on sent the person back here instead of into Bridge. */
  readonly sso = input<string>();

  protected readonly form = inject(NonNullableFormBuilder).group({
    email: ['', [Validators.required, plausibleEmail]],
    password: ['', Validators.required],
  });
  protected readonly signingIn = signal(false);
  protected readonly failure = signal<string | null>(null);
  protected readonly sessionEnded = computed(() => this.reason() === 'expired');
  protected readonly singleSignOnProblem = computed(() => SINGLE_SIGN_ON_MESSAGES[this.sso() ?? ''] ?? null);
  protected readonly singleSignOn = toSignal(
    this.apollo
      .query({ query: SignInOptionsDocument, fetchPolicy: 'cache-first' })
      .pipe(map((result) => result.data?.signInOptions.singleSignOn ?? null)),
    { initialValue: null },
  );
  protected readonly singleSignOnHref = computed(() => {
    const provider = this.singleSignOn();
    return provider ? `${provider.startUrl}?returnUrl=${encodeURIComponent(this.destination())}` : null;
  });

  protected signIn(): void {
    if (this.signingIn()) return;
    this.form.markAllAsTouched();
    if (this.form.invalid) return;
    const { email, password } = this.form.getRawValue();
    this.signingIn.set(true);
    this.failure.set(null);
    this.apollo.mutate({ mutation: SignInDocument, variables: { email: email.trim(), password } }).subscribe({
      next: ({ data }) => {
        if (!data) return;
        this.session.start(data.login);
        void this.router.navigateByUrl(this.destination());
      },
      error: (error: unknown) => {
        this.signingIn.set(false);
        this.failure.set(
          hasErrorCode(error, 'UNAUTHENTICATED') ? WRONG_CREDENTIALS_MESSAGE : describeError(error),
        );
      },
    });
  }

  private destination(): string {
    const requested = this.returnUrl();
    return requested && requested.startsWith('/') && !requested.startsWith('//') ? requested : '/home';
  }
}
