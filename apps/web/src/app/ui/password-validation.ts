import type { AbstractControl, ValidationErrors, ValidatorFn } from '@angular/forms';
import { passwordProblem } from '@bridge/domain';

/** The API's own password rule, so the form says the same sentence before sending. */
export function acceptablePassword(email: () => string | undefined): ValidatorFn {
  return (control: AbstractControl<string>): ValidationErrors | null => {
    if (control.value === '') return null;
    const problem = passwordProblem(control.value, email());
    return problem ? { password: problem } : null;
  };
}

/** For a "type it again" field: differs from the sibling field holding the password it confirms. */
export function confirms(passwordField: string): ValidatorFn {
  return (control: AbstractControl<string>): ValidationErrors | null => {
    const password: unknown = control.parent?.get(passwordField)?.value;
    return control.value === '' || control.value === password ? null : { mismatch: true };
  };
}
