import type { Page } from '@playwright/test';
import { expect, test } from './accessibility';
import { signIn } from './sign-in';

const ROLES = ['admin', 'hr', 'sponsor', 'candidate', 'manager', 'mentee'] as const;
const VIEWPORTS = [
  { name: 'desktop', width: 1440, height: 900 },
  { name: 'phone', width: 390, height: 844 },
] as const;
/** Pages some roles may not open; each role is sent to the first of these not in its navigation. */
const GUARDED_PAGES = ['/admin/audit-log', '/admin/import', '/consent-statistics', '/opportunities/new'];

/** Where a navigation (the app's main one, the marketplace's tabs) leads. */
async function linksOf(page: Page, navigation: string): Promise<string[]> {
  return page
    .getByRole('navigation', { name: navigation, includeHidden: true })
    .getByRole('link', { includeHidden: true })
    .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
}

for (const viewport of VIEWPORTS) {
  test.describe(`on a ${viewport.name}`, () => {
    test.use({ viewport: { width: viewport.width, height: viewport.height } });

    for (const role of ROLES) {
      /** The automatic check (see accessibility.ts) scans each page; waiting for it keeps every page in. */
      test(`the main pages pass the accessibility check for ${role}@acme.test`, async ({
        page,
        accessibility,
      }) => {
        test.setTimeout(180_000);
        await signIn(page, `${role}@acme.test`);
        await accessibility.settled();

        const paths = await linksOf(page, 'Main');
        expect(paths.length).toBeGreaterThan(0);
        await page.goto('/marketplace');
        const tabs = await linksOf(page, 'Marketplace');
        for (const path of [...new Set([...paths, ...tabs])]) {
          await page.goto(path);
          await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
          await accessibility.settled();
        }

        if (paths.includes('/opportunities')) {
          await page.goto('/opportunities/new');
          await expect(page.getByRole('heading', { name: 'Post an opportunity' })).toBeVisible();
          await accessibility.settled();
          await page.goto('/opportunities');
          await accessibility.settled();
          const applicants = page.locator('a.applicants-link').first();
          if (await applicants.isVisible()) {
            await applicants.click();
            await expect(page).toHaveURL(/\/applicants$/);
            await accessibility.settled();
          }
        }

        await page.goto('/marketplace');
        await accessibility.settled();
        const firstOpportunity = page.locator('bridge-opportunity-card a').first();
        if (await firstOpportunity.isVisible()) {
          await firstOpportunity.click();
          await expect(page).toHaveURL(/\/marketplace\/[\w-]+$/);
          await accessibility.settled();
        }

        for (const path of ['/account', '/notifications']) {
          await page.goto(path);
          await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
          await accessibility.settled();
        }

        await page.goto('/people');
        await page.getByRole('button', { name: /account menu$/ }).click();
        await page.getByRole('menuitem', { name: 'My profile' }).click();
        await expect(page).toHaveURL(/\/people\/[\w-]+$/);
        await accessibility.settled();

        await page.goto('/no-such-page');
        await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
        await accessibility.settled();

        const guarded = GUARDED_PAGES.find((path) => !paths.includes(path));
        if (guarded) {
          await page.goto(guarded);
          await expect(
            page.getByRole('heading', { name: "You don't have access to this page" }),
          ).toBeVisible();
          await accessibility.settled();
        }
      });
    }
  });
}
