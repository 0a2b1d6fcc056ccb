import { expect, expectAccessible, test } from './accessibility';
import { signedIn } from './sign-in';

/**
 * The marketplace end to end: a sponsor in Operations posts a cross-functional project, a candidate
 * from Engineering applies, their manager consents, the sponsor offers, the candidate accepts; the
 * sponsor sees the placement and the candidate is notified, live.
 */
test('a cross-functional project goes from posting to placement', async ({ browser }) => {
  // Four people, and each page they see is checked for accessibility on the way.
  test.setTimeout(120_000);
  const title = `Lead the returns redesign ${Date.now()}`;

  const sponsor = await signedIn(browser, 'sponsor@acme.test');
  await sponsor.getByRole('link', { name: 'My opportunities', exact: true }).click();
  await sponsor.getByRole('link', { name: 'Post an opportunity' }).first().click();
  await sponsor.getByLabel('Title').fill(title);
  await sponsor
    .getByLabel('Description')
    .fill('Bring Operations, Finance and Engineering together to halve the time a return takes.');
  await sponsor.getByLabel('Seats').fill('1');
  await sponsor.getByLabel('Hours per week').fill('3');
  await sponsor.getByLabel('Capabilities exercised').click();
  await sponsor.getByRole('option', { name: 'Delegation' }).click();
  await sponsor.keyboard.press('Escape');
  await sponsor.getByRole('switch', { name: 'Cross-functional' }).click();
  await sponsor.getByRole('button', { name: 'Save and publish' }).click();
  await expect(sponsor.getByText(title)).toBeVisible();

  const candidate = await signedIn(browser, 'candidate@acme.test');
  await candidate.getByRole('link', { name: 'Marketplace', exact: true }).click();
  await candidate.getByLabel('Search opportunities').fill(title);
  // The search reaches the address after a pause; a click before that would be overtaken by it.
  await expect(candidate).toHaveURL(/[?&]q=/);
  await candidate.getByRole('link', { name: title }).click();
  await candidate
    .getByLabel('Your motivation')
    .fill('I led two cross-team fixes and want to lead one end to end.');
  await candidate.getByRole('button', { name: 'Apply', exact: true }).click();
  await expect(candidate.getByRole('link', { name: /My applications/ }).first()).toBeVisible();

  const manager = await signedIn(browser, 'manager@acme.test');
  await expect(manager.getByRole('button', { name: /Notifications, \d+ unread/ })).toBeVisible();
  await manager.getByRole('link', { name: 'Consent requests', exact: true }).click();
  const request = manager.locator('li, article').filter({ hasText: title }).first();
  await request.getByRole('button', { name: 'Approve the time' }).click();
  const approval = manager.getByRole('dialog', { name: 'Approve the time?' });
  await expect(approval).toContainText(`on “${title}”`);
  await expectAccessible(manager);
  await approval.getByRole('button', { name: 'Approve' }).click();
  await expect(manager.getByText(/approved/i).first()).toBeVisible();

  await sponsor.goto('/opportunities');
  await sponsor
    .locator('li, article, tr')
    .filter({ hasText: title })
    .first()
    .getByRole('link', { name: /applicants/i })
    .click();
  const applicant = sponsor.getByRole('article', { name: 'Alex Rivera' });
  await applicant.getByRole('button', { name: 'Offer a seat' }).click();
  await sponsor
    .getByRole('dialog', { name: 'Offer Alex Rivera a seat?' })
    .getByRole('button', { name: 'Offer a seat' })
    .click();
  await expect(applicant.getByText('Offered')).toBeVisible();

  await candidate.getByRole('link', { name: 'My applications' }).first().click();
  const application = candidate.locator('li').filter({ hasText: title }).first();
  await application.getByRole('button', { name: 'Accept offer' }).click();
  await candidate
    .getByRole('dialog', { name: 'Accept the offer?' })
    .getByRole('button', { name: 'Accept offer' })
    .click();
  await expect(application.getByText('Placed').first()).toBeVisible();

  await sponsor.reload();
  await expect(sponsor.getByRole('heading', { name: 'Placements' })).toBeVisible();
  await expect(sponsor.locator('.placement').filter({ hasText: 'Alex Rivera' })).toBeVisible();

  // The candidate's bell counts the news without a reload; the centre lists the placement.
  await expect(candidate.getByRole('button', { name: /Notifications, \d+ unread/ })).toBeVisible();
  await candidate.goto('/notifications');
  await expect(candidate.getByText(`Your placement on “${title}” has started`)).toBeVisible();
});
