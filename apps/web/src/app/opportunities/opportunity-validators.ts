import type { AbstractControl, ValidationErrors, ValidatorFn } from '@angular/forms';

/** Seats and hours are whole numbers; a number input would otherwise accept 2.5. */
export const wholeNumber: ValidatorFn = (control: AbstractControl<number | null>): ValidationErrors | null =>
  control.value === null || Number.isInteger(control.value) ? null : { wholeNumber: true };

export function maxItems(max: number): ValidatorFn {
  return (control: AbstractControl<readonly unknown[]>): ValidationErrors | null =>
    control.value.length > max ? { maxItems: max } : null;
}

/** An end date (YYYY-MM-DD, so it compares as text) not before the sibling start date, as the API checks. */
export function notBefore(startControlName: string): ValidatorFn {
  return (control: AbstractControl<string>): ValidationErrors | null => {
    const start: unknown = control.parent?.get(startControlName)?.value;
    return typeof start === 'string' && start && control.value && control.value < start
      ? { beforeStart: true }
      : null;
  };
}

/**
 * The API names fields by argument path ("input.seats must not be greater than 50"); a form shows the
 * message next to the field, in the field's own words ("Seats must not be greater than 50").
 */
export function inFieldWords(message: string, labels: Readonly<Record<string, string>>): string {
  return message.replace(/input\.(\w+)/g, (path: string, field: string, offset: number) => {
    const label = labels[field];
    if (!label) return path;
    return offset === 0 ? label : label.toLowerCase();
  });
}
