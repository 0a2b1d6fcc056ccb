import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { type ActivatedRouteSnapshot, type RouterStateSnapshot } from '@angular/router';
import { firstValueFrom, isObservable, type Observable } from 'rxjs';
import { startTestSession } from '../../testing/signed-in';
import { Session } from '../core/session';
import { TrackUnsavedChanges, unsavedChangesGuard } from './unsaved-changes';

@Component({
  imports: [ReactiveFormsModule, TrackUnsavedChanges],
  template: `<form [formGroup]="form" bridgeUnsavedChanges><input formControlName="goals" /></form>`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class HostForm {
  readonly form = inject(NonNullableFormBuilder).group({ goals: [''] });
}

describe('unsaved changes', () => {
  let fixture: ComponentFixture<HostForm>;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [{ provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } }],
    });
    localStorage.clear();
    startTestSession();
    fixture = TestBed.createComponent(HostForm);
    await fixture.whenStable();
  });

  afterEach(() =>
    document.querySelectorAll('.cdk-overlay-container').forEach((container) => container.remove()),
  );

  function type(value: string): void {
    const input = fixture.nativeElement.querySelector('input') as HTMLInputElement;
    input.value = value;
    input.dispatchEvent(new Event('input'));
  }

  const leave = () =>
    TestBed.runInInjectionContext(() =>
      unsavedChangesGuard(
        null,
        {} as ActivatedRouteSnapshot,
        {} as RouterStateSnapshot,
        {} as RouterStateSnapshot,
      ),
    ) as boolean | Observable<boolean>;

  const dialog = () => document.querySelector<HTMLElement>('mat-dialog-container');
  const button = (text: string) =>
    Array.from(dialog()?.querySelectorAll('button') ?? []).find((candidate) =>
      candidate.textContent?.includes(text),
    );

  async function answer(text: string, decision: Observable<boolean>): Promise<boolean> {
    const answered = firstValueFrom(decision);
    await fixture.whenStable();
    button(text)?.click();
    return answered;
  }

  it('lets the person go when nothing was typed', () => {
    expect(leave()).toBe(true);
  });

  it('asks before leaving a changed form, and stays when told to', async () => {
    type('Run my first team meeting');
    const decision = leave();
    expect(isObservable(decision)).toBe(true);
    const answered = firstValueFrom(decision as Observable<boolean>);
    await fixture.whenStable();

    expect(dialog()?.textContent).toContain('Leave without saving?');
    button('Stay')?.click();
    expect(await answered).toBe(false);
  });

  it('leaves a changed form when the person confirms', async () => {
    type('Run my first team meeting');

    expect(await answer('Leave the page', leave() as Observable<boolean>)).toBe(true);
  });

  it('lets the person go once the form is saved (reset or marked pristine)', () => {
    type('Run my first team meeting');
    fixture.componentInstance.form.markAsPristine();

    expect(leave()).toBe(true);
  });

  it('lets the person go once the session has ended: signing out or expiry must reach the sign-in page', () => {
    type('Run my first team meeting');
    TestBed.inject(Session).end();

    expect(leave()).toBe(true);
  });

  it('asks the browser to warn before the tab is closed on a changed form only', () => {
    const before = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(before);
    expect(before.defaultPrevented).toBe(false);

    type('Run my first team meeting');
    const after = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(after);
    expect(after.defaultPrevented).toBe(true);
  });

  it('forgets a form once it is gone', () => {
    type('Run my first team meeting');
    fixture.destroy();

    expect(leave()).toBe(true);
  });
});
