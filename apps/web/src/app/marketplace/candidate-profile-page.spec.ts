import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { Role } from '@bridge/domain';
import { APOLLO_TESTING_CACHE, ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { settle } from '../../testing/settle';
import { startTestSession } from '../../testing/signed-in';
import { createBridgeCache } from '../core/apollo';
import { CandidateProfilePage } from './candidate-profile-page';

const PROFILE = {
  __typename: 'CandidateProfile',
  targetTransition: 'T1',
  headline: 'Analyst ready to lead',
  capabilityKeys: ['delegation'],
  skills: ['SQL'],
  hoursPerWeek: 6,
  maxProjects: 1,
  maxMentees: 2,
  committedHours: 4,
  activeProjects: 1,
  activeMentees: 0,
  freeHours: 2,
  freeProjects: 0,
  freeMentees: 2,
  updatedAt: '2026-05-01T09:00:00.000Z',
};

describe('CandidateProfilePage', () => {
  let fixture: ComponentFixture<CandidateProfilePage>;
  let controller: ApolloTestingController;
  let element: HTMLElement;

  beforeEach(async () => {
    localStorage.clear();
    await TestBed.configureTestingModule({
      imports: [CandidateProfilePage, ApolloTestingModule],
      providers: [provideRouter([]), { provide: APOLLO_TESTING_CACHE, useFactory: createBridgeCache }],
    }).compileComponents();
    startTestSession({
      id: 'p1',
      name: 'Casey',
      email: 'c@acme.test',
      title: null,
      roles: [Role.CANDIDATE],
    });
    controller = TestBed.inject(ApolloTestingController);
  });

  afterEach(() => controller.verify());

  async function open(profile: typeof PROFILE | null, returnTo?: string): Promise<void> {
    fixture = TestBed.createComponent(CandidateProfilePage);
    element = fixture.nativeElement;
    if (returnTo) fixture.componentRef.setInput('returnTo', returnTo);
    await fixture.whenStable();
    controller.expectOne('MarketplaceFramework').flushData({
      leadershipFramework: {
        __typename: 'LeadershipFramework',
        capabilities: [{ __typename: 'Capability', key: 'delegation', name: 'Delegation' }],
        transitions: [{ __typename: 'Transition', key: 'T1', name: 'Managing others' }],
      },
    });
    controller.expectOne('MyCandidateProfile').flushData({ myCandidateProfile: profile });
    await settle(fixture);
  }

  const hours = () => element.querySelector<HTMLInputElement>('input[type="number"]');
  const submit = () => element.querySelector<HTMLButtonElement>('button.submit');

  async function setHours(value: string): Promise<void> {
    const field = hours();
    if (!field) throw new Error('no hours field');
    field.value = value;
    field.dispatchEvent(new Event('input'));
    await settle(fixture);
  }

  it('shows the profile on record and the load it carries', async () => {
    await open(PROFILE);

    expect(hours()?.value).toBe('6');
    expect(element.querySelector('mat-select[formcontrolname="targetTransition"]')?.textContent).toContain(
      'T1 · Managing others',
    );
    expect(
      Array.from(element.querySelectorAll('mat-chip-row')).map((chip) => chip.textContent?.trim()),
    ).toEqual([expect.stringContaining('SQL')]);
    const load = element.querySelector('.load')?.textContent ?? '';
    expect(load).toContain('4 of 6');
    expect(load).toContain('1 of 1');
    expect(load).toContain('0 of 2');
    expect(submit()?.textContent).toContain('Save profile');
  });

  it('is built the way assistive technology expects: terms and descriptions only, rows only in the grid', async () => {
    await open(PROFILE);

    const groups = Array.from(element.querySelectorAll('.load dl > *'));
    expect(groups.length).toBeGreaterThan(0);
    for (const group of groups) {
      expect(group.tagName).toBe('DIV');
      expect(Array.from(group.children).map((child) => child.tagName)).toEqual(['DT', 'DD', 'DD']);
    }
    const grid = element.querySelector('mat-chip-grid');
    expect(grid?.querySelector('input')).toBeNull();
    expect(grid?.closest('mat-form-field')?.querySelector('input.skill-input')).not.toBeNull();
  });

  it('will not lower the hours under what placements already take, saying how much they take', async () => {
    await open(PROFILE);

    await setHours('3');
    submit()?.click();
    await settle(fixture);

    expect(element.querySelector('mat-error')?.textContent).toContain(
      'Your placements take 4 hours a week now; not less than that.',
    );
    expect(document.activeElement).toBe(hours());
    controller.expectNone('UpdateCandidateProfile');

    await setHours('4');
    expect(element.querySelector('mat-error')).toBeNull();
  });

  it('saves the whole profile and offers the way back to the opportunity', async () => {
    await open(PROFILE, '/marketplace/o1');
    await setHours('8');
    submit()?.click();
    await settle(fixture);

    const update = controller.expectOne('UpdateCandidateProfile');
    expect(update.operation.variables).toEqual({
      input: {
        targetTransition: 'T1',
        headline: 'Analyst ready to lead',
        capabilityKeys: ['delegation'],
        skills: ['SQL'],
        hoursPerWeek: 8,
        maxProjects: 1,
        maxMentees: 2,
      },
    });
    update.flushData({ updateCandidateProfile: { ...PROFILE, hoursPerWeek: 8 } });
    await settle(fixture);

    const saved = element.querySelector('[role="status"]');
    expect(saved?.textContent).toContain('Your profile is saved.');
    expect(saved?.querySelector('a')?.getAttribute('href')).toBe('/marketplace/o1');
  });

  it('will not offer fewer hours than the placements already take', async () => {
    await open(PROFILE);
    await setHours('2');
    submit()?.click();
    await settle(fixture);

    controller.expectNone('UpdateCandidateProfile');
    expect(element.querySelector('mat-error')?.textContent).toContain(
      'Your placements take 4 hours a week now',
    );
  });

  it("shows the API's problem with a field next to that field", async () => {
    await open(PROFILE);
    await setHours('12');
    submit()?.click();
    await settle(fixture);

    controller.expectOne('UpdateCandidateProfile').graphqlErrors([
      {
        message: 'input.hoursPerWeek must not be greater than 10',
        extensions: { code: 'BAD_USER_INPUT', field: 'input.hoursPerWeek' },
      },
    ]);
    await settle(fixture);

    expect(hours()?.closest('mat-form-field')?.querySelector('mat-error')?.textContent).toContain(
      'Must not be greater than 10',
    );
    expect(document.activeElement).toBe(hours());
    expect(element.querySelector('.failure')).toBeNull();
  });

  it('asks for a transition before creating a first profile', async () => {
    await open(null);

    expect(element.querySelector('.intro')?.textContent).toContain('You do not have a profile yet');
    expect(submit()?.textContent).toContain('Create profile');
    submit()?.click();
    await settle(fixture);

    controller.expectNone('UpdateCandidateProfile');
    expect(element.querySelector('mat-error')?.textContent).toContain(
      'Choose the transition you are preparing for.',
    );
  });
});
