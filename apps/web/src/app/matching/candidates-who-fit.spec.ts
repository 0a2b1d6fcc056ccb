import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter } from '@angular/router';
import { Role } from '@bridge/domain';
import { APOLLO_TESTING_CACHE, ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { settle } from '../../testing/settle';
import { startTestSession } from '../../testing/signed-in';
import { createBridgeCache } from '../core/apollo';
import { CANDIDATES_SHOWN, CandidatesWhoFit, COMPACT_SHOWN, TYPING_DEBOUNCE_MS } from './candidates-who-fit';

const reasons = [
  {
    __typename: 'FitReason',
    factor: 'DEVELOPMENT',
    label: 'Development fit',
    weight: 0.35,
    value: 0.5,
    contribution: 0.175,
    explanation: 'Exercises 2 of the 6 capabilities your target transition needs.',
  },
];

const fit = (id: string, name: string, score: number, invitedAt: string | null = null) => ({
  __typename: 'RecommendedCandidate',
  score,
  invitedAt,
  reasons,
  candidate: {
    __typename: 'Person',
    id,
    name,
    title: 'Analyst',
    unit: { __typename: 'OrgUnit', id: 'u1', name: 'Operations' },
  },
});

describe('CandidatesWhoFit', () => {
  let fixture: ComponentFixture<CandidatesWhoFit>;
  let controller: ApolloTestingController;
  let element: HTMLElement;

  beforeEach(async () => {
    localStorage.clear();
    await TestBed.configureTestingModule({
      imports: [CandidatesWhoFit, ApolloTestingModule],
      providers: [
        provideRouter([]),
        { provide: APOLLO_TESTING_CACHE, useFactory: createBridgeCache },
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    }).compileComponents();
    startTestSession({ id: 'dana', name: 'Dana Whitfield', roles: [Role.SPONSOR] });
    controller = TestBed.inject(ApolloTestingController);
    fixture = TestBed.createComponent(CandidatesWhoFit);
    element = fixture.nativeElement;
    fixture.componentRef.setInput('opportunityId', 'o1');
  });

  afterEach(() => {
    controller.verify();
    document.querySelectorAll('.cdk-overlay-container').forEach((container) => container.remove());
  });

  async function load(fits: ReturnType<typeof fit>[], first = CANDIDATES_SHOWN): Promise<void> {
    await fixture.whenStable();
    const query = controller.expectOne('CandidatesWhoFit');
    expect(query.operation.variables).toEqual({ opportunityId: 'o1', first });
    query.flushData({ recommendedCandidates: fits });
    await settle(fixture);
  }

  const person = (name: string) => {
    const found = Array.from(element.querySelectorAll<HTMLElement>('li.person')).find((item) =>
      item.querySelector('.name')?.textContent?.includes(name),
    );
    if (!found) throw new Error(`no ${name}`);
    return found;
  };

  it('lists who fits best with their reasons, and invites one to apply', async () => {
    await load([fit('alex', 'Alex Rivera', 0.72), fit('sam', 'Sam Lee', 0.6, '2030-01-10T09:00:00.000Z')]);
    expect(element.querySelector('h2')?.textContent).toContain('Candidates who fit');
    expect(person('Alex Rivera').querySelector('.score')?.textContent).toContain('Fit 72%');
    expect(person('Alex Rivera').querySelector('.name small')?.textContent).toContain('Analyst');
    expect(person('Alex Rivera').querySelector('bridge-fit-reasons ul')?.getAttribute('aria-label')).toBe(
      'Why Alex Rivera fits',
    );
    // The factors' words speak to the candidate; the sponsor reads the bars and figures.
    expect(element.querySelector('.explanation')).toBeNull();
    expect(person('Sam Lee').querySelector('.invited')?.textContent).toContain('Invited Jan 10');

    const invite = person('Alex Rivera').querySelector<HTMLButtonElement>('.actions button');
    expect(invite?.textContent).toContain('Invite to apply');
    invite?.click();
    const mutation = controller.expectOne('InviteToApply');
    expect(mutation.operation.variables).toEqual({ opportunityId: 'o1', candidateId: 'alex' });
    mutation.flushData({
      inviteToApply: {
        __typename: 'Invitation',
        invitedAt: '2030-02-03T09:00:00.000Z',
        candidate: { __typename: 'Person', id: 'alex' },
      },
    });
    await settle(fixture);
    expect(person('Alex Rivera').querySelector('.invited')?.textContent).toContain('Invited Feb 3');
  });

  it('shows a refused invitation on the person it concerns', async () => {
    await load([fit('alex', 'Alex Rivera', 0.72)]);
    person('Alex Rivera').querySelector<HTMLButtonElement>('.actions button')?.click();
    controller.expectOne('InviteToApply').graphqlErrors([
      {
        message: 'Alex Rivera was already invited to apply to “Lead it”; they were told then.',
        extensions: { code: 'CONFLICT', reason: 'ALREADY_INVITED' },
      },
    ]);
    await settle(fixture);
    expect(person('Alex Rivera').querySelector('[role="alert"]')?.textContent).toContain('already invited');
    expect(person('Alex Rivera').querySelector<HTMLButtonElement>('.actions button')?.disabled).toBe(false);
  });

  it('says why a named colleague is not listed, in the marketplace rules’ words', async () => {
    await load([]);
    expect(element.querySelector('.empty')?.textContent).toContain('No one can be proposed right now');
    const box = element.querySelector<HTMLInputElement>('.why-not input');
    if (!box) throw new Error('no colleague box');
    box.focus();
    box.value = 'Mor';
    box.dispatchEvent(new Event('input'));
    await new Promise((resolve) => setTimeout(resolve, TYPING_DEBOUNCE_MS + 10));
    const search = controller.expectOne('ColleagueToExplain');
    expect(search.operation.variables).toEqual({ search: 'Mor' });
    search.flushData({
      people: {
        __typename: 'PersonConnection',
        edges: [
          {
            __typename: 'PersonEdge',
            node: { __typename: 'Person', id: 'morgan', name: 'Morgan Diaz', title: null },
          },
        ],
      },
    });
    await settle(fixture);
    document.querySelector<HTMLElement>('mat-option')?.click();
    await settle(fixture);

    const why = controller.expectOne('WhyNotCandidate');
    expect(why.operation.variables).toEqual({ opportunityId: 'o1', candidateId: 'morgan' });
    why.flushData({
      matchExplanation: {
        __typename: 'MatchExplanation',
        eligible: false,
        invitedAt: null,
        candidate: { __typename: 'Person', id: 'morgan', name: 'Morgan Diaz' },
        problems: [
          {
            __typename: 'EligibilityProblem',
            reason: 'OWN_FUNCTION',
            blocking: true,
            message: 'Morgan Diaz works in the function hosting this cross-functional opportunity.',
          },
          {
            __typename: 'EligibilityProblem',
            reason: 'CAPACITY_HOURS',
            blocking: false,
            message: 'A warning only.',
          },
        ],
        fit: null,
      },
    });
    await settle(fixture);
    const explanation = element.querySelector<HTMLElement>('.explanation');
    expect(explanation?.textContent).toContain('Morgan Diaz cannot be proposed');
    expect(
      Array.from(explanation?.querySelectorAll('.reasons-not li') ?? []).map((li) => li.textContent),
    ).toEqual(['Morgan Diaz works in the function hosting this cross-functional opportunity.']);
    expect(explanation?.querySelector('button')).toBeNull();
  });

  it('suggests a few mentors for a mentee’s request, without the question', async () => {
    fixture.componentRef.setInput('mentorRequest', true);
    fixture.componentRef.setInput('compact', true);
    await load(
      [1, 2, 3].map((n) => fit(`m${n}`, `Mentor ${n}`, 0.9 - n / 10)),
      COMPACT_SHOWN,
    );
    expect(element.querySelector('h2')?.textContent).toContain('Mentors who could fit');
    expect(element.querySelectorAll('li.person')).toHaveLength(3);
    expect(person('Mentor 1').querySelector('.actions button')?.textContent).toContain('Invite to offer');
    expect(element.querySelector('.why-not')).toBeNull();
    expect(element.querySelector('button.more')).toBeNull();
  });
});
