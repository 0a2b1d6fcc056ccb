import { Api } from './api';
import { expect, test } from './accessibility';
import { signedIn } from './sign-in';

/**
 * The consent promise: the candidate reads that the sponsor sees the application once the manager
 * agrees, and so it is — the sponsor sees nothing of it, and hears nothing, until then.
 */
test('the sponsor sees an application only once the manager has consented', async ({ browser, request }) => {
  const title = `Run the supplier review ${Date.now()}`;
  const sponsorApi = await Api.as(request, 'sponsor@acme.test');
  const opportunityId = await sponsorApi.postProject(title, 1);

  const candidate = await signedIn(browser, 'candidate@acme.test');
  await candidate.goto(`/marketplace/${opportunityId}`);
  await candidate.getByLabel('Your motivation').fill('I have run two supplier reviews as a member.');
  await candidate.getByRole('button', { name: 'Apply', exact: true }).click();
  await expect(candidate.getByRole('status')).toContainText('the sponsor sees it once they agree');

  const sponsor = await signedIn(browser, 'sponsor@acme.test');
  await sponsor.goto(`/opportunities/${opportunityId}/applicants`);
  await expect(sponsor.getByRole('heading', { name: title })).toBeVisible();
  await expect(sponsor.getByRole('article', { name: 'Alex Rivera' })).toHaveCount(0);
  await sponsor.goto('/notifications');
  await expect(sponsor.getByText(`Alex Rivera applied to “${title}”`)).toHaveCount(0);

  const manager = await signedIn(browser, 'manager@acme.test');
  await expect(manager.getByRole('heading', { name: 'Consents to give' })).toBeVisible();
  await manager.getByRole('link', { name: 'Answer consent requests' }).click();
  const consent = manager.locator('li').filter({ hasText: title }).first();
  await consent.getByRole('button', { name: 'Approve the time' }).click();
  await manager
    .getByRole('dialog', { name: 'Approve the time?' })
    .getByRole('button', { name: 'Approve' })
    .click();
  await expect(manager.getByText(/approved/i).first()).toBeVisible();

  await sponsor.goto('/home');
  const review = sponsor.getByRole('region', { name: 'Applicants to review' });
  await expect(review.getByRole('link', { name: title })).toBeVisible();
  await review.getByRole('link', { name: title }).click();
  await expect(sponsor.getByRole('article', { name: 'Alex Rivera' })).toBeVisible();
  await sponsor.goto('/notifications');
  await expect(sponsor.getByText(`Alex Rivera applied to “${title}”`)).toBeVisible();
});

/**
 * The accept dead end, no more: a candidate at their limit of concurrent projects is told so before
 * accepting, is told which limit and by how much when they try, and reaches their profile in one
 * click; raising the limit there lets them accept.
 */
test('a candidate at their project limit learns which limit, changes it in one click, and accepts', async ({
  browser,
  request,
}) => {
  const stamp = Date.now();
  const sponsorApi = await Api.as(request, 'sponsor@acme.test');
  const candidateApi = await Api.as(request, 'candidate@acme.test');
  const managerApi = await Api.as(request, 'manager@acme.test');
  const place = async (title: string, accept: boolean) => {
    const applicationId = await candidateApi.apply(await sponsorApi.postProject(title, 1));
    await managerApi.consent(applicationId);
    await sponsorApi.offer(applicationId);
    if (accept) await candidateApi.accept(applicationId);
  };
  // One project under way and the limit at one: whatever earlier journeys left, the candidate is at the limit.
  const { myCandidateProfile } = await candidateApi.data<{ myCandidateProfile: { activeProjects: number } }>(
    '{ myCandidateProfile { activeProjects } }',
  );
  if (myCandidateProfile.activeProjects === 0) await place(`Already leading ${stamp}`, true);
  await candidateApi.data(
    'mutation($projects: Int!) { updateCandidateProfile(input: { targetTransition: T1, capabilityKeys: ["delegation"], skills: [], hoursPerWeek: 20, maxProjects: $projects }) { maxProjects } }',
    { projects: Math.max(1, myCandidateProfile.activeProjects) },
  );
  const title = `Lead the warehouse rota ${stamp}`;
  await place(title, false);

  const candidate = await signedIn(browser, 'candidate@acme.test');
  const offers = candidate.getByRole('region', { name: 'Offers to answer' });
  await expect(offers).toContainText(title);
  await expect(offers).toContainText(/over your limit of \d/);

  await candidate.getByRole('link', { name: 'Answer your offers' }).click();
  const offer = candidate.locator('li').filter({ hasText: title }).first();
  await expect(offer.getByRole('list', { name: 'Before you accept' })).toContainText(/over your limit of \d/);
  await offer.getByRole('button', { name: 'Accept offer' }).click();
  await candidate
    .getByRole('dialog', { name: 'Accept the offer?' })
    .getByRole('button', { name: 'Accept offer' })
    .click();
  const refusal = offer.getByRole('alert');
  await expect(refusal).toContainText(/Accepting would make \d projects at once, 1 over your limit of \d/);

  await refusal.getByRole('link', { name: 'Change your profile' }).click();
  await expect(candidate).toHaveURL(/\/marketplace\/profile\?returnTo=/);
  const projects = candidate.getByLabel('Projects at once');
  await projects.click();
  await candidate.getByRole('option', { name: '3' }).click();
  await candidate.getByRole('button', { name: /Save/ }).click();
  await candidate.getByRole('status').getByRole('link', { name: 'Back to My applications' }).click();
  await expect(candidate).toHaveURL(/\/marketplace\/applications$/);

  const again = candidate.locator('li').filter({ hasText: title }).first();
  await again.getByRole('button', { name: 'Accept offer' }).click();
  await candidate
    .getByRole('dialog', { name: 'Accept the offer?' })
    .getByRole('button', { name: 'Accept offer' })
    .click();
  await expect(again.getByText('Placed').first()).toBeVisible();
});
