import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { Role } from '@bridge/domain';
import { DEFAULT_FIT_WEIGHTS } from '@bridge/matching';
import { APOLLO_TESTING_CACHE, ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { settle } from '../../../testing/settle';
import { startTestSession } from '../../../testing/signed-in';
import { createBridgeCache } from '../../core/apollo';
import { OrganizationSettingsPage } from './organization-settings-page';

const CHOSEN = { DEVELOPMENT: 4, SKILL: 2, INTEREST: 1, NEW_OBSERVER: 1, FAIR_ACCESS: 2 };

const organization = (hide: boolean, days = 5, weights: Record<string, number> = CHOSEN) => ({
  __typename: 'Organization',
  id: 'o1',
  name: 'Acme',
  consentWorkingDays: days,
  hideObserverNamesFromCandidates: hide,
  matchingWeights: { __typename: 'FitWeights', ...weights },
});

describe('OrganizationSettingsPage', () => {
  let fixture: ComponentFixture<OrganizationSettingsPage>;
  let controller: ApolloTestingController;
  let element: HTMLElement;

  beforeEach(async () => {
    localStorage.clear();
    await TestBed.configureTestingModule({
      imports: [OrganizationSettingsPage, ApolloTestingModule],
      providers: [provideRouter([]), { provide: APOLLO_TESTING_CACHE, useFactory: createBridgeCache }],
    }).compileComponents();
    controller = TestBed.inject(ApolloTestingController);
    startTestSession({ id: 'admin-1', roles: [Role.ADMIN] });
    fixture = TestBed.createComponent(OrganizationSettingsPage);
    element = fixture.nativeElement;
    await settle(fixture);
    controller
      .expectOne('OrganizationSettingsPage')
      .flushData({ me: { __typename: 'Person', id: 'admin-1', organization: organization(false, 5) } });
    await settle(fixture);
  });

  afterEach(() => controller.verify());

  it('shows the current deadline and saves a new one, refusing one out of range', async () => {
    const input = element.querySelector<HTMLInputElement>('input[type="number"]');
    expect(input?.value).toBe('5');
    const submit = () =>
      element.querySelector<HTMLFormElement>('form.deadline')?.dispatchEvent(new Event('submit'));
    const page = fixture.componentInstance as unknown as {
      deadline: { setValue(v: number): void; markAsDirty(): void };
    };
    page.deadline.setValue(0);
    page.deadline.markAsDirty();
    submit();
    await settle(fixture);
    controller.expectNone('SetConsentDeadline');
    expect(element.textContent).toContain('Between 1 and 30 working days.');

    page.deadline.setValue(8);
    submit();
    await settle(fixture);
    const sent = controller.expectOne('SetConsentDeadline');
    expect(sent.operation.variables).toEqual({ workingDays: 8 });
    sent.flushData({ setConsentDeadline: organization(false, 8) });
    await settle(fixture);
    expect(element.querySelector('.page > [role="status"]')?.textContent).toContain('8 working days');
  });

  it('hides observers’ names from candidates when the admin turns it on', async () => {
    element.querySelector<HTMLButtonElement>('mat-slide-toggle button')?.click();
    await settle(fixture);
    const sent = controller.expectOne('SetObserverNamesHidden');
    expect(sent.operation.variables).toEqual({ hidden: true });
    sent.flushData({ setObserverNamesHidden: organization(true) });
    await settle(fixture);
    expect(element.querySelector('.page > [role="status"]')?.textContent).toContain('A colleague');
  });

  describe('matching weights', () => {
    const input = (label: string) =>
      Array.from(element.querySelectorAll<HTMLInputElement>('.weights input')).find(
        (field) => field.closest('mat-form-field')?.querySelector('mat-label')?.textContent?.trim() === label,
      ) as HTMLInputElement;
    const type = async (label: string, value: string) => {
      const field = input(label);
      field.value = value;
      field.dispatchEvent(new Event('input'));
      await settle(fixture);
    };
    const submit = async () => {
      element.querySelector<HTMLFormElement>('form.weights')?.dispatchEvent(new Event('submit'));
      await settle(fixture);
    };

    it("shows the organization's weights with each factor's share of the score", () => {
      expect(input('Development fit').value).toBe('4');
      expect(input('Fair access').value).toBe('2');
      expect(element.querySelector('.weights')?.textContent).toContain('40% of the score');
    });

    it('refuses a negative weight at its field and all zero as a whole, sending nothing', async () => {
      await type('Skill fit', '-1');
      await submit();
      controller.expectNone('SetMatchingWeights');
      expect(element.querySelector('.weights')?.textContent).toContain("Skill fit's weight is -1");

      for (const label of ['Development fit', 'Skill fit', 'Stated interest', 'New observer', 'Fair access'])
        await type(label, '0');
      await submit();
      controller.expectNone('SetMatchingWeights');
      expect(element.querySelector('.weights [role="alert"]')?.textContent).toContain('above 0');
    });

    it('resets to the defaults and saves them', async () => {
      const reset = Array.from(element.querySelectorAll<HTMLButtonElement>('.weights button')).find(
        (button) => button.textContent?.trim() === 'Reset to defaults',
      );
      reset?.click();
      await settle(fixture);
      expect(input('Development fit').value).toBe(String(DEFAULT_FIT_WEIGHTS.DEVELOPMENT));
      await submit();
      const sent = controller.expectOne('SetMatchingWeights');
      expect(sent.operation.variables).toEqual({ weights: DEFAULT_FIT_WEIGHTS });
      sent.flushData({ setMatchingWeights: organization(false, 5, { ...DEFAULT_FIT_WEIGHTS }) });
      await settle(fixture);
      expect(element.querySelector('.setting [role="status"]')?.textContent).toContain('Matching now weighs');
    });

    it("shows the API's refusal at the factor it names", async () => {
      await type('Stated interest', '3');
      await submit();
      controller.expectOne('SetMatchingWeights').graphqlErrors([
        {
          message: 'Stated interest needs a weight from 0 to 100.',
          extensions: { code: 'BAD_USER_INPUT', field: 'weights.INTEREST' },
        },
      ]);
      await settle(fixture);
      expect(input('Stated interest').closest('mat-form-field')?.textContent).toContain(
        'Stated interest needs a weight from 0 to 100.',
      );
    });
  });
});
