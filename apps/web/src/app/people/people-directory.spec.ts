import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { APOLLO_TESTING_CACHE, ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { settle } from '../../testing/settle';
import { createBridgeCache } from '../core/apollo';
import { DIRECTORY_PAGE_SIZE, PeopleDirectory } from './people-directory';

const person = (id: string, name: string, title: string, unit: string | null, manager: string | null) => ({
  __typename: 'Person',
  id,
  name,
  email: `${id}@acme.test`,
  title,
  unit: unit ? { __typename: 'OrgUnit', id: `u-${unit}`, name: unit } : null,
  manager: manager ? { __typename: 'Person', id: `m-${manager}`, name: manager } : null,
});

const page = (people: ReturnType<typeof person>[], totalCount: number, hasNextPage = false) => ({
  people: {
    __typename: 'PersonConnection',
    totalCount,
    pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor: hasNextPage ? 'cursor-1' : null },
    edges: people.map((node, index) => ({ __typename: 'PersonModelEdge', cursor: `c${index}`, node })),
  },
});

describe('PeopleDirectory', () => {
  let fixture: ComponentFixture<PeopleDirectory>;
  let controller: ApolloTestingController;
  let element: HTMLElement;

  beforeEach(async () => {
    await TestBed.configureTestingModule({
      imports: [PeopleDirectory, ApolloTestingModule],
      providers: [provideRouter([]), { provide: APOLLO_TESTING_CACHE, useFactory: createBridgeCache }],
    }).compileComponents();
    fixture = TestBed.createComponent(PeopleDirectory);
    controller = TestBed.inject(ApolloTestingController);
    element = fixture.nativeElement;
    await fixture.whenStable();
    controller.expectOne('DirectoryUnits').flushData({
      orgUnits: [
        { __typename: 'OrgUnit', id: 'f1', name: 'Engineering', kind: 'FUNCTION', parentId: null },
        { __typename: 'OrgUnit', id: 't1', name: 'Platform', kind: 'TEAM', parentId: 'f1' },
      ],
    });
  });

  afterEach(() => controller.verify());

  it('lists people with their title, unit and manager, and the total count', async () => {
    const operation = controller.expectOne('PeopleDirectory');
    expect(operation.operation.variables).toEqual({
      filter: { search: null, unitId: null, role: null },
      first: DIRECTORY_PAGE_SIZE,
    });
    operation.flushData(
      page(
        [
          person('p1', 'Aisha Dubois', 'Financial Analyst', 'FP&A', 'Will Costa'),
          person('p2', 'Marta Lindqvist', 'Chief Executive Officer', null, null),
        ],
        248,
        true,
      ),
    );
    await settle(fixture);

    expect(element.querySelector('.count')?.textContent).toContain('248 people');
    const rows = Array.from(element.querySelectorAll<HTMLAnchorElement>('a.person'));
    expect(rows).toHaveLength(2);
    expect(rows[0].textContent).toContain('Aisha Dubois');
    expect(rows[0].textContent).toContain('Financial Analyst');
    expect(rows[0].textContent).toContain('FP&A');
    expect(rows[0].textContent).toContain('Will Costa');
    expect(rows[0].getAttribute('href')).toBe('/people/p1');
    expect(rows[1].querySelector('.manager')?.textContent?.trim()).toBe('—');
    expect(element.textContent).toContain('Load more');
  });

  it('says no one matches a search that finds nobody', async () => {
    controller
      .expectOne('PeopleDirectory')
      .flushData(page([person('p1', 'Aisha Dubois', 'Analyst', null, null)], 1));
    await settle(fixture);

    fixture.componentRef.setInput('q', 'zebra');
    await fixture.whenStable();
    const search = controller.expectOne((operation) => operation.variables['filter']?.search === 'zebra');
    search.flushData(page([], 0));
    await settle(fixture);

    expect(element.querySelectorAll('a.person')).toHaveLength(0);
    expect(element.querySelector('.empty')?.textContent).toContain('No one matches “zebra”');
    expect(element.querySelector('.count')?.textContent).toContain('0 people');
  });
});
