import { ChangeDetectionStrategy, Component } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { Role } from '@bridge/domain';
import { APOLLO_TESTING_CACHE, ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { settle } from '../../testing/settle';
import { createBridgeCache } from '../core/apollo';
import { Session } from '../core/session';
import { activeNavigationPath, Shell } from './shell';

@Component({ template: '<h1>A page</h1>', changeDetection: ChangeDetectionStrategy.OnPush })
class AnyPage {}

const ROUTES = [
  { path: 'marketplace/applications', component: AnyPage },
  { path: '**', component: AnyPage },
];

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
      providers: [provideRouter(ROUTES), { provide: APOLLO_TESTING_CACHE, useFactory: createBridgeCache }],
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

describe('Shell for keyboard and screen reader users', () => {
  let fixture: ComponentFixture<Shell>;
  let controller: ApolloTestingController;
  let element: HTMLElement;

  beforeEach(async () => {
    localStorage.clear();
    await TestBed.configureTestingModule({
      imports: [Shell, ApolloTestingModule],
      providers: [provideRouter(ROUTES), { provide: APOLLO_TESTING_CACHE, useFactory: createBridgeCache }],
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
    document.body.appendChild(element);
    await fixture.whenStable();
    controller.expectOne('Me').flushData({ me: ME });
    controller.expectOne('UnreadNotificationCount').flushData({ unreadNotificationCount: 0 });
    controller.expectOne('UnreadNotificationCountChanged');
    controller
      .expectOne('ConsentNavigation')
      .flushData({ me: { __typename: 'Person', id: 'p1', reportCount: 0 }, consentRequests: [] });
    await settle(fixture);
  });

  afterEach(() => {
    element.remove();
    controller.verify();
  });

  it('offers "Skip to content" first, and it takes focus to the page itself', async () => {
    const focusable = element.querySelectorAll<HTMLElement>(
      'a[href], button:not([disabled]), input, [tabindex="0"]',
    );
    const skip = focusable[0];
    expect(skip.textContent?.trim()).toBe('Skip to content');

    skip.click();
    await fixture.whenStable();

    const main = element.querySelector('main');
    expect(document.activeElement).toBe(main);
    expect(main?.querySelector('router-outlet')).not.toBeNull();
  });

  it('names the account menu and the home link with the words they show', () => {
    // The avatar's initials are hidden from assistive technology; the rest of the text is the name.
    const account = element.querySelector('button.account');
    expect(account?.hasAttribute('aria-label')).toBe(false);
    expect(account?.querySelector('bridge-person-avatar')?.getAttribute('aria-hidden')).toBe('true');
    expect(account?.querySelector('.account-name')?.textContent).toBe('Casey Candidate');
    expect(account?.querySelector('.account-name + .visually-hidden')?.textContent).toBe(', account menu');

    const home = element.querySelector('a.home');
    expect(home?.hasAttribute('aria-label')).toBe(false);
    expect(home?.textContent?.replace(/\s+/g, ' ').trim()).toBe('Bridge home');
  });

  it('highlights only My applications on its page, not Marketplace as well', async () => {
    await TestBed.inject(Router).navigateByUrl('/marketplace/applications');
    await settle(fixture);

    const active = Array.from(element.querySelectorAll('nav a.active'));
    expect(active.map((link) => link.textContent?.trim())).toEqual(['My applications']);
    expect(active[0].getAttribute('aria-current')).toBe('page');
    expect(element.querySelectorAll('nav a[aria-current]')).toHaveLength(1);
  });

  it('highlights nothing on a page not found, though its address starts like an item', async () => {
    await TestBed.inject(Router).navigateByUrl('/marketplace/nothing/here');
    await settle(fixture);

    expect(element.querySelectorAll('nav a.active, nav a[aria-current]')).toHaveLength(0);
  });
});

describe('activeNavigationPath', () => {
  const items = [{ path: '/people' }, { path: '/marketplace' }, { path: '/marketplace/applications' }];

  it('gives a page to the item with the longest path it falls under', () => {
    expect(activeNavigationPath(items, '/marketplace/applications')).toBe('/marketplace/applications');
    expect(activeNavigationPath(items, '/marketplace')).toBe('/marketplace');
    expect(activeNavigationPath(items, '/marketplace/saved?q=lead')).toBe('/marketplace');
    expect(activeNavigationPath(items, '/people/p1')).toBe('/people');
  });

  it('gives no item a page outside them all, or one that only starts with the same letters', () => {
    expect(activeNavigationPath(items, '/forbidden')).toBeNull();
    expect(activeNavigationPath(items, '/peoples')).toBeNull();
  });
});
