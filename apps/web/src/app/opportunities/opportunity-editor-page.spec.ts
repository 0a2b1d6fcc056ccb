import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { APOLLO_TESTING_CACHE, ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { settle } from '../../testing/settle';
import { createBridgeCache } from '../core/apollo';
import { UnsavedChanges } from '../ui/unsaved-changes';
import { OpportunityEditorPage } from './opportunity-editor-page';

const CHOICES = {
  orgUnits: [
    { __typename: 'OrgUnit', id: 'f1', name: 'Engineering', parentId: null },
    { __typename: 'OrgUnit', id: 't1', name: 'Platform', parentId: 'f1' },
  ],
  leadershipFramework: {
    __typename: 'LeadershipFramework',
    capabilities: [
      { __typename: 'Capability', key: 'delegation', name: 'Delegation' },
      { __typename: 'Capability', key: 'coaching', name: 'Coaching' },
    ],
  },
};

const saved = (status: 'DRAFT' | 'OPEN', extra: Record<string, unknown> = {}) => ({
  __typename: 'Opportunity',
  id: 'o1',
  kind: 'STRETCH_PROJECT',
  status,
  title: 'Lead the billing migration',
  description: 'Plan and run the move of billing to the new platform.',
  seats: 2,
  seatsFilled: 0,
  hoursPerWeek: 6,
  startsOn: null,
  endsOn: null,
  capabilityKeys: [],
  skills: ['Kotlin'],
  crossFunctional: false,
  hostUnit: { __typename: 'OrgUnit', id: 't1' },
  ...extra,
});

describe('OpportunityEditorPage', () => {
  let fixture: ComponentFixture<OpportunityEditorPage>;
  let controller: ApolloTestingController;
  let element: HTMLElement;
  let navigate: jest.SpyInstance;

  beforeEach(async () => {
    await TestBed.configureTestingModule({
      imports: [OpportunityEditorPage, ApolloTestingModule],
      providers: [provideRouter([]), { provide: APOLLO_TESTING_CACHE, useFactory: createBridgeCache }],
    }).compileComponents();
    controller = TestBed.inject(ApolloTestingController);
    navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
  });

  afterEach(() => controller.verify());

  async function open(id?: string): Promise<void> {
    fixture = TestBed.createComponent(OpportunityEditorPage);
    element = fixture.nativeElement;
    if (id) fixture.componentRef.setInput('id', id);
    await fixture.whenStable();
    controller.expectOne('OpportunityEditorChoices').flushData(CHOICES);
    await settle(fixture);
  }

  function type(selector: string, value: string): void {
    const field = element.querySelector<HTMLInputElement | HTMLTextAreaElement>(selector);
    if (!field) throw new Error(`no field ${selector}`);
    field.value = value;
    field.dispatchEvent(new Event('input'));
  }

  async function fillValidOpportunity(): Promise<void> {
    type('.title input', 'Lead the billing migration');
    type('.description textarea', 'Plan and run the move of billing to the new platform.');
    type('.seats input', '2');
    type('.hours input', '6');
    const skill = element.querySelector<HTMLInputElement>('.skill-input');
    if (!skill) throw new Error('no skills input');
    skill.value = 'Kotlin';
    skill.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', keyCode: 13, bubbles: true }));
    await settle(fixture);
  }

  const errorIn = (selector: string) => element.querySelector(`${selector} mat-error`)?.textContent?.trim();
  const click = async (selector: string) => {
    element.querySelector<HTMLButtonElement>(selector)?.click();
    await settle(fixture);
  };

  it('blocks seats and hours outside the limits before asking the API', async () => {
    await open();
    await fillValidOpportunity();
    type('.seats input', '0');
    type('.hours input', '41');
    await click('button.save-draft');

    expect(errorIn('.seats')).toBe('Between 1 and 50.');
    expect(errorIn('.hours')).toBe('Between 1 and 40.');
    controller.expectNone('CreateOpportunity');

    type('.seats input', '2.5');
    await settle(fixture);
    expect(errorIn('.seats')).toBe('A whole number.');
  });

  it('says an end date before the start date is wrong, next to the end date', async () => {
    await open();
    await fillValidOpportunity();
    type('.starts-on input', '2030-05-01');
    type('.ends-on input', '2030-04-01');
    await click('button.save-draft');

    expect(errorIn('.ends-on')).toBe('Not before the start date.');
    controller.expectNone('CreateOpportunity');
  });

  it('counts the characters of the title and the description against their limits', async () => {
    await open();
    type('.title input', 'Lead the billing migration');
    type('.description textarea', 'x'.repeat(1234));
    await settle(fixture);

    expect(element.querySelector('.title mat-hint')?.textContent?.trim()).toBe('26 / 140');
    expect(element.querySelector('.description mat-hint')?.textContent?.trim()).toBe('1,234 / 8,000');
  });

  it('refuses a date typed only in part instead of taking it for no date, and goes to it', async () => {
    await open();
    await fillValidOpportunity();
    const startsOn = element.querySelector<HTMLInputElement>('.starts-on input');
    if (!startsOn) throw new Error('no start date');
    // What a browser reports for "2/2027" in a date field: no value, and bad input.
    Object.defineProperty(startsOn, 'validity', { get: () => ({ badInput: true }) });
    startsOn.dispatchEvent(new KeyboardEvent('keyup'));
    await click('button.save-draft');

    expect(errorIn('.starts-on')).toBe('Enter a full date, e.g. 2027-02-15.');
    expect(document.activeElement).toBe(startsOn);
    controller.expectNone('CreateOpportunity');
  });

  it('goes to the first field refused, for "Save and publish" as for saving a draft', async () => {
    await open();
    type('.title input', 'Lead the billing migration');
    await click('button.save-publish');

    expect(errorIn('.description')).toBe('Describe the work.');
    expect(document.activeElement).toBe(element.querySelector('.description textarea'));
    controller.expectNone('CreateOpportunity');
  });

  it("shows the API's BAD_USER_INPUT message next to the field it names", async () => {
    await open();
    await fillValidOpportunity();
    await click('button.save-draft');

    const create = controller.expectOne('CreateOpportunity');
    expect(create.operation.variables['input']).toEqual({
      kind: 'STRETCH_PROJECT',
      title: 'Lead the billing migration',
      description: 'Plan and run the move of billing to the new platform.',
      hostUnitId: null,
      seats: 2,
      hoursPerWeek: 6,
      startsOn: null,
      endsOn: null,
      capabilityKeys: [],
      skills: ['Kotlin'],
      crossFunctional: false,
    });
    create.graphqlErrors([
      {
        message: 'input.seats must not be greater than 50',
        extensions: { code: 'BAD_USER_INPUT', field: 'input.seats' },
      },
    ]);
    await settle(fixture);

    expect(errorIn('.seats')).toBe('Seats must not be greater than 50');
    expect(document.activeElement).toBe(element.querySelector('.seats input'));
    expect(errorIn('.hours')).toBeUndefined();
    expect(element.querySelector('.failure')).toBeNull();
    expect(navigate).not.toHaveBeenCalled();
  });

  it('saves a new opportunity and publishes it, then returns to the list without asking to leave', async () => {
    await open();
    await fillValidOpportunity();
    expect(TestBed.inject(UnsavedChanges).any()).toBe(true);
    await click('button.save-publish');

    controller.expectOne('CreateOpportunity').flushData({ createOpportunity: saved('DRAFT') });
    await settle(fixture);
    const publish = controller.expectOne('PublishOpportunity');
    expect(publish.operation.variables).toEqual({ id: 'o1' });
    publish.flushData({
      publishOpportunity: {
        __typename: 'Opportunity',
        id: 'o1',
        status: 'OPEN',
        publishedAt: '2030-01-10T09:00:00.000Z',
      },
    });
    await settle(fixture);

    expect(navigate).toHaveBeenCalledWith(['/opportunities']);
    expect(TestBed.inject(UnsavedChanges).any()).toBe(false);
  });

  it('keeps a saved draft when publishing fails, and saves it again as an update', async () => {
    await open();
    await fillValidOpportunity();
    await click('button.save-publish');
    controller.expectOne('CreateOpportunity').flushData({ createOpportunity: saved('DRAFT') });
    await settle(fixture);
    controller
      .expectOne('PublishOpportunity')
      .graphqlErrors([{ message: 'Only a draft can be published.', extensions: { code: 'CONFLICT' } }]);
    await settle(fixture);

    expect(element.querySelector('.failure')?.textContent).toContain('Saved as a draft, but not published');
    await click('button.save-draft');
    const update = controller.expectOne('UpdateOpportunity');
    expect(update.operation.variables['input']).toMatchObject({ id: 'o1', seats: 2 });
    update.flushData({ updateOpportunity: saved('DRAFT') });
    await settle(fixture);
    expect(navigate).toHaveBeenCalledWith(['/opportunities']);
  });

  it('loads an open opportunity for editing and saves changes without publishing', async () => {
    await open('o1');
    controller.expectOne('EditableOpportunity').flushData({ opportunity: saved('OPEN', { seatsFilled: 2 }) });
    await settle(fixture);

    expect(element.querySelector('h1')?.textContent).toContain('Edit open opportunity');
    expect(element.querySelector<HTMLInputElement>('.title input')?.value).toBe('Lead the billing migration');
    expect(element.querySelector('button.save-publish')).toBeNull();

    type('.seats input', '1');
    await click('button.save-changes');
    expect(errorIn('.seats')).toBe('Between 2 and 50 (2 filled already).');
    controller.expectNone('UpdateOpportunity');

    type('.seats input', '4');
    await click('button.save-changes');
    const update = controller.expectOne('UpdateOpportunity');
    expect(update.operation.variables['input']).toMatchObject({ id: 'o1', seats: 4, hostUnitId: 't1' });
    expect(update.operation.variables['input']).not.toHaveProperty('kind');
    update.flushData({ updateOpportunity: saved('OPEN', { seats: 4, seatsFilled: 2 }) });
    await settle(fixture);
    controller.expectNone('PublishOpportunity');
    expect(navigate).toHaveBeenCalledWith(['/opportunities']);
  });
});
