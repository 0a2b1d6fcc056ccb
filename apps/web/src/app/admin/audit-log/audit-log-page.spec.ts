import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { APOLLO_TESTING_CACHE, ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { settle } from '../../../testing/settle';
import { createBridgeCache } from '../../core/apollo';
import { AUDIT_LOG_PAGE_SIZE, AuditLogPage, withRoleLabels } from './audit-log-page';

const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();

const event = (id: string, action: string, summary: string, actor: string | null, occurredAt: string) => ({
  __typename: 'AuditEvent',
  id,
  action,
  summary,
  occurredAt,
  actor: actor
    ? {
        __typename: 'Person',
        id: `person-${actor}`,
        name: actor,
        email: `${actor.split(' ')[0].toLowerCase()}@acme.test`,
      }
    : null,
});

const page = (events: ReturnType<typeof event>[], totalCount: number, endCursor: string | null) => ({
  auditLog: {
    __typename: 'AuditEventConnection',
    totalCount,
    pageInfo: { __typename: 'PageInfo', hasNextPage: endCursor !== null, endCursor },
    edges: events.map((node) => ({ __typename: 'AuditEventModelEdge', cursor: `c-${node.id}`, node })),
  },
});

describe('AuditLogPage', () => {
  let fixture: ComponentFixture<AuditLogPage>;
  let controller: ApolloTestingController;
  let element: HTMLElement;

  beforeEach(async () => {
    await TestBed.configureTestingModule({
      imports: [AuditLogPage, ApolloTestingModule],
      providers: [{ provide: APOLLO_TESTING_CACHE, useFactory: createBridgeCache }],
    }).compileComponents();
    fixture = TestBed.createComponent(AuditLogPage);
    controller = TestBed.inject(ApolloTestingController);
    element = fixture.nativeElement;
    await fixture.whenStable();
  });

  afterEach(() => controller.verify());

  const rows = () => Array.from(element.querySelectorAll<HTMLElement>('li.event'));

  it('lists events newest first with when, who and what, and the total count', async () => {
    const first = controller.expectOne('AuditLog');
    expect(first.operation.variables).toEqual({ first: AUDIT_LOG_PAGE_SIZE });
    first.flushData(
      page(
        [
          event(
            'e2',
            'roles.changed',
            'Changed the roles of Jordan Okafor from HR to HR, SPONSOR',
            'Ada Admin',
            minutesAgo(5.5),
          ),
          event('e1', 'people.imported', 'Imported 53 people from people.csv', null, minutesAgo(180.5)),
        ],
        2,
        null,
      ),
    );
    await settle(fixture);

    expect(element.querySelector('.count')?.textContent).toContain('2 events');
    expect(rows()).toHaveLength(2);
    const [roles, imported] = rows();
    expect(roles.querySelector('.summary')?.textContent).toBe(
      'Changed the roles of Jordan Okafor from HR / talent partner to HR / talent partner, Sponsor',
    );
    expect(roles.querySelector('.who')?.textContent).toContain('Ada Admin');
    expect(roles.querySelector('bridge-person-avatar')?.textContent).toBe('AA');
    expect(roles.querySelector('.action-icon')?.getAttribute('title')).toBe('Roles changed');
    const when = roles.querySelector('time');
    expect(when?.textContent?.trim()).toBe('5 min ago');
    expect(when?.getAttribute('title')).toMatch(/\d{4}, \d{2}:\d{2}:\d{2}$/);
    expect(imported.querySelector('.who')?.textContent).toContain('Bridge');
    expect(imported.querySelector('time')?.textContent?.trim()).toBe('3 h ago');
    expect(element.querySelector('.more button')).toBeNull();
  });

  it('loads the next page after the last cursor and appends it', async () => {
    controller
      .expectOne('AuditLog')
      .flushData(page([event('e3', 'sign-in', 'Signed in', 'Ada Admin', minutesAgo(1))], 2, 'cursor-e3'));
    await settle(fixture);
    expect(element.querySelector('.more')?.textContent).toContain('Showing 1 of 2');

    element.querySelector<HTMLButtonElement>('.more button')?.click();
    await settle(fixture);

    const more = controller.expectOne('AuditLog');
    expect(more.operation.variables).toEqual({ first: AUDIT_LOG_PAGE_SIZE, after: 'cursor-e3' });
    more.flushData(page([event('e2', 'sign-in', 'Signed in', 'Jordan Okafor', minutesAgo(2))], 2, null));
    await settle(fixture);

    expect(rows().map((row) => row.querySelector('.name')?.textContent)).toEqual([
      'Ada Admin',
      'Jordan Okafor',
    ]);
    expect(element.querySelector('.more button')).toBeNull();
  });

  it('says so when nothing has been logged yet', async () => {
    controller.expectOne('AuditLog').flushData(page([], 0, null));
    await settle(fixture);

    expect(rows()).toHaveLength(0);
    expect(element.querySelector('.empty')?.textContent).toContain('Nothing has happened yet');
  });
});

describe('withRoleLabels', () => {
  it('names roles as people see them elsewhere, however many and none', () => {
    expect(withRoleLabels('Changed the roles of Ana Ruiz from no roles to CANDIDATE, ADMIN')).toBe(
      'Changed the roles of Ana Ruiz from no roles to Candidate, Org admin',
    );
    expect(withRoleLabels('Changed the roles of Ana Ruiz from MENTEE to no roles')).toBe(
      'Changed the roles of Ana Ruiz from Mentee to no roles',
    );
  });

  it('leaves a name that looks like the wording alone', () => {
    expect(withRoleLabels('Changed the roles of Tom from Accounts to HR from HR to SPONSOR')).toBe(
      'Changed the roles of Tom from Accounts to HR from HR / talent partner to Sponsor',
    );
  });
});
