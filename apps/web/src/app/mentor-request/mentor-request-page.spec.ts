import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { By } from '@angular/platform-browser';
import { provideRouter } from '@angular/router';
import { Role } from '@bridge/domain';
import { APOLLO_TESTING_CACHE, ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { CandidatesWhoFitStub } from '../../testing/matching-stubs';
import { settle } from '../../testing/settle';
import { startTestSession } from '../../testing/signed-in';
import { createBridgeCache } from '../core/apollo';
import { CandidatesWhoFit } from '../matching/candidates-who-fit';
import { MentorRequestPage } from './mentor-request-page';

const ME = 'mentee-1';

function signInAsMentee(): void {
  startTestSession({ id: ME, name: 'Mo Mentee', email: 'mo@acme.test', roles: [Role.MENTEE] });
}

const request = (
  id: string,
  title: string,
  menteeId: string | null,
  extra: Record<string, unknown> = {},
) => ({
  __typename: 'Opportunity',
  id,
  title,
  description: 'Speak up in big meetings without freezing.',
  skills: ['Public speaking'],
  status: 'OPEN',
  hoursPerWeek: 2,
  startsOn: null,
  endsOn: null,
  applicantCount: 2,
  seatsFilled: 0,
  publishedAt: '2030-01-10T09:00:00.000Z',
  mentee: menteeId ? { __typename: 'Person', id: menteeId } : null,
  ...extra,
});

const requests = (nodes: ReturnType<typeof request>[]) => ({
  opportunities: {
    __typename: 'OpportunityConnection',
    totalCount: nodes.length,
    edges: nodes.map((node) => ({ __typename: 'OpportunityModelEdge', node })),
  },
});

describe('MentorRequestPage', () => {
  let fixture: ComponentFixture<MentorRequestPage>;
  let controller: ApolloTestingController;
  let element: HTMLElement;

  beforeEach(async () => {
    localStorage.clear();
    await TestBed.configureTestingModule({
      imports: [MentorRequestPage, ApolloTestingModule],
      providers: [provideRouter([]), { provide: APOLLO_TESTING_CACHE, useFactory: createBridgeCache }],
    })
      .overrideComponent(MentorRequestPage, {
        remove: { imports: [CandidatesWhoFit] },
        add: { imports: [CandidatesWhoFitStub] },
      })
      .compileComponents();
    controller = TestBed.inject(ApolloTestingController);
    signInAsMentee();
    fixture = TestBed.createComponent(MentorRequestPage);
    element = fixture.nativeElement;
    await fixture.whenStable();
  });

  afterEach(() => controller.verify());

  function type(selector: string, value: string): void {
    const field = element.querySelector<HTMLInputElement | HTMLTextAreaElement>(selector);
    if (!field) throw new Error(`no field ${selector}`);
    field.value = value;
    field.dispatchEvent(new Event('input'));
  }

  async function addSkill(skill: string): Promise<void> {
    const input = element.querySelector<HTMLInputElement>('.skill-input');
    if (!input) throw new Error('no skills input');
    input.value = skill;
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', keyCode: 13, bubbles: true }));
    await settle(fixture);
  }

  const send = async () => {
    element.querySelector<HTMLButtonElement>('button.send')?.click();
    await settle(fixture);
  };
  const errorIn = (selector: string) => element.querySelector(`${selector} mat-error`)?.textContent?.trim();

  it('shows the mentee’s open request as theirs, with who offered and the way to choose, and no form inviting a duplicate', async () => {
    controller.expectOne('MyMentorRequests').flushData(
      requests([
        request('r1', 'Mentor Mo Mentee in Public speaking', ME),
        request('r0', 'Mentor Mo Mentee in Negotiation', ME, {
          status: 'CLOSED',
          applicantCount: 0,
          seatsFilled: 1,
        }),
        request('s1', 'A mentorship Mo sponsors for someone else', null),
      ]),
    );
    await settle(fixture);

    const open = Array.from(element.querySelectorAll<HTMLElement>('li.open-request'));
    expect(open).toHaveLength(1);
    expect(open[0].textContent).toContain('“Speak up in big meetings without freezing.”');
    expect(open[0].textContent).not.toContain('Mentor Mo Mentee');
    expect(open[0].textContent).toContain('2 people have offered to mentor you');
    const choose = open[0].querySelector('a');
    expect(choose?.textContent).toContain('See who offered and choose');
    expect(choose?.getAttribute('href')).toBe('/opportunities/r1/applicants');
    // Mentors who could fit, until one is chosen.
    const suggested = fixture.debugElement.queryAll(By.directive(CandidatesWhoFitStub));
    expect(suggested.map((panel) => panel.componentInstance.opportunityId())).toEqual(['r1']);
    expect(suggested[0].componentInstance.compact()).toBe(true);
    expect(suggested[0].componentInstance.mentorRequest()).toBe(true);

    // The form waits behind a deliberate choice.
    expect(element.querySelector('form')).toBeNull();
    element.querySelector<HTMLButtonElement>('button.another')?.click();
    await settle(fixture);
    expect(element.querySelector('form h2')?.textContent).toContain('Another request');

    const earlier = Array.from(element.querySelectorAll<HTMLElement>('li.mentor-request'));
    expect(earlier).toHaveLength(1);
    expect(earlier[0].textContent).toContain('You have a mentor');
  });

  it('keeps goals too short and hours outside 1–8 from being sent', async () => {
    controller.expectOne('MyMentorRequests').flushData(requests([]));
    await settle(fixture);
    expect(element.querySelector('.requests')?.textContent).toContain('Requests that have ended');
    expect(element.querySelector<HTMLInputElement>('.hours input')?.value).toBe('2');

    type('.goals textarea', 'Speaking');
    type('.hours input', '9');
    await send();

    expect(errorIn('.goals')).toContain('at least 10 characters');
    expect(errorIn('.hours')).toBe('Between 1 and 8.');
    expect(document.activeElement).toBe(element.querySelector('.goals textarea'));
    controller.expectNone('RequestMentor');
  });

  it('counts the characters of the goals against their limit', async () => {
    controller.expectOne('MyMentorRequests').flushData(requests([]));
    await settle(fixture);
    type('.goals textarea', 'Run my first team meetings.');
    await settle(fixture);

    const hints = Array.from(element.querySelectorAll('.goals mat-hint')).map((hint) =>
      hint.textContent?.trim(),
    );
    expect(hints).toContain('27 / 8,000');
  });

  it('refuses an end date typed only in part, instead of sending no end date', async () => {
    controller.expectOne('MyMentorRequests').flushData(requests([]));
    await settle(fixture);
    type('.goals textarea', 'Run my first team meetings well.');
    const endsOn = element.querySelector<HTMLInputElement>('.ends-on input');
    if (!endsOn) throw new Error('no end date');
    Object.defineProperty(endsOn, 'validity', { get: () => ({ badInput: true }) });
    endsOn.dispatchEvent(new Event('blur'));
    await send();

    expect(errorIn('.ends-on')).toBe('Enter a full date, e.g. 2027-02-15.');
    expect(document.activeElement).toBe(endsOn);
    controller.expectNone('RequestMentor');
  });

  it('sends requestMentor with goals, skills, hours and dates, then shows the new request', async () => {
    controller.expectOne('MyMentorRequests').flushData(requests([]));
    await settle(fixture);

    type('.goals textarea', '  Run my first team meetings and give feedback that lands.  ');
    await addSkill('Public speaking');
    await addSkill('public speaking');
    await addSkill('Feedback');
    type('.hours input', '3');
    type('.starts-on input', '2030-02-01');
    await send();

    const sent = controller.expectOne('RequestMentor');
    expect(sent.operation.variables).toEqual({
      input: {
        goals: 'Run my first team meetings and give feedback that lands.',
        skills: ['Public speaking', 'Feedback'],
        hoursPerWeek: 3,
        startsOn: '2030-02-01',
        endsOn: null,
      },
    });
    sent.flushData({
      requestMentor: {
        __typename: 'Opportunity',
        id: 'r2',
        title: 'Mentor Mo Mentee in Public speaking, Feedback',
      },
    });
    await settle(fixture);

    expect(element.querySelector('.success')?.textContent).toContain('Your request is open');
    expect(element.querySelector('.success a')?.getAttribute('href')).toBe('/opportunities/r2/applicants');
    controller
      .expectOne('MyMentorRequests')
      .flushData(
        requests([request('r2', 'Mentor Mo Mentee in Public speaking, Feedback', ME, { applicantCount: 0 })]),
      );
    await settle(fixture);
    expect(element.querySelector('li.open-request')?.textContent).toContain('No one has offered yet');
    expect(element.querySelector('form')).toBeNull();
  });

  it("shows the API's refusal: a named field next to it, anything else above the form", async () => {
    controller.expectOne('MyMentorRequests').flushData(requests([]));
    await settle(fixture);
    type('.goals textarea', 'Run my first team meetings well.');

    await send();
    controller.expectOne('RequestMentor').graphqlErrors([
      {
        message: 'input.hoursPerWeek must not be greater than 8',
        extensions: { code: 'BAD_USER_INPUT', field: 'input.hoursPerWeek' },
      },
    ]);
    await settle(fixture);
    expect(errorIn('.hours')).toBe('Hours per week must not be greater than 8');
    expect(document.activeElement).toBe(element.querySelector('.hours input'));

    type('.hours input', '2');
    await send();
    controller.expectOne('RequestMentor').graphqlErrors([
      {
        message: 'You already have 3 open mentor requests; close one first.',
        extensions: { code: 'CONFLICT' },
      },
    ]);
    await settle(fixture);
    expect(element.querySelector('.failure')?.textContent).toContain(
      'You already have 3 open mentor requests',
    );
  });
});
