import { ChangeDetectionStrategy, Component } from '@angular/core';
import { Icon } from './icon';
import { Wordmark } from './wordmark';

/** The frame of the pages seen before signing in: what Bridge is on one side, the page's card on the other. */
@Component({
  selector: 'bridge-public-frame',
  imports: [Icon, Wordmark],
  template: `
    <section class="pitch" aria-label="About Bridge">
      <bridge-wordmark tone="light" />
      <div class="pitch-body">
        <h1>Leadership, proven before the title.</h1>
        <p>
          Bridge matches people ready to grow with stretch assignments and mentors, so promotions rest on evidence,
          not on guesswork.
        </p>
        <ul>
          <li><bridge-icon name="success" />Stretch assignments sponsored by real leaders</li>
          <li><bridge-icon name="success" />Mentoring that follows people, not org charts</li>
          <li><bridge-icon name="success" />A record of what each candidate has shown</li>
        </ul>
      </div>
    </section>
    <main class="form-side">
      <ng-content />
    </main>
  `,
  styleUrl: './public-frame.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PublicFrame {}
