import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { Role } from '@bridge/domain';
import { ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { settle } from '../../testing/settle';
import { startTestSession } from '../../testing/signed-in';
import { UnsavedChanges } from '../ui/unsaved-changes';
import { ChangePasswordForm } from './change-password-form';

describe('ChangePasswordForm', () => {
  let fixture: ComponentFixture<ChangePasswordForm>;
  let controller: ApolloTestingController;
  let element: HTMLElement;

  beforeEach(async () => {
    localStorage.clear();
    await TestBed.configureTestingModule({
      imports: [ChangePasswordForm, ApolloTestingModule],
    }).compileComponents();
    startTestSession({
      id: 'p1',
      name: 'Ana Ruiz',
      email: 'ana.ruiz@acme.test',
      title: null,
      roles: [Role.CANDIDATE],
    });
    fixture = TestBed.createComponent(ChangePasswordForm);
    controller = TestBed.inject(ApolloTestingController);
    element = fixture.nativeElement;
    await fixture.whenStable();
  });

  afterEach(() => controller.verify());

  function type(field: 'currentPassword' | 'newPassword' | 'confirmation', value: string): void {
    const input = element.querySelector<HTMLInputElement>(`input[formcontrolname="${field}"]`);
    if (!input) throw new Error(`no ${field} input`);
    input.value = value;
    input.dispatchEvent(new Event('input'));
  }

  async function submit(): Promise<void> {
    element.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
    await fixture.whenStable();
  }

  /** The error shown inside the form field that holds this input, so it is next to the right field. */
  const errorOf = (field: string) =>
    element
      .querySelector(`input[formcontrolname="${field}"]`)
      ?.closest('mat-form-field')
      ?.querySelector('mat-error')
      ?.textContent?.trim() ?? null;

  async function fillAndSubmit(): Promise<void> {
    type('currentPassword', 'bridge-demo');
    type('newPassword', 'correct horse battery');
    type('confirmation', 'correct horse battery');
    element.querySelector<HTMLButtonElement>('button[type="submit"]')?.focus();
    await submit();
  }

  it("says what the domain's password rule says, and sends nothing", async () => {
    type('currentPassword', 'bridge-demo');
    type('newPassword', 'ana.ruiz@acme.test');
    type('confirmation', 'something else');
    await submit();

    expect(errorOf('newPassword')).toBe('Do not use your e-mail address as your password.');
    expect(errorOf('confirmation')).toBe('This is not the same as the new password.');
    controller.expectNone('ChangePassword');
  });

  it('takes focus to the first field to fix when the form is refused', async () => {
    type('currentPassword', 'bridge-demo');
    await submit();

    expect(document.activeElement).toBe(element.querySelector('input[formcontrolname="newPassword"]'));
  });

  it('sends the current and the new password, and says it is changed', async () => {
    await fillAndSubmit();

    const operation = controller.expectOne('ChangePassword');
    expect(operation.operation.variables).toEqual({
      currentPassword: 'bridge-demo',
      newPassword: 'correct horse battery',
    });
    operation.flushData({ changePassword: true });
    await settle(fixture);

    expect(element.querySelector('[role="status"]')?.textContent).toContain('Your password is changed.');
    expect(element.querySelector<HTMLInputElement>('input[formcontrolname="newPassword"]')?.value).toBe('');
    expect(TestBed.inject(UnsavedChanges).any()).toBe(false);
  });

  it('shows a wrong current password next to the current password', async () => {
    await fillAndSubmit();

    controller.expectOne('ChangePassword').graphqlErrors([
      {
        message: 'currentPassword is not your current password.',
        extensions: { code: 'BAD_USER_INPUT', field: 'currentPassword' },
      },
    ]);
    await settle(fixture);

    expect(errorOf('currentPassword')).toBe('That is not your current password.');
    expect(errorOf('newPassword')).toBeNull();
    expect(element.querySelector('[role="alert"]')).toBeNull();
  });

  it("shows the API's refusal of the new password next to the new password, without its field prefix", async () => {
    await fillAndSubmit();

    controller.expectOne('ChangePassword').graphqlErrors([
      {
        message: 'newPassword: Do not use your e-mail address as your password.',
        extensions: { code: 'BAD_USER_INPUT', field: 'newPassword' },
      },
    ]);
    await settle(fixture);

    expect(errorOf('newPassword')).toBe('Do not use your e-mail address as your password.');
    expect(document.activeElement).toBe(element.querySelector('input[formcontrolname="newPassword"]'));
    expect(errorOf('currentPassword')).toBeNull();
    expect(element.querySelector<HTMLButtonElement>('button[type="submit"]')?.disabled).toBe(false);
  });
});
