import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { DecorativeSpinner } from './decorative-spinner';

@Component({
  imports: [MatProgressSpinnerModule, DecorativeSpinner],
  template: `<button type="button"><mat-spinner diameter="18" bridgeDecorative /> Saving…</button>`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class HostButton {}

describe('DecorativeSpinner', () => {
  it('leaves a button holding nothing focusable or named but its own text', async () => {
    const fixture = TestBed.createComponent(HostButton);
    await fixture.whenStable();
    const spinner = (fixture.nativeElement as HTMLElement).querySelector('mat-spinner');

    expect(spinner?.getAttribute('aria-hidden')).toBe('true');
    expect(spinner?.hasAttribute('role')).toBe(false);
    expect(spinner?.hasAttribute('tabindex')).toBe(false);
  });
});
