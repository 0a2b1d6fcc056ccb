import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, expectAccessible, test } from './accessibility';
import { signIn } from './sign-in';

const SCREENSHOTS = join(__dirname, '../../../tmp/e2e-screenshots');

/** The router follows the address like a link inside the app, keeping the page before in its history. */
async function followInApp(page: Page, path: string): Promise<void> {
  await page.evaluate((path) => {
    history.pushState(null, '', path);
    dispatchEvent(new PopStateEvent('popstate'));
  }, path);
}

for (const viewport of [
  { name: 'desktop', width: 1440, height: 900 },
  { name: 'phone', width: 390, height: 844 },
]) {
  test.describe(`on a ${viewport.name}`, () => {
    test.use({ viewport: { width: viewport.width, height: viewport.height } });

    test('the first Tab offers to skip to the content, which then has focus', async ({ page }) => {
      await signIn(page, 'candidate@acme.test');
      await expect(page.getByRole('heading', { name: 'Welcome, Alex', level: 1 })).toBeVisible();

      await page.keyboard.press('Tab');
      const skip = page.getByRole('link', { name: 'Skip to content' });
      await expect(skip).toBeFocused();
      await expect(skip).toBeInViewport();
      await page.screenshot({ path: join(SCREENSHOTS, `skip-link-${viewport.name}.png`) });

      await page.keyboard.press('Enter');
      await expect(page.getByRole('main')).toBeFocused();
      await expect(page).toHaveURL(/\/home$/);
      await page.keyboard.press('Tab');
      await expect(page.getByRole('main').locator(':focus')).toHaveCount(1);
    });

    test('a link to nowhere and a page of another role say so, with a way home and back', async ({
      page,
    }) => {
      await signIn(page, 'candidate@acme.test');

      // Followed from inside the app (as a link in a page would be), so there is a page to go back to.
      await followInApp(page, '/marketplace/saved/nothing-here');
      await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
      await expect(page.getByRole('link', { name: 'Go to the home page' })).toBeVisible();
      await page.screenshot({ path: join(SCREENSHOTS, `not-found-${viewport.name}.png`) });
      await page.getByRole('button', { name: 'Go back' }).click();
      await expect(page).toHaveURL(/\/home$/);

      await followInApp(page, '/admin/audit-log');
      await expect(page.getByRole('heading', { name: "You don't have access to this page" })).toBeVisible();
      await expect(page).toHaveURL(/\/admin\/audit-log$/);
      await expect(
        page.getByRole('navigation', { name: 'Main', includeHidden: true }).locator('[aria-current="page"]'),
      ).toHaveCount(0);
      await page.screenshot({ path: join(SCREENSHOTS, `forbidden-${viewport.name}.png`) });
      await page.getByRole('link', { name: 'Go to the home page' }).click();
      await expect(page).toHaveURL(/\/home$/);
    });
  });
}

test('leaving a half-filled mentor request asks first, and staying keeps it', async ({ page }) => {
  await signIn(page, 'mentee@acme.test');
  await page.getByRole('link', { name: 'Ask for a mentor', exact: true }).click();
  await page.getByLabel('Your goals').fill('Run my first team meetings');

  await page.getByRole('link', { name: 'Org chart', exact: true }).click();
  const leave = page.getByRole('dialog', { name: 'Leave without saving?' });
  await expect(leave).toBeVisible();
  await expectAccessible(page);
  await leave.getByRole('button', { name: 'Stay' }).click();
  await expect(page).toHaveURL(/\/mentor-request$/);
  await expect(page.getByLabel('Your goals')).toHaveValue('Run my first team meetings');

  await page.getByRole('link', { name: 'Org chart', exact: true }).click();
  await page
    .getByRole('dialog', { name: 'Leave without saving?' })
    .getByRole('button', { name: 'Leave the page' })
    .click();
  await expect(page).toHaveURL(/\/org-chart$/);
});

test('a refused form takes focus to the first field to fix', async ({ page }) => {
  await signIn(page, 'mentee@acme.test');
  await page.getByRole('link', { name: 'Ask for a mentor', exact: true }).click();
  await page.getByRole('button', { name: 'Ask for a mentor' }).click();

  await expect(page.getByLabel('Your goals')).toBeFocused();
  await expect(page.getByText('Say what you want help with.')).toBeVisible();
});
