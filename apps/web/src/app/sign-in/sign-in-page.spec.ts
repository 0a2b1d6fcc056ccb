import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { Permission, Role } from '@bridge/domain';
import { ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { Session } from '../core/session';
import { settle } from '../../testing/settle';
import { SignInPage } from './sign-in-page';

describe('SignInPage', () => {
  let fixture: ComponentFixture<SignInPage>;
  let controller: ApolloTestingController;
  let element: HTMLElement;

  beforeEach(async () => {
    localStorage.clear();
    await TestBed.configureTestingModule({
      imports: [SignInPage, ApolloTestingModule],
      providers: [provideRouter([])],
    }).compileComponents();
    fixture = TestBed.createComponent(SignInPage);
    controller = TestBed.inject(ApolloTestingController);
    element = fixture.nativeElement;
    await fixture.whenStable();
  });

  /** The page asks how people can sign in; most tests answer "with a password only". */
  async function answerSignInOptions(singleSignOn: { name: string; startUrl: string } | null = null): Promise<void> {
    controller.expectOne('SignInOptions').flush({ data: { signInOptions: { singleSignOn, __typename: 'SignInOptions' } } });
    await settle(fixture);
  }

  afterEach(() => controller.verify());

  function type(label: 'email' | 'password', value: string): void {
    const input = element.querySelector<HTMLInputElement>(`input[formcontrolname="${label}"]`);
    if (!input) throw new Error(`no ${label} input`);
    input.value = value;
    input.dispatchEvent(new Event('input'));
  }

  async function submit(): Promise<void> {
    element.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
    await fixture.whenStable();
  }

  it('shows what is missing next to each field and sends nothing', async () => {
    await answerSignInOptions();
    await submit();

    const errors = Array.from(element.querySelectorAll('mat-error')).map((error) => error.textContent?.trim());
    expect(errors).toEqual(['Enter your work e-mail.', 'Enter your password.']);
    controller.expectNone('SignIn');
  });

  it('refuses an address that is not an e-mail', async () => {
    await answerSignInOptions();
    type('email', 'not-an-email');
    type('password', 'secret');
    await submit();

    expect(element.querySelector('mat-error')?.textContent).toContain('does not look like an e-mail address');
    controller.expectNone('SignIn');
  });

  it('signs in with the typed credentials and opens the directory', async () => {
    await answerSignInOptions();
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigateByUrl').mockResolvedValue(true);
    type('email', ' admin@acme.test ');
    type('password', 'bridge-demo');
    await submit();

    const operation = controller.expectOne('SignIn');
    expect(operation.operation.variables).toEqual({ email: 'admin@acme.test', password: 'bridge-demo' });
    expect(element.querySelector('button[type="submit"]')?.textContent).toContain('Signing in');
    expect(element.querySelector('mat-spinner')).not.toBeNull();

    operation.flushData({
      login: {
        __typename: 'AuthPayload',
        token: 'token-1',
        expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
        refreshToken: 'refresh-1',
        me: {
          __typename: 'Person',
          id: 'p1',
          name: 'Priya Raman',
          email: 'admin@acme.test',
          title: 'People Ops Lead',
          roles: [Role.ADMIN],
          organization: { __typename: 'Organization', id: 'o1', name: 'Acme' },
        },
      },
    });
    await settle(fixture);

    const session = TestBed.inject(Session);
    expect(session.token()).toBe('token-1');
    expect(session.refreshToken()).toBe('refresh-1');
    expect(session.can(Permission.ImportPeople)).toBe(true);
    expect(navigate).toHaveBeenCalledWith('/home');
  });

  it('says plainly when the e-mail or password is wrong', async () => {
    await answerSignInOptions();
    type('email', 'admin@acme.test');
    type('password', 'wrong');
    await submit();

    controller
      .expectOne('SignIn')
      .graphqlErrors([{ message: 'Wrong e-mail or password', extensions: { code: 'UNAUTHENTICATED' } }]);
    await settle(fixture);

    expect(element.querySelector('[role="alert"]')?.textContent).toContain('The e-mail or password is not right.');
    expect(element.querySelector<HTMLButtonElement>('button[type="submit"]')?.disabled).toBe(false);
    expect(TestBed.inject(Session).isSignedIn()).toBe(false);
  });

  it('offers the company account when single sign-on is set up, keeping where the person was going', async () => {
    fixture.componentRef.setInput('returnUrl', '/org-chart');
    await answerSignInOptions({ name: 'Acme SSO', startUrl: '/auth/oidc/start' });

    const link = element.querySelector<HTMLAnchorElement>('a.single-sign-on');
    expect(link?.textContent?.trim()).toBe('Sign in with Acme SSO');
    expect(link?.getAttribute('href')).toBe('/auth/oidc/start?returnUrl=%2Forg-chart');
  });

  it('offers no company account when none is set up', async () => {
    await answerSignInOptions(null);
    expect(element.querySelector('a.single-sign-on')).toBeNull();
  });

  it('explains why single sign-on sent the person back', async () => {
    fixture.componentRef.setInput('sso', 'no-account');
    await answerSignInOptions({ name: 'Acme SSO', startUrl: '/auth/oidc/start' });
    expect(element.querySelector('[role="alert"]')?.textContent).toContain('Bridge has no one with that work e-mail');
  });
});
