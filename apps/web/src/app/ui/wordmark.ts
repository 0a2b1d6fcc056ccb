import { ChangeDetectionStrategy, Component, input } from '@angular/core';

@Component({
  selector: 'bridge-wordmark',
  template: `
    <svg viewBox="0 0 32 32" aria-hidden="true">
      <rect width="32" height="32" rx="8" [attr.fill]="tone() === 'light' ? '#ffffff' : '#13294b'" />
      <path d="M6 21c3-6 7-9 10-9s7 3 10 9" fill="none" stroke="#f2b84b" stroke-width="2.6" stroke-linecap="round" />
      <path d="M6 23h20" [attr.stroke]="tone() === 'light' ? '#13294b' : '#ffffff'" stroke-width="2.6" stroke-linecap="round" />
    </svg>
    <span>Bridge</span>
  `,
  host: { '[class.light]': "tone() === 'light'" },
  styles: `
    :host {
      display: inline-flex;
      align-items: center;
      gap: 10px;
      font-weight: 700;
      font-size: 20px;
      letter-spacing: -0.02em;
      color: var(--bridge-ink);
    }
    :host(.light) {
      color: #fff;
    }
    svg {
      width: 30px;
      height: 30px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class Wordmark {
  readonly tone = input<'dark' | 'light'>('dark');
}
