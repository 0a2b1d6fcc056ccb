import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { Session } from '../core/session';
import { Icon } from '../ui/icon';
import { PersonAvatar } from '../ui/person-avatar';
import { roleLabel } from '../ui/role-label';
import { ChangePasswordForm } from './change-password-form';
import { SignOutEverywhereDialog } from './sign-out-everywhere-dialog';

@Component({
  selector: 'bridge-account-page',
  imports: [MatButtonModule, Icon, PersonAvatar, ChangePasswordForm],
  templateUrl: './account-page.html',
  styleUrl: './account-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AccountPage {
  private readonly dialog = inject(MatDialog);

  protected readonly person = inject(Session).person;
  protected readonly roles = computed(() => (this.person()?.roles ?? []).map(roleLabel));

  protected confirmSignOutEverywhere(): void {
    this.dialog.open(SignOutEverywhereDialog, { width: '480px', maxWidth: 'calc(100vw - 32px)', autoFocus: 'dialog' });
  }
}
