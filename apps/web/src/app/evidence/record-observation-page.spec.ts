import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { GraphQLError } from 'graphql';
import { Role } from '@bridge/domain';
import { APOLLO_TESTING_CACHE, ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { settle } from '../../testing/settle';
import { startTestSession } from '../../testing/signed-in';
import { createBridgeCache } from '../core/apollo';
import { RecordObservationPage } from './record-observation-page';

const CANDIDATE = 'cand-1';

const formData = {
  person: { __typename: 'Person', id: CANDIDATE, name: 'Sam Candidate', title: 'Senior engineer' },
  placementsToObserve: [
    {
      __typename: 'Placement',
      id: 'pl-1',
      status: 'COMPLETED',
      opportunity: { __typename: 'Opportunity', id: 'op-1', title: 'Lead the supplier onboarding redesign' },
    },
  ],
  leadershipFramework: {
    __typename: 'LeadershipFramework',
    capabilities: [
      {
        __typename: 'Capability',
        key: 'delegation',
        name: 'Delegation',
        description: 'Gets work done through others.',
        indicators: [
          {
            __typename: 'Indicator',
            id: 'i1',
            key: 'delegation-agrees-outcomes',
            text: 'Agrees what done looks like',
            kind: 'POSITIVE',
            warningPattern: null,
          },
          {
            __typename: 'Indicator',
            id: 'i2',
            key: 'delegation-takes-work-back',
            text: 'Takes the work back',
            kind: 'WARNING_SIGN',
            warningPattern: 'MICROMANAGEMENT',
          },
        ],
      },
      {
        __typename: 'Capability',
        key: 'coaching',
        name: 'Coaching',
        description: 'Helps others grow.',
        indicators: [
          {
            __typename: 'Indicator',
            id: 'i3',
            key: 'coaching-asks',
            text: 'Asks before telling',
            kind: 'POSITIVE',
            warningPattern: null,
          },
        ],
      },
    ],
    scale: [1, 2, 3, 4].map((rating) => ({
      __typename: 'RatingAnchor',
      rating,
      label: ['Not yet', 'Emerging', 'Demonstrating', 'Role model'][rating - 1],
      description: `Anchor ${rating} in words`,
    })),
  },
};

describe('RecordObservationPage', () => {
  let fixture: ComponentFixture<RecordObservationPage>;
  let controller: ApolloTestingController;
  let element: HTMLElement;
  let page: RecordObservationPage;

  beforeEach(async () => {
    localStorage.clear();
    await TestBed.configureTestingModule({
      imports: [RecordObservationPage, ApolloTestingModule],
      providers: [provideRouter([]), { provide: APOLLO_TESTING_CACHE, useFactory: createBridgeCache }],
    }).compileComponents();
    controller = TestBed.inject(ApolloTestingController);
    startTestSession({ id: 'mgr-1', name: 'Mia Manager', email: 'mia@acme.test', roles: [Role.CANDIDATE] });
    fixture = TestBed.createComponent(RecordObservationPage);
    fixture.componentRef.setInput('candidateId', CANDIDATE);
    page = fixture.componentInstance;
    element = fixture.nativeElement;
    await settle(fixture);
    controller.expectOne('ObservationForm').flushData(formData);
    await settle(fixture);
  });

  afterEach(() => controller.verify());

  const submit = async () => {
    element.querySelector<HTMLFormElement>('form')?.dispatchEvent(new Event('submit'));
    await settle(fixture);
  };
  type Controls = Record<string, { value: unknown; setValue(value: unknown): void }>;
  const controls = () => (page as unknown as { form: { controls: Controls } }).form.controls;
  function fill(): void {
    controls()['capabilityKey'].setValue('delegation');
    controls()['indicatorKey'].setValue('delegation-takes-work-back');
    controls()['rating'].setValue(2);
    controls()['situation'].setValue('  The rollout slipped.  ');
    controls()['behaviour'].setValue('Took the work back.');
    controls()['impact'].setValue('The team waited.');
  }

  it('shows every anchor of the scale in words, and only the chosen capability’s behaviours and warning signs', async () => {
    expect(element.querySelector('h1')?.textContent).toContain('Observe Sam Candidate');
    const anchors = Array.from(element.querySelectorAll('.anchor')).map((anchor) =>
      anchor.textContent?.trim(),
    );
    expect(anchors).toHaveLength(4);
    expect(anchors[0]).toContain('1 Not yet');
    expect(anchors[0]).toContain('Anchor 1 in words');
    expect(element.querySelectorAll('.choice input[formcontrolname="indicatorKey"]')).toHaveLength(0);

    fill();
    await settle(fixture);
    const choices = Array.from(element.querySelectorAll('label.choice')).map((label) =>
      label.textContent?.trim(),
    );
    expect(choices).toEqual(
      expect.arrayContaining(['Agrees what done looks like', expect.stringContaining('Takes the work back')]),
    );
    expect(element.querySelector('.pattern')?.textContent).toContain('Micromanagement');
    expect(choices.join()).not.toContain('Asks before telling');
  });

  it('forgets the chosen behaviour when the capability changes', async () => {
    fill();
    await settle(fixture);
    controls()['capabilityKey'].setValue('coaching');
    expect(controls()['indicatorKey'].value).toBe('');
  });

  it('sends nothing while a field is missing, and names what is missing', async () => {
    await submit();
    expect(element.textContent).toContain('Choose a rating on the scale.');
    controller.expectNone('RecordObservation');
  });

  it('records the observation with trimmed text, then says until when it can be corrected', async () => {
    fill();
    await settle(fixture);
    await submit();
    const sent = controller.expectOne('RecordObservation');
    expect(sent.operation.variables['input']).toEqual({
      candidateId: CANDIDATE,
      capabilityKey: 'delegation',
      indicatorKey: 'delegation-takes-work-back',
      rating: 2,
      situation: 'The rollout slipped.',
      behaviour: 'Took the work back.',
      impact: 'The team waited.',
      observedOn: new Date().toISOString().slice(0, 10),
      placementId: null,
      visibility: 'SHARED',
    });
    sent.flushData({
      recordObservation: {
        __typename: 'Observation',
        id: 'o1',
        correctableUntil: '2030-01-02T09:00:00.000Z',
      },
    });
    await settle(fixture);
    expect(element.querySelector('[role="status"]')?.textContent).toContain('Observation recorded');
    expect(element.querySelector('[role="status"]')?.textContent).toContain('You can correct it until');
  });

  it('ties the observation to the placement it was opened from', async () => {
    fixture.componentRef.setInput('placement', 'pl-1');
    fill();
    await settle(fixture);
    expect(element.textContent).toContain('Lead the supplier onboarding redesign');
    await submit();
    const sent = controller.expectOne('RecordObservation');
    expect(sent.operation.variables['input']).toMatchObject({ placementId: 'pl-1' });
  });

  it('puts a refusal that names a field on that field', async () => {
    fill();
    await settle(fixture);
    await submit();
    controller.expectOne('RecordObservation').graphqlErrors([
      new GraphQLError('The date observed cannot be in the future.', {
        extensions: { code: 'BAD_USER_INPUT', field: 'input.observedOn' },
      }),
    ]);
    await settle(fixture);
    expect(element.textContent).toContain('The date observed cannot be in the future.');
    expect(element.querySelector('.failure')).toBeNull();
  });

  it('answers a refusal of the observer with what they can do instead', async () => {
    fill();
    await settle(fixture);
    await submit();
    controller.expectOne('RecordObservation').graphqlErrors([
      new GraphQLError('Only the candidate’s manager … can record an observation of them.', {
        extensions: { code: 'FORBIDDEN', reason: 'NOT_AN_OBSERVER' },
      }),
    ]);
    await settle(fixture);
    expect(element.querySelector('.failure')?.textContent).toContain(
      'they (or HR) can ask you for an observation',
    );
  });
});
