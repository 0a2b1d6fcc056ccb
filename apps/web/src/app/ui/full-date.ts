import { Directive, ElementRef, inject } from '@angular/core';
import { type AbstractControl, NG_VALIDATORS, type ValidationErrors, type Validator } from '@angular/forms';

/** What a field with this directive says when the date in it is incomplete. */
export const PARTIAL_DATE_MESSAGE = 'Enter a full date, e.g. 2027-02-15.';

/**
 * Refuses a date typed only in part ("2/2027"): a browser's date field then holds no value at all and says so
 * only in `validity.badInput`, so the form would take it for an empty, optional date. Where a browser has no
 * date field, the text typed must be a whole YYYY-MM-DD date. The error is `partialDate`.
 */
@Directive({
  selector: 'input[type=date][bridgeFullDate]',
  providers: [{ provide: NG_VALIDATORS, useExisting: FullDate, multi: true }],
  // Editing part of a date changes no value, so no validation would run: these events recheck.
  host: { '(keyup)': 'recheck()', '(blur)': 'recheck()', '(change)': 'recheck()' },
})
export class FullDate implements Validator {
  private readonly input = inject<ElementRef<HTMLInputElement>>(ElementRef).nativeElement;
  private revalidate: () => void = () => undefined;
  private partial = false;

  validate(control: AbstractControl<unknown>): ValidationErrors | null {
    this.partial = this.isPartial(control.value);
    return this.partial ? { partialDate: true } : null;
  }

  registerOnValidatorChange(revalidate: () => void): void {
    this.revalidate = revalidate;
  }

  protected recheck(): void {
    if (this.isPartial(this.input.value) !== this.partial) this.revalidate();
  }

  private isPartial(value: unknown): boolean {
    if (this.input.validity.badInput) return true;
    return typeof value === 'string' && value !== '' && !/^\d{4}-\d{2}-\d{2}$/.test(value);
  }
}
