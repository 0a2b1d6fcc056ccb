import type { ComponentFixture } from '@angular/core/testing';

/** Apollo hands results over asynchronously; let them arrive, then let Angular render. */
export async function settle(fixture: ComponentFixture<unknown>): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 0));
  await fixture.whenStable();
}
