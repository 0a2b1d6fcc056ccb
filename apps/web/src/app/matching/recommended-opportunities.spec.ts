import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { Role } from '@bridge/domain';
import { APOLLO_TESTING_CACHE, ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { settle } from '../../testing/settle';
import { startTestSession } from '../../testing/signed-in';
import { createBridgeCache } from '../core/apollo';
import {
  RECOMMENDATIONS_MORE,
  RECOMMENDATIONS_SHOWN,
  RecommendedOpportunities,
} from './recommended-opportunities';

const reason = (factor: string, label: string, weight: number, value: number, explanation: string) => ({
  __typename: 'FitReason',
  factor,
  label,
  weight,
  value,
  contribution: weight * value,
  explanation,
});

const recommendation = (id: string, title: string, score: number, suggestions: string[] = []) => ({
  __typename: 'RecommendedOpportunity',
  score,
  suggestions,
  reasons: [
    reason(
      'DEVELOPMENT',
      'Development fit',
      0.35,
      0.5,
      'Exercises 2 of the 6 capabilities your target transition needs.',
    ),
    reason('SKILL', 'Skill fit', 0.25, 1, 'You have 2 of its 2 skills.'),
  ],
  opportunity: {
    __typename: 'Opportunity',
    id,
    title,
    kind: 'STRETCH_PROJECT',
    hoursPerWeek: 4,
    crossFunctional: true,
    sponsor: { __typename: 'Person', id: 'dana', name: 'Dana Whitfield' },
  },
});

describe('RecommendedOpportunities', () => {
  let fixture: ComponentFixture<RecommendedOpportunities>;
  let controller: ApolloTestingController;
  let element: HTMLElement;

  beforeEach(async () => {
    localStorage.clear();
    await TestBed.configureTestingModule({
      imports: [RecommendedOpportunities, ApolloTestingModule],
      providers: [provideRouter([]), { provide: APOLLO_TESTING_CACHE, useFactory: createBridgeCache }],
    }).compileComponents();
    startTestSession({ id: 'alex', name: 'Alex Rivera', roles: [Role.CANDIDATE] });
    controller = TestBed.inject(ApolloTestingController);
    fixture = TestBed.createComponent(RecommendedOpportunities);
    element = fixture.nativeElement;
    await fixture.whenStable();
  });

  afterEach(() => controller.verify());

  it('asks for what fits the signed-in candidate and shows each with its score, reasons and suggestions', async () => {
    const query = controller.expectOne('RecommendedForMe');
    expect(query.operation.variables).toEqual({ candidateId: 'alex', first: RECOMMENDATIONS_SHOWN });
    query.flushData({
      recommendedOpportunities: [
        recommendation('o1', 'Automate the returns triage', 0.724, [
          'Your evidence of delegation is thin: this project exercises it.',
        ]),
        recommendation('o2', 'Run the supplier review', 0.51),
      ],
    });
    await settle(fixture);

    const items = Array.from(element.querySelectorAll<HTMLElement>('li.item'));
    expect(items).toHaveLength(2);
    expect(items[0].querySelector('h3 a')?.getAttribute('href')).toBe('/marketplace/o1');
    expect(items[0].querySelector('.score')?.textContent).toContain('Fit 72%');
    expect(items[0].querySelector('.meta')?.textContent).toContain('Lead a project · 4 h/week');
    expect(items[0].querySelector('.meta')?.textContent).toContain('Cross-functional');
    expect(items[0].querySelectorAll('bridge-fit-reasons li')).toHaveLength(2);
    expect(items[0].querySelector('.explanation')?.textContent).toContain('Exercises 2 of the 6');
    expect(items[0].querySelector('.suggestions')?.textContent).toContain(
      'Your evidence of delegation is thin',
    );
    expect(items[1].querySelector('.suggestions')).toBeNull();
    // Fewer than asked: there is no more to show.
    expect(element.querySelector('button.more')).toBeNull();
  });

  it('shows more on request when the first answer was full', async () => {
    controller.expectOne('RecommendedForMe').flushData({
      recommendedOpportunities: [1, 2, 3].map((n) => recommendation(`o${n}`, `Opportunity ${n}`, 0.5)),
    });
    await settle(fixture);
    element.querySelector<HTMLButtonElement>('button.more')?.click();
    await settle(fixture);
    const more = controller.expectOne('RecommendedForMe');
    expect(more.operation.variables).toEqual({ candidateId: 'alex', first: RECOMMENDATIONS_MORE });
    more.flushData({ recommendedOpportunities: [] });
    await settle(fixture);
  });

  it('points to the candidate profile when nothing fits yet', async () => {
    controller.expectOne('RecommendedForMe').flushData({ recommendedOpportunities: [] });
    await settle(fixture);
    expect(element.querySelector('.empty')?.textContent).toContain('No recommendations yet');
    expect(element.querySelector('.empty a')?.getAttribute('href')).toBe('/marketplace/profile');
  });

  it('says when they could not be loaded, and tries again', async () => {
    controller
      .expectOne('RecommendedForMe')
      .graphqlErrors([{ message: 'The service is busy.', extensions: { code: 'CONFLICT' } }]);
    await settle(fixture);
    expect(element.querySelector('[role="alert"]')?.textContent).toContain('The service is busy.');
    element.querySelector<HTMLButtonElement>('[role="alert"] button')?.click();
    await settle(fixture);
    controller.expectOne('RecommendedForMe').flushData({ recommendedOpportunities: [] });
    await settle(fixture);
    expect(element.querySelector('[role="alert"]')).toBeNull();
  });
});
