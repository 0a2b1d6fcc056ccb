import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import { provideRouter } from '@angular/router';
import { GraphQLError } from 'graphql';
import { of } from 'rxjs';
import { Role } from '@bridge/domain';
import { APOLLO_TESTING_CACHE, ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { settle } from '../../../testing/settle';
import { startTestSession } from '../../../testing/signed-in';
import { createBridgeCache } from '../../core/apollo';
import { FrameworkEditorPage } from './framework-editor-page';

const indicator = (id: string, text: string, warningPattern: string | null = null) => ({
  __typename: 'Indicator',
  id,
  key: `key-${id}`,
  kind: warningPattern ? 'WARNING_SIGN' : 'POSITIVE',
  text,
  warningPattern,
});

const delegation = {
  __typename: 'Capability',
  key: 'delegation',
  name: 'Delegation',
  description: 'Gets work done through others.',
  indicators: [
    indicator('i1', 'Agrees what done looks like'),
    indicator('i2', 'Takes the work back', 'MICROMANAGEMENT'),
  ],
};
const coaching = {
  __typename: 'Capability',
  key: 'coaching',
  name: 'Coaching',
  description: 'Helps others grow.',
  indicators: [indicator('i3', 'Asks before telling')],
};
const framework = {
  leadershipFramework: {
    __typename: 'LeadershipFramework',
    capabilities: [delegation, coaching],
    transitions: [
      {
        __typename: 'Transition',
        key: 'T1',
        name: 'Managing others',
        from: 'Managing self',
        to: 'Managing others',
        capabilityKeys: ['delegation'],
      },
    ],
  },
};

describe('FrameworkEditorPage', () => {
  let fixture: ComponentFixture<FrameworkEditorPage>;
  let controller: ApolloTestingController;
  let element: HTMLElement;
  const confirm = jest.fn();

  beforeEach(async () => {
    localStorage.clear();
    confirm.mockReset();
    await TestBed.configureTestingModule({
      imports: [FrameworkEditorPage, ApolloTestingModule],
      providers: [
        provideRouter([]),
        { provide: APOLLO_TESTING_CACHE, useFactory: createBridgeCache },
        { provide: MatDialog, useValue: { open: () => ({ afterClosed: () => of(confirm()) }) } },
      ],
    }).compileComponents();
    controller = TestBed.inject(ApolloTestingController);
    startTestSession({ id: 'adm-1', name: 'Ada Admin', email: 'admin@acme.test', roles: [Role.ADMIN] });
    fixture = TestBed.createComponent(FrameworkEditorPage);
    element = fixture.nativeElement;
    await settle(fixture);
    controller.expectOne('FrameworkEditor').flushData(framework);
    await settle(fixture);
  });

  afterEach(() => controller.verify());

  const click = async (selector: string) => {
    const button = element.querySelector<HTMLButtonElement>(selector);
    if (!button) throw new Error(`No ${selector}`);
    button.click();
    await settle(fixture);
  };
  const buttonNamed = (label: string) =>
    Array.from(element.querySelectorAll<HTMLButtonElement>('button')).find(
      (button) => button.getAttribute('aria-label') === label,
    );
  const type = async (selector: string, value: string) => {
    const field = element.querySelector<HTMLInputElement | HTMLTextAreaElement>(selector);
    if (!field) throw new Error(`No ${selector}`);
    field.value = value;
    field.dispatchEvent(new Event('input'));
    await settle(fixture);
  };
  const submit = async () => {
    element.querySelector<HTMLFormElement>('form.editor')?.dispatchEvent(new Event('submit'));
    await settle(fixture);
  };

  it('shows each capability with its indicators and warning signs apart, warning signs with their pattern', () => {
    const cards = element.querySelectorAll('article.capability');
    expect(cards).toHaveLength(2);
    const [positives, warnings] = Array.from(cards[0].querySelectorAll('section.indicators'));
    expect(positives.textContent).toContain('Agrees what done looks like');
    expect(positives.textContent).not.toContain('Takes the work back');
    expect(warnings.textContent).toContain('Takes the work back');
    expect(warnings.querySelector('.pattern')?.textContent).toContain('Micromanagement');
    const ticks = Array.from(element.querySelectorAll<HTMLInputElement>('.transition input[type=checkbox]'));
    expect(ticks.map((tick) => tick.checked)).toEqual([true, false]);
  });

  it('renames a capability, naming the field the API refused, then saves and says so', async () => {
    await click('#edit-capability-delegation');
    expect(document.activeElement?.getAttribute('formcontrolname')).toBe('name');
    await type('#editor-capability-delegation input', 'Delegating outcomes');
    await submit();
    controller.expectOne('EditCapability').graphqlErrors([
      new GraphQLError('input.name must be shorter than or equal to 80 characters', {
        extensions: { code: 'BAD_USER_INPUT', field: 'input.name' },
      }),
    ]);
    await settle(fixture);
    expect(element.querySelector('mat-error')?.textContent).toContain(
      'Name must be shorter than or equal to 80 characters',
    );
    // Refused as it stands: nothing is sent again until the field changes.
    await submit();
    controller.expectNone('EditCapability');

    await type('#editor-capability-delegation input', 'Delegating outcomes');
    await submit();
    const sent = controller.expectOne('EditCapability');
    expect(sent.operation.variables['input']).toEqual({
      key: 'delegation',
      name: 'Delegating outcomes',
      description: 'Gets work done through others.',
    });
    sent.flushData({ updateCapability: { ...delegation, name: 'Delegating outcomes' } });
    await settle(fixture);
    expect(element.querySelector('#name-delegation')?.textContent).toContain('Delegating outcomes');
    expect(element.querySelector('.announcement')?.textContent).toContain('Saved Delegating outcomes.');
    expect(document.activeElement?.id).toBe('edit-capability-delegation');
  });

  it('adds a warning sign only with its pattern, and sends nothing while the wording is blank', async () => {
    await click('#new-warning-delegation-button');
    await type('#editor-new-warning-delegation textarea', '   ');
    await submit();
    controller.expectNone('AddFrameworkIndicator');
    const errors = Array.from(element.querySelectorAll('mat-error')).map((error) =>
      error.textContent?.trim(),
    );
    expect(errors).toEqual(['Write the behaviour.', 'Choose the pattern this warning sign points to.']);

    await type('#editor-new-warning-delegation textarea', 'Re-does finished work without saying why');
    const page = fixture.componentInstance as unknown as {
      indicatorForm: { controls: { warningPattern: { setValue(value: string): void } } };
    };
    page.indicatorForm.controls.warningPattern.setValue('OVER_INVOLVEMENT');
    await submit();
    const sent = controller.expectOne('AddFrameworkIndicator');
    expect(sent.operation.variables['input']).toEqual({
      capabilityKey: 'delegation',
      kind: 'WARNING_SIGN',
      text: 'Re-does finished work without saying why',
      warningPattern: 'OVER_INVOLVEMENT',
    });
    sent.flushData({
      addIndicator: indicator('i9', 'Re-does finished work without saying why', 'OVER_INVOLVEMENT'),
    });
    await settle(fixture);
    const warnings = element
      .querySelectorAll('article.capability')[0]
      .querySelectorAll('section.indicators')[1];
    expect(warnings.textContent).toContain('Re-does finished work without saying why');
    expect(warnings.textContent).toContain('Over-involvement');
  });

  it('retires an indicator only once confirmed, and shows the capability the API returns', async () => {
    confirm.mockReturnValueOnce(false);
    buttonNamed('Retire: Asks before telling')?.click();
    await settle(fixture);
    controller.expectNone('RetireIndicator');

    confirm.mockReturnValueOnce(true);
    buttonNamed('Retire: Asks before telling')?.click();
    await settle(fixture);
    const sent = controller.expectOne('RetireIndicator');
    expect(sent.operation.variables).toEqual({ id: 'i3' });
    sent.flushData({ retireIndicator: { ...coaching, indicators: [] } });
    await settle(fixture);
    expect(element.textContent).not.toContain('Asks before telling');
    expect(element.querySelector('.announcement')?.textContent).toContain(
      'Retired the indicator from Coaching.',
    );
  });

  it('saves a transition’s needs at each tick, and keeps at least one', async () => {
    const [delegationTick, coachingTick] = Array.from(
      element.querySelectorAll<HTMLInputElement>('.transition input[type=checkbox]'),
    );
    delegationTick.click();
    await settle(fixture);
    controller.expectNone('SetTransitionCapabilities');
    expect(delegationTick.checked).toBe(true);
    expect(element.querySelector('.transition-status')?.textContent).toContain(
      'Managing others needs at least one capability.',
    );

    coachingTick.click();
    await settle(fixture);
    const sent = controller.expectOne('SetTransitionCapabilities');
    expect(sent.operation.variables).toEqual({
      transition: 'T1',
      capabilityKeys: ['delegation', 'coaching'],
    });
    expect(element.querySelector('.transition-status')?.textContent).toContain('Saving…');
    sent.flushData({
      setTransitionCapabilities: {
        __typename: 'Transition',
        key: 'T1',
        capabilityKeys: ['delegation', 'coaching'],
      },
    });
    await settle(fixture);
    expect(element.querySelector('.transition-status')?.textContent).toContain('Saved');
  });
});
