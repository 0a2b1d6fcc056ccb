import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { Role } from '@bridge/domain';
import { APOLLO_TESTING_CACHE, ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { settle } from '../../../testing/settle';
import { startTestSession } from '../../../testing/signed-in';
import { createBridgeCache } from '../../core/apollo';
import { OrganizationSettingsPage } from './organization-settings-page';

const organization = (hide: boolean, days = 5) => ({
  __typename: 'Organization',
  id: 'o1',
  name: 'Acme',
  consentWorkingDays: days,
  hideObserverNamesFromCandidates: hide,
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
    expect(element.querySelector('[role="status"]')?.textContent).toContain('8 working days');
  });

  it('hides observers’ names from candidates when the admin turns it on', async () => {
    element.querySelector<HTMLButtonElement>('mat-slide-toggle button')?.click();
    await settle(fixture);
    const sent = controller.expectOne('SetObserverNamesHidden');
    expect(sent.operation.variables).toEqual({ hidden: true });
    sent.flushData({ setObserverNamesHidden: organization(true) });
    await settle(fixture);
    expect(element.querySelector('[role="status"]')?.textContent).toContain('A colleague');
  });
});
