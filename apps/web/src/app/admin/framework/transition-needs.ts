import { ChangeDetectionStrategy, Component, DestroyRef, inject, input, output, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { Apollo } from 'apollo-angular';
import { describeError, fieldErrorMessage } from '../../core/api-errors';
import { inFieldWords } from '../../opportunities/opportunity-validators';
import { Icon } from '../../ui/icon';
import { type FrameworkEditorQuery, SetTransitionCapabilitiesDocument } from './framework.generated';

export type Transition = FrameworkEditorQuery['leadershipFramework']['transitions'][number];

interface Message {
  text: string;
  error: boolean;
}

/** Which capabilities each transition needs, as ticks that save at once: a handful of ticks, not a form. */
@Component({
  selector: 'bridge-transition-needs',
  imports: [Icon],
  templateUrl: './transition-needs.html',
  styleUrl: './transition-needs.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TransitionNeeds {
  private readonly apollo = inject(Apollo);
  private readonly destroyRef = inject(DestroyRef);

  readonly transitions = input.required<Transition[]>();
  readonly capabilities = input.required<{ key: string; name: string }[]>();
  /** A transition saved with its new needs. */
  readonly saved = output<Transition>();

  protected readonly savingTransition = signal<string | null>(null);
  protected readonly messages = signal<Record<string, Message>>({});

  protected needs(transition: Transition, capabilityKey: string): boolean {
    return transition.capabilityKeys.includes(capabilityKey);
  }

  protected toggleNeed(transition: Transition, capabilityKey: string, event: Event): void {
    const checkbox = event.target as HTMLInputElement;
    const capabilityKeys = checkbox.checked
      ? [...transition.capabilityKeys, capabilityKey]
      : transition.capabilityKeys.filter((key) => key !== capabilityKey);
    if (capabilityKeys.length === 0) {
      checkbox.checked = true;
      this.message(transition.key, {
        text: `${transition.name} needs at least one capability.`,
        error: true,
      });
      return;
    }
    this.savingTransition.set(transition.key);
    this.message(transition.key, { text: 'Saving…', error: false });
    this.apollo
      .mutate({
        mutation: SetTransitionCapabilitiesDocument,
        variables: { transition: transition.key, capabilityKeys },
      })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: ({ data }) => {
          this.savingTransition.set(null);
          if (!data) return;
          this.message(transition.key, { text: 'Saved', error: false });
          this.saved.emit({ ...transition, capabilityKeys: data.setTransitionCapabilities.capabilityKeys });
        },
        error: (error: unknown) => {
          this.savingTransition.set(null);
          checkbox.checked = !checkbox.checked;
          const refused = fieldErrorMessage(error, 'capabilityKeys');
          const text =
            refused !== null
              ? inFieldWords(refused, { capabilityKeys: 'Capabilities' })
              : describeError(error);
          this.message(transition.key, { text, error: true });
        },
      });
  }

  private message(key: string, message: Message): void {
    this.messages.update((messages) => ({ ...messages, [key]: message }));
  }
}
