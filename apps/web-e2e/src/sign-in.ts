import type { Browser, Page } from '@playwright/test';
import { expect } from './accessibility';

export const DEMO_PASSWORD = 'bridge-demo';

/** Signs in through the sign-in page, as a person would; everyone lands on their home page. */
export async function signIn(page: Page, email: string): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel('Work e-mail').fill(email);
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/home$/);
}

/** Each person in their own browser context, as on their own machine. */
export async function signedIn(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, email);
  return page;
}
