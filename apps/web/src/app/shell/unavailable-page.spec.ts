import { Location } from '@angular/common';
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { Permission, Role } from '@bridge/domain';
import { startTestSession } from '../../testing/signed-in';
import { permissionGuard } from '../core/guards';
import { UnavailablePage } from './unavailable-page';

@Component({ template: '<h1>People</h1>', changeDetection: ChangeDetectionStrategy.OnPush })
class PeoplePage {}

@Component({ template: '<h1>Audit log</h1>', changeDetection: ChangeDetectionStrategy.OnPush })
class AuditLogPage {}

describe('UnavailablePage', () => {
  let harness: RouterTestingHarness;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter(
          [
            { path: 'people', component: PeoplePage },
            {
              path: 'admin/audit-log',
              canActivate: [permissionGuard(Permission.ReadAuditLog)],
              component: AuditLogPage,
            },
            { path: 'forbidden', component: UnavailablePage, data: { reason: 'forbidden' } },
            { path: '**', component: UnavailablePage, data: { reason: 'not-found' } },
          ],
          withComponentInputBinding(),
        ),
      ],
    });
    startTestSession({ roles: [Role.CANDIDATE] });
    harness = await RouterTestingHarness.create();
  });

  const page = () => harness.routeNativeElement as HTMLElement;
  const heading = () => page().querySelector('h1')?.textContent?.trim();
  const link = (text: string) =>
    Array.from(page().querySelectorAll<HTMLElement>('a, button')).find((candidate) =>
      candidate.textContent?.includes(text),
    );

  it('says a link leads nowhere, with a way home', async () => {
    await harness.navigateByUrl('/no-such-page');

    expect(heading()).toBe('Page not found');
    expect(link('Go to the home page')?.getAttribute('href')).toBe('/');
  });

  it('shows no way back when the app was opened on the broken link', async () => {
    await harness.navigateByUrl('/no-such-page');

    expect(link('Go back')).toBeUndefined();
  });

  it('goes back to the page the person came from', async () => {
    await harness.navigateByUrl('/people');
    await harness.navigateByUrl('/people/p1/nothing-here');
    const back = jest.spyOn(TestBed.inject(Location), 'back');

    link('Go back')?.click();

    expect(back).toHaveBeenCalled();
  });

  it('says a page is not open to this person, at the address they asked for, instead of moving them on', async () => {
    await harness.navigateByUrl('/people');
    await harness.navigateByUrl('/admin/audit-log');

    expect(heading()).toBe("You don't have access to this page");
    expect(page().textContent).not.toContain('Audit log');
    expect(TestBed.inject(Location).path()).toBe('/admin/audit-log');
    expect(link('Go to the home page')).toBeDefined();
    expect(link('Go back')).toBeDefined();
  });
});
