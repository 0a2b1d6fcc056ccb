import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { initialsOf } from '@bridge/domain';

// Calm, distinguishable backgrounds; a name always gets the same one.
const AVATAR_TONES = ['#1f4e79', '#2e6f73', '#5b4b8a', '#8a5a2b', '#3d6b3f', '#7a3e5c', '#3b5b92', '#52606d'];

function toneFor(name: string): string {
  let hash = 0;
  for (const character of name) hash = (hash * 31 + character.charCodeAt(0)) >>> 0;
  return AVATAR_TONES[hash % AVATAR_TONES.length];
}

@Component({
  selector: 'bridge-person-avatar',
  template: `{{ initials() }}`,
  host: {
    'aria-hidden': 'true',
    '[style.background]': 'tone()',
    '[style.--avatar-size.px]': 'size()',
  },
  styles: `
    :host {
      display: inline-flex;
      align-items: center;
      justify-content: center;
      flex: none;
      width: var(--avatar-size);
      height: var(--avatar-size);
      border-radius: 50%;
      color: #fff;
      font-weight: 600;
      font-size: calc(var(--avatar-size) * 0.38);
      letter-spacing: 0.02em;
      user-select: none;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PersonAvatar {
  readonly name = input.required<string>();
  readonly size = input(36);
  protected readonly initials = computed(() => initialsOf(this.name()));
  protected readonly tone = computed(() => toneFor(this.name()));
}
