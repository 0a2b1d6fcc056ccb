import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { Role } from '@bridge/domain';
import { APOLLO_TESTING_CACHE, ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { settle } from '../../testing/settle';
import { startTestSession } from '../../testing/signed-in';
import { createBridgeCache } from '../core/apollo';
import { ReflectionsPanel } from './reflections-panel';

const reflection = (id: string, sharedWithHr: boolean) => ({
  __typename: 'Reflection',
  id,
  text: `Reflection ${id}`,
  capabilityKey: 'delegation',
  sharedWithHr,
  writtenAt: '2026-11-20T10:00:00.000Z',
});

describe('ReflectionsPanel', () => {
  let fixture: ComponentFixture<ReflectionsPanel>;
  let controller: ApolloTestingController;
  let element: HTMLElement;

  beforeEach(async () => {
    localStorage.clear();
    await TestBed.configureTestingModule({
      imports: [ReflectionsPanel, ApolloTestingModule],
      providers: [{ provide: APOLLO_TESTING_CACHE, useFactory: createBridgeCache }],
    }).compileComponents();
    controller = TestBed.inject(ApolloTestingController);
    startTestSession({ id: 'cand-1', roles: [Role.CANDIDATE] });
    fixture = TestBed.createComponent(ReflectionsPanel);
    element = fixture.nativeElement;
    await settle(fixture);
    controller.expectOne('MyReflections').flushData({
      reflections: [reflection('r1', false), reflection('r2', true)],
      leadershipFramework: {
        __typename: 'LeadershipFramework',
        capabilities: [{ __typename: 'Capability', key: 'delegation', name: 'Delegation' }],
      },
    });
    await settle(fixture);
  });

  afterEach(() => controller.verify());

  it('says plainly who reads each reflection', () => {
    expect(element.textContent).toContain(
      'Only you read a reflection, unless you choose to share it with HR',
    );
    const states = Array.from(element.querySelectorAll('.list mat-slide-toggle')).map((toggle) =>
      toggle.textContent?.trim(),
    );
    expect(states).toEqual(['Private to you', 'Shared with HR']);
    expect(element.querySelector('.list footer')?.textContent).toContain('Delegation');
  });

  it('shares a private reflection with HR when its toggle is switched on', async () => {
    element.querySelector<HTMLButtonElement>('.list mat-slide-toggle button')?.click();
    await settle(fixture);
    const operation = controller.expectOne('ShareReflection');
    expect(operation.operation.variables).toEqual({ reflectionId: 'r1', shared: true });
    operation.flushData({ shareReflection: { __typename: 'Reflection', id: 'r1', sharedWithHr: true } });
    await settle(fixture);
    expect(element.querySelector('.list mat-slide-toggle')?.textContent?.trim()).toBe('Shared with HR');
  });

  it('writes a reflection, trimmed, and sends nothing while it is empty', async () => {
    const form = element.querySelector<HTMLFormElement>('form');
    form?.dispatchEvent(new Event('submit'));
    await settle(fixture);
    controller.expectNone('AddReflection');
    expect(element.textContent).toContain('Write your reflection.');
    const textarea = element.querySelector<HTMLTextAreaElement>('textarea');
    if (textarea) {
      textarea.value = '  I let the team choose.  ';
      textarea.dispatchEvent(new Event('input'));
    }
    form?.dispatchEvent(new Event('submit'));
    await settle(fixture);
    const operation = controller.expectOne('AddReflection');
    expect(operation.operation.variables).toEqual({
      input: { text: 'I let the team choose.', capabilityKey: null, sharedWithHr: false },
    });
    operation.flushData({ addReflection: reflection('r3', false) });
    await settle(fixture);
    expect(element.querySelectorAll('.list li')).toHaveLength(3);
  });
});
