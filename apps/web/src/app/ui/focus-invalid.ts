import { afterNextRender, Directive, ElementRef, inject, Injector } from '@angular/core';
import { FormGroupDirective } from '@angular/forms';

// Where a field takes focus: the control itself, or (for a chip grid, a switch) the control inside it.
const TEXT_ENTRY =
  'input:not([type="hidden"]):not([disabled]), textarea:not([disabled]), select:not([disabled])';
const FOCUSABLE = `${TEXT_ENTRY}, button:not([disabled]), [tabindex]:not([tabindex="-1"])`;

/** The first field, in the order the form shows them, whose value is refused. */
export function firstInvalidField(form: HTMLElement): HTMLElement | null {
  const invalid = form.querySelectorAll<HTMLElement>(
    '.ng-invalid:not([formGroupName]):not([formArrayName]):not([ngModelGroup])',
  );
  for (const field of Array.from(invalid)) {
    const target = field.matches(TEXT_ENTRY)
      ? field
      : (field.querySelector<HTMLElement>(TEXT_ENTRY) ??
        (field.matches(FOCUSABLE) ? field : field.querySelector<HTMLElement>(FOCUSABLE)));
    if (target) return target;
  }
  return null;
}

/**
 * Takes a keyboard or screen reader user to the first field a refused submit is about, instead of leaving them
 * on a button that seemingly did nothing. A refused submit does this by itself; a form the API refused
 * (BAD_USER_INPUT naming a field) calls `focusFirstInvalid()` once it has marked the field.
 */
@Directive({
  selector: 'form[bridgeFocusInvalid]',
  exportAs: 'bridgeFocusInvalid',
  host: { '(submit)': 'focusFirstInvalid()' },
})
export class FocusInvalid {
  private readonly form = inject(FormGroupDirective);
  private readonly element = inject<ElementRef<HTMLFormElement>>(ElementRef).nativeElement;
  private readonly injector = inject(Injector);

  /** After the errors are on screen, so the field's error message is read out with it. */
  focusFirstInvalid(): void {
    afterNextRender(
      () => {
        if (this.form.invalid) firstInvalidField(this.element)?.focus();
      },
      { injector: this.injector },
    );
  }
}
