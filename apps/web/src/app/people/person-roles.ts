import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  inject,
  input,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatChipsModule } from '@angular/material/chips';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { ALL_ROLES, decide, Permission, type Role } from '@bridge/domain';
import { Apollo } from 'apollo-angular';
import { describeError } from '../core/api-errors';
import { Session } from '../core/session';
import { SetPersonRolesDocument } from '../graphql/generated';
import { DecorativeSpinner } from '../ui/decorative-spinner';
import { Icon } from '../ui/icon';
import { ROLE_OPTIONS, roleLabel } from '../ui/role-label';

/** A person's roles, and for those allowed to change them, the place to do it. */
@Component({
  selector: 'bridge-person-roles',
  imports: [MatButtonModule, MatChipsModule, MatProgressSpinnerModule, DecorativeSpinner, Icon],
  templateUrl: './person-roles.html',
  styleUrl: './person-roles.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PersonRoles {
  private readonly apollo = inject(Apollo);
  private readonly session = inject(Session);
  private readonly destroyRef = inject(DestroyRef);

  readonly personId = input.required<string>();
  readonly personName = input.required<string>();
  readonly roles = input.required<readonly Role[]>();

  protected readonly roleOptions = ROLE_OPTIONS;
  protected readonly labels = computed(() => this.roles().map(roleLabel));
  protected readonly canChange = computed(() => this.session.can(Permission.ChangeRoles));

  protected readonly editing = signal(false);
  protected readonly draft = signal<readonly Role[]>([]);
  protected readonly saving = signal(false);
  protected readonly failure = signal<string | null>(null);

  /** What the API would refuse anyway (an admin removing their own admin role), said before Save is pressed. */
  protected readonly refusal = computed(() => {
    const actor = this.session.actor();
    if (!actor || !this.editing()) return null;
    const subject = {
      kind: 'person' as const,
      personId: this.personId(),
      roles: this.roles(),
      newRoles: this.draft(),
    };
    const decision = decide(actor, Permission.ChangeRoles, subject);
    return decision.allowed ? null : decision.message;
  });
  protected readonly changed = computed(() => {
    const current = this.roles();
    const draft = this.draft();
    return draft.length !== current.length || draft.some((role) => !current.includes(role));
  });

  protected startEditing(): void {
    this.draft.set(this.roles());
    this.failure.set(null);
    this.editing.set(true);
  }

  protected cancel(): void {
    this.editing.set(false);
    this.failure.set(null);
  }

  protected save(): void {
    if (this.saving() || this.refusal() || !this.changed()) return;
    const roles = ALL_ROLES.filter((role) => this.draft().includes(role));
    this.saving.set(true);
    this.failure.set(null);
    this.apollo
      .mutate({ mutation: SetPersonRolesDocument, variables: { personId: this.personId(), roles } })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: ({ data }) => {
          this.saving.set(false);
          this.editing.set(false);
          const me = this.session.person();
          // The shell shows the signed-in person's roles from the session; keep it in step when they change their own.
          if (data && me?.id === data.setPersonRoles.id)
            this.session.refreshPerson({ ...me, roles: data.setPersonRoles.roles });
        },
        error: (error: unknown) => {
          this.saving.set(false);
          this.failure.set(describeError(error));
        },
      });
  }
}
