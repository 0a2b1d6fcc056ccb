import { DestroyRef, Directive, inject, Injectable } from '@angular/core';
import { FormGroupDirective } from '@angular/forms';
import { MatDialog } from '@angular/material/dialog';
import type { CanDeactivateFn } from '@angular/router';
import { Session } from '../core/session';
import { askToConfirm } from './confirm-dialog';

/** The forms on screen that hold changes not saved yet. */
@Injectable({ providedIn: 'root' })
export class UnsavedChanges {
  private readonly forms = new Set<FormGroupDirective>();

  track(form: FormGroupDirective): () => void {
    this.forms.add(form);
    return () => this.forms.delete(form);
  }

  any(): boolean {
    return [...this.forms].some((form) => form.dirty);
  }
}

/**
 * Marks a form whose half-typed content would be a loss: leaving the page asks first (with
 * `unsavedChangesGuard` on the route) and so does closing the tab. A form is "changed" while dirty, so a
 * form resets (or marks itself pristine) once saved.
 */
@Directive({
  selector: 'form[bridgeUnsavedChanges]',
  host: { '(window:beforeunload)': 'warnBeforeUnload($event)' },
})
export class TrackUnsavedChanges {
  private readonly form = inject(FormGroupDirective);

  constructor() {
    inject(DestroyRef).onDestroy(inject(UnsavedChanges).track(this.form));
  }

  protected warnBeforeUnload(event: BeforeUnloadEvent): void {
    // Browsers show their own wording; this only asks them to ask.
    if (this.form.dirty) event.preventDefault();
  }
}

/** Asks before leaving changes unsaved; not once the session has ended, when they could not be saved anyway. */
export const unsavedChangesGuard: CanDeactivateFn<unknown> = () =>
  !inject(Session).isSignedIn() ||
  !inject(UnsavedChanges).any() ||
  askToConfirm(inject(MatDialog), {
    title: 'Leave without saving?',
    message: 'What you changed on this page is not saved yet. If you leave now, it is lost.',
    confirmLabel: 'Leave the page',
    cancelLabel: 'Stay',
  });
