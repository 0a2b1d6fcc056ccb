import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Apollo } from 'apollo-angular';
import { describeError } from '../../core/api-errors';
import { UndeliveredEmailsDocument, type UndeliveredEmailStatus } from '../../graphql/generated';
import { Icon } from '../../ui/icon';

const STATUS_TEXT: Readonly<Record<UndeliveredEmailStatus, string>> = {
  FAILED: 'Refused by the mail server after every attempt',
  SENDING: 'Bridge stopped while handing it to the mail server: it may have arrived, so it is not sent again',
};

/** The e-mails Bridge did not deliver, or cannot tell whether it did, for an admin to follow up. */
@Component({
  selector: 'bridge-undelivered-emails-page',
  imports: [DatePipe, MatProgressBarModule, Icon],
  templateUrl: './undelivered-emails-page.html',
  styleUrl: './undelivered-emails-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class UndeliveredEmailsPage {
  private readonly result = toSignal(
    inject(Apollo).watchQuery({ query: UndeliveredEmailsDocument, fetchPolicy: 'network-only' }).valueChanges,
  );

  protected readonly emails = computed(() => {
    const result = this.result();
    const emails = result?.dataState === 'complete' ? result.data.undeliveredEmails : [];
    return emails.map((email) => ({ ...email, explanation: STATUS_TEXT[email.status] }));
  });
  protected readonly loading = computed(() => this.result()?.loading ?? true);
  protected readonly failure = computed(() => {
    const error = this.result()?.error;
    return error ? describeError(error) : null;
  });
}
