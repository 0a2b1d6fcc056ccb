import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { APOLLO_TESTING_CACHE, ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { settle } from '../../testing/settle';
import { createBridgeCache } from '../core/apollo';
import { BELL_NOTIFICATIONS, NotificationBell } from './notification-bell';

function notification(id: string, read: boolean, link: string | null = '/consent-requests') {
  return {
    __typename: 'Notification',
    id,
    kind: 'CONSENT_REQUESTED',
    title: `Notification ${id}`,
    body: 'Casey applied to “Lead the supplier onboarding redesign”.',
    link,
    read,
    createdAt: new Date(Date.now() - 5 * 60_000).toISOString(),
  };
}

const latest = (notifications: ReturnType<typeof notification>[]) => ({
  notifications: {
    __typename: 'NotificationConnection',
    totalCount: notifications.length,
    pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
    edges: notifications.map((node, index) => ({
      __typename: 'NotificationModelEdge',
      cursor: `c${index}`,
      node,
    })),
  },
});

describe('NotificationBell', () => {
  let fixture: ComponentFixture<NotificationBell>;
  let controller: ApolloTestingController;
  let element: HTMLElement;

  beforeEach(async () => {
    await TestBed.configureTestingModule({
      imports: [NotificationBell, ApolloTestingModule],
      providers: [provideRouter([]), { provide: APOLLO_TESTING_CACHE, useFactory: createBridgeCache }],
    }).compileComponents();
    controller = TestBed.inject(ApolloTestingController);
    fixture = TestBed.createComponent(NotificationBell);
    element = fixture.nativeElement;
    await fixture.whenStable();
  });

  afterEach(() => {
    controller.verify();
    document.querySelectorAll('.cdk-overlay-container').forEach((container) => container.remove());
  });

  const bell = () => element.querySelector<HTMLButtonElement>('button.bell');
  const badge = () => element.querySelector('.mat-badge-content');
  const panel = () => document.querySelector<HTMLElement>('.notification-panel');

  async function start(unread: number) {
    controller.expectOne('UnreadNotificationCount').flushData({ unreadNotificationCount: unread });
    const live = controller.expectOne('UnreadNotificationCountChanged');
    await settle(fixture);
    return live;
  }

  async function openPanel(notifications: ReturnType<typeof notification>[]): Promise<void> {
    bell()?.click();
    await settle(fixture);
    const operation = controller.expectOne('Notifications');
    expect(operation.operation.variables).toEqual({ first: BELL_NOTIFICATIONS, unreadOnly: false });
    operation.flushData(latest(notifications));
    await settle(fixture);
  }

  it('shows the unread count, and follows it live', async () => {
    const live = await start(3);

    expect(badge()?.textContent?.trim()).toBe('3');
    expect(bell()?.getAttribute('aria-label')).toBe('Notifications, 3 unread');

    live.flushData({ unreadNotificationCountChanged: 4 });
    await settle(fixture);
    expect(badge()?.textContent?.trim()).toBe('4');

    live.flushData({ unreadNotificationCountChanged: 0 });
    await settle(fixture);
    expect(bell()?.classList).toContain('mat-badge-hidden');
    expect(bell()?.getAttribute('aria-label')).toBe('Notifications');
  });

  it('opens the latest notifications; opening one marks it read and follows its link', async () => {
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigateByUrl').mockResolvedValue(true);
    await start(2);
    await openPanel([notification('n1', false), notification('n2', true, '/marketplace/applications')]);

    const items = Array.from(
      panel()?.querySelectorAll<HTMLButtonElement>('bridge-notification-item button') ?? [],
    );
    expect(items).toHaveLength(2);
    expect(items[0].classList).toContain('unread');
    expect(items[0].textContent).toContain('Notification n1');
    expect(items[0].textContent).toContain('5 min ago');
    expect(items[1].classList).not.toContain('unread');

    items[0].click();
    await settle(fixture);

    const marking = controller.expectOne('MarkNotificationsRead');
    expect(marking.operation.variables).toEqual({ ids: ['n1'] });
    expect(navigate).toHaveBeenCalledWith('/consent-requests');
    expect(panel()).toBeNull();
    marking.flushData({ markNotificationsRead: 1 });
    await settle(fixture);
    expect(badge()?.textContent?.trim()).toBe('1');

    await openPanel([notification('n1', true), notification('n2', true, '/marketplace/applications')]);
    panel()?.querySelectorAll<HTMLButtonElement>('bridge-notification-item button')[1].click();
    await settle(fixture);
    controller.expectNone('MarkNotificationsRead');
    expect(navigate).toHaveBeenCalledWith('/marketplace/applications');
  });

  it('marks all read', async () => {
    await start(2);
    await openPanel([notification('n1', false), notification('n2', false)]);

    const markAll = panel()?.querySelector<HTMLButtonElement>('button.mark-all');
    expect(markAll?.disabled).toBe(false);
    markAll?.click();
    await settle(fixture);

    const marking = controller.expectOne('MarkNotificationsRead');
    expect(marking.operation.variables).toEqual({ ids: null });
    marking.flushData({ markNotificationsRead: 0 });
    await settle(fixture);

    expect(bell()?.classList).toContain('mat-badge-hidden');
    expect(panel()?.querySelectorAll('bridge-notification-item button.unread')).toHaveLength(0);
    expect(panel()?.querySelector<HTMLButtonElement>('button.mark-all')?.disabled).toBe(true);
  });

  it('closes on Escape and on a click outside, giving focus back to the bell', async () => {
    await start(0);
    await openPanel([notification('n1', true)]);

    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await settle(fixture);
    expect(panel()).toBeNull();
    expect(document.activeElement).toBe(bell());

    bell()?.click();
    await settle(fixture);
    controller.expectOne('Notifications').flushData(latest([notification('n1', true)]));
    await settle(fixture);
    expect(panel()).not.toBeNull();
    document.body.click();
    await settle(fixture);
    expect(panel()).toBeNull();
  });

  it('says when there is nothing yet', async () => {
    await start(0);
    await openPanel([]);

    expect(panel()?.textContent).toContain('Nothing yet');
    expect(panel()?.querySelector('a')?.getAttribute('href')).toBe('/notifications');
  });
});
