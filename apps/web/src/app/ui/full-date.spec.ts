import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { FullDate } from './full-date';

@Component({
  imports: [ReactiveFormsModule, FullDate],
  template: `<form [formGroup]="form"><input type="date" formControlName="startsOn" bridgeFullDate /></form>`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class HostForm {
  readonly form = inject(NonNullableFormBuilder).group({ startsOn: [''] });
}

describe('FullDate', () => {
  let fixture: ComponentFixture<HostForm>;
  let input: HTMLInputElement;
  let badInput: boolean;

  beforeEach(async () => {
    fixture = TestBed.createComponent(HostForm);
    await fixture.whenStable();
    input = fixture.nativeElement.querySelector('input');
    // jsdom has no date field to type half a date into; the browser reports it in validity.badInput.
    badInput = false;
    Object.defineProperty(input, 'validity', { get: () => ({ badInput }) });
  });

  const control = () => fixture.componentInstance.form.controls.startsOn;

  it('refuses a date typed in part, which the browser hands over as no date at all', () => {
    badInput = true;
    input.dispatchEvent(new KeyboardEvent('keyup'));

    expect(control().value).toBe('');
    expect(control().hasError('partialDate')).toBe(true);
  });

  it('takes the date once it is typed in full', () => {
    badInput = true;
    input.dispatchEvent(new Event('blur'));
    badInput = false;
    input.value = '2027-02-15';
    input.dispatchEvent(new Event('input'));

    expect(control().value).toBe('2027-02-15');
    expect(control().valid).toBe(true);
  });

  it('refuses text that is not a whole date where the browser has no date field', () => {
    control().setValue('2/2027');
    expect(control().hasError('partialDate')).toBe(true);

    control().setValue('2027-02');
    expect(control().hasError('partialDate')).toBe(true);
  });

  it('leaves an empty date alone: the dates are optional', () => {
    input.dispatchEvent(new Event('blur'));

    expect(control().valid).toBe(true);
  });
});
