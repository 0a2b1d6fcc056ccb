import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { APOLLO_TESTING_CACHE, ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { settle } from '../../testing/settle';
import { createBridgeCache } from '../core/apollo';
import { NOTIFICATIONS_PAGE_SIZE, NotificationsPage } from './notifications-page';

function notification(id: string, read: boolean) {
  return {
    __typename: 'Notification',
    id,
    kind: 'APPLICATION_OFFERED',
    title: `Notification ${id}`,
    body: 'You have an offer.',
    link: '/marketplace/applications',
    read,
    createdAt: '2026-05-04T09:00:00.000Z',
  };
}

const page = (notifications: ReturnType<typeof notification>[], totalCount: number, hasNextPage = false) => ({
  notifications: {
    __typename: 'NotificationConnection',
    totalCount,
    pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor: hasNextPage ? 'cursor-1' : null },
    edges: notifications.map((node) => ({
      __typename: 'NotificationModelEdge',
      cursor: `c-${node.id}`,
      node,
    })),
  },
});

describe('NotificationsPage', () => {
  let fixture: ComponentFixture<NotificationsPage>;
  let controller: ApolloTestingController;
  let element: HTMLElement;

  beforeEach(async () => {
    await TestBed.configureTestingModule({
      imports: [NotificationsPage, ApolloTestingModule],
      providers: [provideRouter([]), { provide: APOLLO_TESTING_CACHE, useFactory: createBridgeCache }],
    }).compileComponents();
    controller = TestBed.inject(ApolloTestingController);
    fixture = TestBed.createComponent(NotificationsPage);
    element = fixture.nativeElement;
  });

  afterEach(() => controller.verify());

  async function open(unread?: string, unreadCount = 1): Promise<void> {
    if (unread) fixture.componentRef.setInput('unread', unread);
    await fixture.whenStable();
    controller.expectOne('UnreadNotificationCount').flushData({ unreadNotificationCount: unreadCount });
  }

  const items = () =>
    Array.from(element.querySelectorAll<HTMLButtonElement>('bridge-notification-item button'));

  it('lists notifications a page at a time', async () => {
    await open();
    const first = controller.expectOne('Notifications');
    expect(first.operation.variables).toEqual({ first: NOTIFICATIONS_PAGE_SIZE, unreadOnly: false });
    first.flushData(page([notification('n1', false), notification('n2', true)], 3, true));
    await settle(fixture);

    expect(items()).toHaveLength(2);
    expect(element.querySelector('.more')?.textContent).toContain('Showing 2 of 3');

    Array.from(element.querySelectorAll<HTMLButtonElement>('.more button'))[0].click();
    await settle(fixture);
    const more = controller.expectOne('Notifications');
    expect(more.operation.variables).toEqual({
      first: NOTIFICATIONS_PAGE_SIZE,
      unreadOnly: false,
      after: 'cursor-1',
    });
    more.flushData(page([notification('n3', true)], 3));
    await settle(fixture);

    expect(items().map((item) => item.textContent)).toEqual([
      expect.stringContaining('Notification n1'),
      expect.stringContaining('Notification n2'),
      expect.stringContaining('Notification n3'),
    ]);
    expect(element.querySelector('.more')).toBeNull();
  });

  it('asks for unread ones only when filtered, and switches the filter in the URL', async () => {
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    await open('1');
    const operation = controller.expectOne('Notifications');
    expect(operation.operation.variables).toEqual({ first: NOTIFICATIONS_PAGE_SIZE, unreadOnly: true });
    operation.flushData(page([], 0));
    await settle(fixture);

    expect(element.querySelector('.state-message')?.textContent).toContain('Nothing unread');
    const all = Array.from(element.querySelectorAll<HTMLElement>('mat-button-toggle button')).find((toggle) =>
      toggle.textContent?.includes('All'),
    );
    all?.click();
    await settle(fixture);
    expect(navigate).toHaveBeenCalledWith(['/notifications'], { queryParams: {}, replaceUrl: true });
  });

  it('marks everything read', async () => {
    await open(undefined, 2);
    controller
      .expectOne('Notifications')
      .flushData(page([notification('n1', false), notification('n2', false)], 2));
    await settle(fixture);
    expect(element.querySelector('.page-header p')?.textContent).toContain('2 unread');

    element.querySelector<HTMLButtonElement>('button.mark-all')?.click();
    await settle(fixture);
    const marking = controller.expectOne('MarkNotificationsRead');
    expect(marking.operation.variables).toEqual({ ids: null });
    marking.flushData({ markNotificationsRead: 0 });
    await settle(fixture);

    expect(items().filter((item) => item.classList.contains('unread'))).toHaveLength(0);
    expect(element.querySelector('.page-header p')?.textContent).toContain('You are all caught up.');
    expect(element.querySelector<HTMLButtonElement>('button.mark-all')?.disabled).toBe(true);
  });
});
