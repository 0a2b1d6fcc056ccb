import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { Permission } from '@bridge/domain';
import { Apollo } from 'apollo-angular';
import { switchMap } from 'rxjs';
import { describeError, isNotFound } from '../core/api-errors';
import { Session } from '../core/session';
import { PersonProfileDocument } from '../graphql/generated';
import { Icon } from '../ui/icon';
import { OpenReviewButton } from '../reviews/open-review-button';
import { PersonAvatar } from '../ui/person-avatar';
import { PersonPasswordReset } from './person-password-reset';
import { PersonRoles } from './person-roles';

@Component({
  selector: 'bridge-person-detail',
  imports: [
    RouterLink,
    MatButtonModule,
    MatProgressBarModule,
    Icon,
    OpenReviewButton,
    PersonAvatar,
    PersonPasswordReset,
    PersonRoles,
  ],
  templateUrl: './person-detail.html',
  styleUrl: './person-detail.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PersonDetail {
  private readonly apollo = inject(Apollo);
  private readonly session = inject(Session);

  readonly id = input.required<string>();

  protected readonly canResetPassword = computed(() => this.session.can(Permission.ResetPasswords));
  protected readonly canReview = computed(() => this.session.can(Permission.ManagePromotionReviews));
  /** Whether to offer the observation form; the API decides who may observe whom (and says so). */
  protected readonly isSelf = computed(() => this.session.person()?.id === this.person()?.id);
  protected readonly canReadReadiness = computed(() => {
    const person = this.person();
    return (
      person !== null &&
      this.session.can(Permission.ReadReadiness, {
        kind: 'candidateProfile',
        personId: person.id,
        managerId: person.manager?.id ?? null,
      })
    );
  });

  private readonly result = toSignal(
    toObservable(this.id).pipe(
      switchMap(
        (id) => this.apollo.watchQuery({ query: PersonProfileDocument, variables: { id } }).valueChanges,
      ),
    ),
  );

  protected readonly person = computed(() => {
    const result = this.result();
    return result?.dataState === 'complete' ? result.data.person : null;
  });
  protected readonly loading = computed(() => !this.result() || (this.result()?.loading ?? false));
  /** A link with a malformed id is as good as one to someone who is not in the directory. */
  protected readonly notFound = computed(() => isNotFound(this.result()?.error));
  protected readonly failure = computed(() => {
    const error = this.result()?.error;
    return error && !this.notFound() ? describeError(error) : null;
  });
}
