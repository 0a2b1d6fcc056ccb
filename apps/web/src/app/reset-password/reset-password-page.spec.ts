import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { settle } from '../../testing/settle';
import { ResetPasswordPage } from './reset-password-page';

const INVALID_LINK = 'This reset link is not valid any more. Ask your Bridge admin for a new one.';

describe('ResetPasswordPage', () => {
  let fixture: ComponentFixture<ResetPasswordPage>;
  let controller: ApolloTestingController;
  let element: HTMLElement;

  async function open(token: string | undefined): Promise<void> {
    await TestBed.configureTestingModule({
      imports: [ResetPasswordPage, ApolloTestingModule],
      providers: [provideRouter([])],
    }).compileComponents();
    fixture = TestBed.createComponent(ResetPasswordPage);
    if (token !== undefined) fixture.componentRef.setInput('token', token);
    controller = TestBed.inject(ApolloTestingController);
    element = fixture.nativeElement;
    await fixture.whenStable();
  }

  afterEach(() => controller.verify());

  function type(field: 'newPassword' | 'confirmation', value: string): void {
    const input = element.querySelector<HTMLInputElement>(`input[formcontrolname="${field}"]`);
    if (!input) throw new Error(`no ${field} input`);
    input.value = value;
    input.dispatchEvent(new Event('input'));
  }

  async function setPassword(password: string): Promise<void> {
    type('newPassword', password);
    type('confirmation', password);
    element.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
    await fixture.whenStable();
  }

  const signInLink = () => element.querySelector<HTMLAnchorElement>('a[href="/sign-in"]');

  it('shows that the link is not valid any more, with a way to sign in, when the API refuses the token', async () => {
    await open('spent-token');
    await setPassword('correct horse battery');

    const operation = controller.expectOne('ResetPassword');
    expect(operation.operation.variables).toEqual({ token: 'spent-token', newPassword: 'correct horse battery' });
    operation.graphqlErrors([{ message: INVALID_LINK, extensions: { code: 'BAD_USER_INPUT', field: 'token' } }]);
    await settle(fixture);

    expect(element.querySelector('[role="alert"]')?.textContent).toContain(INVALID_LINK);
    expect(element.querySelector('form')).toBeNull();
    expect(signInLink()?.textContent).toContain('Go to sign in');
  });

  it('says the link is not valid when it carries no token, before anything is sent', async () => {
    await open(undefined);

    expect(element.querySelector('[role="alert"]')?.textContent).toContain(INVALID_LINK);
    expect(element.querySelector('form')).toBeNull();
    controller.expectNone('ResetPassword');
  });

  it('checks the new password with the domain rule before sending it', async () => {
    await open('token-1');
    await setPassword('too short');

    expect(element.querySelector('mat-error')?.textContent?.trim()).toBe('Use at least 12 characters.');
    controller.expectNone('ResetPassword');
  });

  it('says the password is set, with a button to sign in', async () => {
    await open('token-1');
    await setPassword('correct horse battery');

    controller.expectOne('ResetPassword').flushData({ resetPassword: true });
    await settle(fixture);

    expect(element.querySelector('h2')?.textContent).toContain('Your password is set');
    expect(signInLink()?.textContent?.trim()).toBe('Sign in');
  });
});
