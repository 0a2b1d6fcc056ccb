import { Clipboard } from '@angular/cdk/clipboard';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { Role } from '@bridge/domain';
import { APOLLO_TESTING_CACHE, ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { settle } from '../../testing/settle';
import { startTestSession } from '../../testing/signed-in';
import { createBridgeCache } from '../core/apollo';
import { PersonDetail } from './person-detail';

function signInAs(id: string, roles: Role[]): void {
  startTestSession({ id, name: 'Ada Admin', email: 'ada@acme.test', roles });
}

const profile = (roles: Role[]) => ({
  person: {
    __typename: 'Person',
    id: 'p2',
    name: 'Jordan Okafor',
    email: 'jordan@acme.test',
    employeeId: 'E2',
    title: 'People Partner',
    level: 'L5',
    location: 'Lisbon',
    roles,
    active: true,
    reportCount: 0,
    unit: null,
    manager: null,
    reports: [],
  },
});

describe('PersonDetail roles', () => {
  let fixture: ComponentFixture<PersonDetail>;
  let controller: ApolloTestingController;
  let element: HTMLElement;

  beforeEach(async () => {
    localStorage.clear();
    await TestBed.configureTestingModule({
      imports: [PersonDetail, ApolloTestingModule],
      providers: [provideRouter([]), { provide: APOLLO_TESTING_CACHE, useFactory: createBridgeCache }],
    }).compileComponents();
    controller = TestBed.inject(ApolloTestingController);
  });

  afterEach(() => controller.verify());

  async function open(viewerRoles: Role[], roles: Role[], viewerId = 'p1'): Promise<void> {
    signInAs(viewerId, viewerRoles);
    fixture = TestBed.createComponent(PersonDetail);
    element = fixture.nativeElement;
    fixture.componentRef.setInput('id', 'p2');
    await fixture.whenStable();
    controller.expectOne('PersonProfile').flushData(profile(roles));
    await settle(fixture);
  }

  const button = (selector: string) =>
    element.querySelector<HTMLButtonElement>(`bridge-person-roles button${selector}`);
  const chips = () =>
    Array.from(element.querySelectorAll('mat-chip-set mat-chip')).map((chip) => chip.textContent?.trim());

  async function toggleRole(label: string): Promise<void> {
    const option = Array.from(element.querySelectorAll<HTMLElement>('mat-chip-option')).find(
      (candidate) => candidate.textContent?.trim() === label,
    );
    const action = option?.querySelector<HTMLElement>('.mat-mdc-chip-action');
    if (!action) throw new Error(`no role chip ${label}`);
    action.click();
    await settle(fixture);
  }

  it('shows only the role chips to someone who may not change roles', async () => {
    await open([Role.HR], [Role.HR]);

    expect(chips()).toEqual(['HR / talent partner']);
    expect(button('.edit')).toBeNull();
  });

  it('lets an admin change the roles, sending the complete set, and shows the saved roles', async () => {
    await open([Role.ADMIN], [Role.HR]);
    expect(button('.edit')?.textContent).toContain('Edit roles');

    button('.edit')?.click();
    await settle(fixture);
    expect(button('.save')?.disabled).toBe(true);
    await toggleRole('Sponsor');
    button('.save')?.click();
    await settle(fixture);

    expect(element.querySelector('bridge-person-roles mat-spinner')).not.toBeNull();
    const save = controller.expectOne('SetPersonRoles');
    expect(save.operation.variables).toEqual({ personId: 'p2', roles: [Role.HR, Role.SPONSOR] });
    save.flushData({ setPersonRoles: { __typename: 'Person', id: 'p2', roles: [Role.HR, Role.SPONSOR] } });
    await settle(fixture);

    expect(element.querySelector('mat-chip-listbox')).toBeNull();
    expect(chips()).toEqual(['HR / talent partner', 'Sponsor']);
  });

  it("shows the API's message when it refuses the change, and keeps the editor open", async () => {
    await open([Role.ADMIN], [Role.HR]);
    button('.edit')?.click();
    await settle(fixture);
    await toggleRole('HR / talent partner');
    button('.save')?.click();
    await settle(fixture);

    controller
      .expectOne('SetPersonRoles')
      .graphqlErrors([
        { message: 'You do not have permission to do this.', extensions: { code: 'FORBIDDEN' } },
      ]);
    await settle(fixture);

    expect(element.querySelector('bridge-person-roles [role="alert"]')?.textContent).toContain(
      'You do not have permission to do this.',
    );
    expect(element.querySelector('mat-chip-listbox')).not.toBeNull();
    expect(button('.save')?.disabled).toBe(false);
  });

  it('says an admin cannot remove their own admin role, before asking the API', async () => {
    await open([Role.ADMIN], [Role.ADMIN], 'p2');
    button('.edit')?.click();
    await settle(fixture);
    await toggleRole('Org admin');

    expect(element.querySelector('bridge-person-roles [role="alert"]')?.textContent).toContain(
      'You cannot remove your own admin role; ask another admin.',
    );
    expect(button('.save')?.disabled).toBe(true);
    controller.expectNone('SetPersonRoles');
  });

  it('reads a link with a malformed id as someone not in the directory', async () => {
    signInAs('p1', [Role.CANDIDATE]);
    fixture = TestBed.createComponent(PersonDetail);
    element = fixture.nativeElement;
    fixture.componentRef.setInput('id', 'not-an-id');
    await fixture.whenStable();
    controller
      .expectOne('PersonProfile')
      .graphqlErrors([
        { message: 'id is not a valid id', extensions: { code: 'BAD_USER_INPUT', field: 'id' } },
      ]);
    await settle(fixture);

    expect(element.querySelector('[role="alert"]')?.textContent).toContain(
      "This person is not in your organization's directory",
    );
  });

  it('offers readiness to HR and to the person’s manager, never to a colleague', async () => {
    signInAs('h1', [Role.HR]);
    fixture = TestBed.createComponent(PersonDetail);
    element = fixture.nativeElement;
    fixture.componentRef.setInput('id', 'p2');
    await fixture.whenStable();
    const data = profile([Role.CANDIDATE]);
    controller.expectOne('PersonProfile').flushData({
      person: {
        ...data.person,
        manager: { __typename: 'Person', id: 'm1', name: 'Marcus Lee', title: null },
      },
    });
    const readinessLink = async (viewerId: string, roles: Role[]) => {
      signInAs(viewerId, roles);
      await settle(fixture);
      return Array.from(element.querySelectorAll<HTMLAnchorElement>('.actions a')).find((link) =>
        link.textContent?.includes('Readiness'),
      );
    };
    expect((await readinessLink('h1', [Role.HR]))?.getAttribute('href')).toBe('/people/p2/readiness');
    expect(await readinessLink('m1', [Role.SPONSOR])).toBeDefined();
    expect(await readinessLink('c1', [Role.CANDIDATE])).toBeUndefined();
  });
});

describe('PersonDetail password reset link', () => {
  let fixture: ComponentFixture<PersonDetail>;
  let controller: ApolloTestingController;
  let element: HTMLElement;
  const copy = jest.fn<boolean, [string]>();

  beforeEach(async () => {
    localStorage.clear();
    copy.mockReset().mockReturnValue(true);
    await TestBed.configureTestingModule({
      imports: [PersonDetail, ApolloTestingModule],
      providers: [
        provideRouter([]),
        { provide: APOLLO_TESTING_CACHE, useFactory: createBridgeCache },
        { provide: Clipboard, useValue: { copy } },
      ],
    }).compileComponents();
    controller = TestBed.inject(ApolloTestingController);
  });

  afterEach(() => controller.verify());

  async function open(viewerRoles: Role[]): Promise<void> {
    signInAs('p1', viewerRoles);
    fixture = TestBed.createComponent(PersonDetail);
    element = fixture.nativeElement;
    fixture.componentRef.setInput('id', 'p2');
    await fixture.whenStable();
    controller.expectOne('PersonProfile').flushData(profile([Role.HR]));
    await settle(fixture);
  }

  const createButton = () =>
    Array.from(element.querySelectorAll<HTMLButtonElement>('button')).find((button) =>
      button.textContent?.includes('Create password reset link'),
    );

  it('is not offered to someone who may not reset passwords', async () => {
    await open([Role.HR, Role.SPONSOR]);

    expect(element.querySelector('h1')?.textContent).toContain('Jordan Okafor');
    expect(createButton()).toBeUndefined();
    expect(element.querySelector('bridge-person-password-reset')).toBeNull();
  });

  it('creates a link for an admin and shows it once, read-only, with its expiry and a copy button', async () => {
    await open([Role.ADMIN]);
    createButton()?.click();
    await settle(fixture);

    const creation = controller.expectOne('CreatePasswordResetLink');
    expect(creation.operation.variables).toEqual({ personId: 'p2' });
    const url = 'http://localhost:3200/reset-password?token=abc.def.ghi';
    creation.flushData({
      createPasswordResetLink: {
        __typename: 'PasswordResetLink',
        url,
        expiresAt: '2030-01-02T10:30:00.000Z',
      },
    });
    await settle(fixture);

    const field = element.querySelector<HTMLInputElement>('bridge-person-password-reset input');
    expect(field?.value).toBe(url);
    expect(field?.readOnly).toBe(true);
    expect(element.querySelector('bridge-person-password-reset time')?.getAttribute('datetime')).toBe(
      '2030-01-02T10:30:00.000Z',
    );
    expect(element.querySelector('bridge-person-password-reset .note')?.textContent).toContain('privately');
    expect(createButton()).toBeUndefined();

    element.querySelector<HTMLButtonElement>('bridge-person-password-reset button.copy')?.click();
    await settle(fixture);
    expect(copy).toHaveBeenCalledWith(url);
    expect(element.querySelector('bridge-person-password-reset button.copy')?.textContent).toContain(
      'Copied',
    );
  });
});
