import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { Role } from '@bridge/domain';
import { APOLLO_TESTING_CACHE, ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { settle } from '../../testing/settle';
import { createBridgeCache } from '../core/apollo';
import { Session } from '../core/session';
import { Shell } from './shell';

const ME = {
  __typename: 'Person',
  id: 'p1',
  name: 'Casey Candidate',
  email: 'candidate@acme.test',
  title: 'Analyst',
  roles: [Role.CANDIDATE],
  organization: { __typename: 'Organization', id: 'o1', name: 'Acme' },
};

describe('Shell', () => {
  let fixture: ComponentFixture<Shell>;
  let controller: ApolloTestingController;
  let element: HTMLElement;

  beforeEach(async () => {
    localStorage.clear();
    await TestBed.configureTestingModule({
      imports: [Shell, ApolloTestingModule],
      providers: [provideRouter([]), { provide: APOLLO_TESTING_CACHE, useFactory: createBridgeCache }],
    }).compileComponents();
    TestBed.inject(Session).start({
      token: 'token-1',
      expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
      refreshToken: 'refresh-1',
      me: ME,
    });
    controller = TestBed.inject(ApolloTestingController);
    fixture = TestBed.createComponent(Shell);
    element = fixture.nativeElement;
    await fixture.whenStable();
    controller.expectOne('Me').flushData({ me: ME });
    controller.expectOne('UnreadNotificationCount').flushData({ unreadNotificationCount: 2 });
    controller.expectOne('UnreadNotificationCountChanged');
  });

  afterEach(() => controller.verify());

  const navigation = () =>
    Array.from(element.querySelectorAll('nav a')).map((link) => link.textContent?.trim());

  async function answer(reportCount: number, pending: number): Promise<void> {
    controller.expectOne('ConsentNavigation').flushData({
      me: { __typename: 'Person', id: 'p1', reportCount },
      consentRequests: Array.from({ length: pending }, (_, index) => ({
        __typename: 'ConsentRequest',
        id: `c${index}`,
      })),
    });
    await settle(fixture);
  }

  it('puts the notification bell with its unread count before the account menu', async () => {
    await answer(0, 0);

    const bell = element.querySelector('bridge-notification-bell');
    expect(bell?.querySelector('.mat-badge-content')?.textContent?.trim()).toBe('2');
    expect(bell?.nextElementSibling?.classList).toContain('account');
  });

  it('leaves out consent requests for someone no one reports to and no one asked', async () => {
    await answer(0, 0);

    expect(navigation()).toContain('Marketplace');
    expect(navigation()).toContain('My applications');
    expect(navigation()).not.toContain('Consent requests');
  });

  it('shows consent requests to a manager', async () => {
    await answer(3, 0);

    expect(navigation()).toContain('Consent requests');
  });

  it('shows consent requests to someone with a request waiting, reports or not', async () => {
    await answer(0, 1);

    expect(navigation()).toContain('Consent requests');
  });
});
