import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { Session } from '../core/session';
import { settle } from '../../testing/settle';
import { SignInCompletePage } from './sign-in-complete-page';

describe('SignInCompletePage', () => {
  let controller: ApolloTestingController;
  let router: Router;

  async function land(hash: string) {
    localStorage.clear();
    history.replaceState(null, '', `/sign-in/complete${hash}`);
    await TestBed.configureTestingModule({
      imports: [SignInCompletePage, ApolloTestingModule],
      providers: [provideRouter([])],
    }).compileComponents();
    controller = TestBed.inject(ApolloTestingController);
    router = TestBed.inject(Router);
    jest.spyOn(router, 'navigateByUrl').mockResolvedValue(true);
    jest.spyOn(router, 'navigate').mockResolvedValue(true);
    const fixture = TestBed.createComponent(SignInCompletePage);
    await fixture.whenStable();
    return fixture;
  }

  afterEach(() => controller.verify());

  it('trades the handed-over refresh token for a session, clears the address bar, and goes where the person was going', async () => {
    const fixture = await land('#token=t0&refreshToken=r0&expiresAt=2026-11-21T12%3A00%3A00Z&returnUrl=%2Forg-chart');
    expect(window.location.hash).toBe('');

    const trade = controller.expectOne('RefreshSession');
    expect(trade.operation.variables).toEqual({ refreshToken: 'r0' });
    trade.flush({
      data: {
        refreshSession: {
          __typename: 'AuthPayload',
          token: 't1',
          expiresAt: new Date(Date.now() + 900_000).toISOString(),
          refreshToken: 'r1',
          me: {
            __typename: 'Person',
            id: 'p1',
            name: 'Alex Rivera',
            email: 'candidate@acme.test',
            title: 'Senior Software Engineer',
            roles: ['CANDIDATE'],
            organization: { __typename: 'Organization', id: 'o1', name: 'Acme Manufacturing' },
          },
        },
      },
    });
    await settle(fixture);

    expect(TestBed.inject(Session).token()).toBe('t1');
    expect(router.navigateByUrl).toHaveBeenCalledWith('/org-chart');
  });

  it('goes back to sign-in when nothing was handed over', async () => {
    await land('');
    controller.expectNone('RefreshSession');
    expect(router.navigate).toHaveBeenCalledWith(['/sign-in'], { queryParams: { sso: 'failed' } });
  });
});
