import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { type ErrorReason as DomainErrorReason, PROFILE_REASONS } from '@bridge/domain';
import type { EligibilityVerdictFragment } from '../graphql/generated';
import { Icon } from '../ui/icon';

/**
 * What the rule core says about a candidate and an opportunity, in its own words: what stops them
 * (blocking) or what would stop a later step (a warning). A problem the candidate resolves in their
 * profile links there, and back here afterwards.
 */
@Component({
  selector: 'bridge-eligibility-notes',
  imports: [RouterLink, Icon],
  template: `
    @if (problems().length > 0) {
      <ul class="notes" [attr.aria-label]="label()">
        @for (problem of problems(); track problem.reason) {
          <li [class.blocking]="problem.blocking" [attr.data-reason]="problem.reason">
            <bridge-icon [name]="problem.blocking ? 'error' : 'warning'" />
            <span>{{ problem.message }}</span>
          </li>
        }
      </ul>
      @if (profileFixes() && profileLink()) {
        <a class="profile-link" routerLink="/marketplace/profile" [queryParams]="{ returnTo: returnTo() }">
          <bridge-icon name="edit" /> Change your profile
        </a>
      }
    }
  `,
  styles: `
    :host {
      display: flex;
      flex-direction: column;
      gap: 8px;
    }
    .notes {
      display: flex;
      flex-direction: column;
      gap: 8px;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    li {
      --bridge-icon-size: 18px;
      display: flex;
      gap: 8px;
      padding: 10px 12px;
      border-radius: 8px;
      line-height: 1.4;
      color: #5c4200;
      background: #fdf0d2;
    }
    li.blocking {
      color: var(--mat-sys-on-error-container);
      background: var(--mat-sys-error-container);
    }
    .profile-link {
      --bridge-icon-size: 16px;
      display: inline-flex;
      align-items: center;
      gap: 6px;
      font-weight: 600;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EligibilityNotes {
  readonly verdict = input.required<EligibilityVerdictFragment>();
  /** Only blocking problems, or only warnings; both by default. */
  readonly show = input<'all' | 'blocking' | 'warnings'>('all');
  /** Where the profile page sends the candidate back to. */
  readonly returnTo = input('/marketplace/applications');
  /** Whether to offer the profile link (only the candidate can change their profile). */
  readonly profileLink = input(true);
  readonly label = input('What stands in the way');

  protected readonly problems = computed(() =>
    this.verdict().problems.filter((problem) => {
      const show = this.show();
      return show === 'all' || (show === 'blocking' ? problem.blocking : !problem.blocking);
    }),
  );
  protected readonly profileFixes = computed(() =>
    this.problems().some((problem) => PROFILE_REASONS.has(problem.reason as DomainErrorReason)),
  );
}
