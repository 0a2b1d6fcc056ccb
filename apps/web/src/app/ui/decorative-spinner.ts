import { Directive } from '@angular/core';

/**
 * A spinner inside a button, there only to be seen: the button's own text says what is happening. A spinner is
 * a focusable progress bar, which a button may not hold, so this takes it out of the accessibility tree and
 * out of reach of focus.
 */
@Directive({
  selector: 'mat-spinner[bridgeDecorative]',
  host: { 'aria-hidden': 'true', '[attr.role]': 'null', '[attr.tabindex]': 'null' },
})
export class DecorativeSpinner {}
