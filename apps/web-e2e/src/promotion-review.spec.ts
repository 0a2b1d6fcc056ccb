import { readFileSync } from 'node:fs';
import { Api } from './api';
import { expect, test } from './accessibility';
import { signedIn } from './sign-in';

/**
 * Evidence to decision: the sponsor of Alex's placement records what they saw from the placement; Alex
 * asks their manager, who answers from the notification; HR reads Alex's readiness with its flags, opens
 * a promotion review, decides it and downloads the packet; Alex is told, reads the outcome and plan,
 * and under My growth sees only the evidence shared with them.
 */
test('HR decides a promotion on the evidence, and the candidate sees only what is theirs', async ({
  browser,
  request,
}) => {
  test.setTimeout(180_000);
  const stamp = Date.now();
  const title = `Lead the warehouse returns pilot ${stamp}`;

  // The scene: Alex is placed on a project of Dana's (the sponsor).
  const sponsorApi = await Api.as(request, 'sponsor@acme.test');
  const opportunityId = await sponsorApi.postProject(title);
  const applicationId = await (await Api.as(request, 'candidate@acme.test')).apply(opportunityId);
  await (await Api.as(request, 'manager@acme.test')).consent(applicationId);
  await sponsorApi.offer(applicationId);
  await (await Api.as(request, 'candidate@acme.test')).accept(applicationId);

  // The sponsor observes Alex from the placement on the applicants page.
  const sponsor = await signedIn(browser, 'sponsor@acme.test');
  await sponsor.goto(`/opportunities/${opportunityId}/applicants`);
  const placement = sponsor.locator('.placement').filter({ hasText: 'Alex Rivera' });
  await placement.getByRole('link', { name: 'Record an observation' }).click();
  await expect(sponsor.getByRole('heading', { name: 'Observe Alex Rivera' })).toBeVisible();
  await expect(sponsor.getByRole('combobox', { name: 'Placement (optional)' })).toContainText(title);
  await sponsor.getByRole('combobox', { name: 'Capability' }).click();
  await sponsor.getByRole('option', { name: 'Delegation' }).click();
  await sponsor.getByRole('radio', { name: /Agrees what done looks like/ }).check();
  await sponsor.getByRole('radio', { name: /^4 Role model/ }).check();
  await sponsor.getByRole('textbox', { name: 'Situation' }).fill(`Kick-off of the returns pilot ${stamp}.`);
  await sponsor
    .getByRole('textbox', { name: 'Behaviour' })
    .fill('Gave each site lead the goal and the budget.');
  await sponsor
    .getByRole('textbox', { name: 'Impact' })
    .fill('Three sites ran their own trials in week one.');
  await sponsor.getByRole('button', { name: 'Record observation' }).click();
  await expect(sponsor.getByRole('status')).toContainText('Observation recorded');

  // Alex asks Marcus; Marcus answers from the notification.
  const question = `How did I run the returns pilot stand-ups? (${stamp})`;
  const candidate = await signedIn(browser, 'candidate@acme.test');
  await candidate.goto('/growth');
  await candidate.getByLabel('Colleague').fill('Marcus');
  await candidate.getByRole('option', { name: /Marcus Lee/ }).click();
  await candidate.getByLabel('Your question').fill(question);
  await candidate.getByRole('button', { name: 'Ask', exact: true }).click();
  await expect(candidate.getByRole('status')).toContainText('Marcus Lee has been asked');

  const manager = await signedIn(browser, 'manager@acme.test');
  await manager.goto('/notifications');
  await manager
    .getByRole('button', { name: /Alex Rivera asks for your observation of their leadership/ })
    .first()
    .click();
  await expect(manager.getByText(question)).toBeVisible();
  await manager.getByRole('combobox', { name: 'Capability' }).click();
  await manager.getByRole('option', { name: 'Coaching' }).click();
  await manager
    .getByRole('radio', { name: /Asks questions that help the person work out the answer/ })
    .check();
  await manager.getByRole('radio', { name: /^3 Demonstrating/ }).check();
  await manager.getByRole('textbox', { name: 'Situation' }).fill(`Daily stand-ups of the pilot ${stamp}.`);
  await manager
    .getByRole('textbox', { name: 'Behaviour' })
    .fill('Asked each lead what they would try before suggesting.');
  await manager.getByRole('textbox', { name: 'Impact' }).fill('Leads came with proposals, not questions.');
  await manager.getByRole('button', { name: 'Record observation' }).click();
  await expect(manager.getByRole('status')).toContainText('Observation recorded');

  // HR opens a review of Alex, decides it and takes the packet.
  const hr = await signedIn(browser, 'hr@acme.test');
  await hr.getByRole('link', { name: 'People', exact: true }).click();
  await hr.getByLabel('Search people').fill('Alex Rivera');
  await expect(hr.getByText('1 person')).toBeVisible();
  await hr.getByText('Alex Rivera').click();
  await expect(hr.getByRole('heading', { name: 'Alex Rivera' })).toBeVisible();
  await hr.getByRole('link', { name: 'Readiness' }).click();
  await expect(hr.getByRole('heading', { name: 'Readiness of Alex Rivera' })).toBeVisible();
  // Alex's demo evidence carries a warning sign and one observer who gave most of it.
  const flags = hr.getByRole('list', { name: 'Evidence flags' });
  await expect(flags.getByText('Warning signs').first()).toBeVisible();
  await hr.getByRole('button', { name: 'Open a promotion review' }).click();
  await expect(hr.getByRole('heading', { name: /Alex Rivera · / })).toBeVisible();
  await expect(hr.getByRole('heading', { name: /^Readiness: / })).toBeVisible();
  const evidence = hr.locator('.evidence-list li');
  await expect(evidence.filter({ hasText: `Kick-off of the returns pilot ${stamp}` })).toBeVisible();
  await expect(
    evidence.filter({ hasText: 'A teammate had missed three code-review turnarounds' }),
  ).toContainText('for HR only');

  await hr.getByRole('radio', { name: /Ready with support/ }).check();
  await hr
    .getByRole('textbox', { name: 'Rationale' })
    .fill(`Delegation is strong across observers (${stamp}).`);
  await hr.getByRole('textbox', { name: /Development plan/ }).fill('Lead the Q1 mentoring circle.');
  await hr.getByRole('button', { name: 'Record the decision' }).click();
  await hr.getByRole('dialog').getByRole('button', { name: 'Record the decision' }).click();
  await expect(hr.getByRole('heading', { name: 'Ready with support' })).toBeVisible();

  const [download] = await Promise.all([
    hr.waitForEvent('download'),
    hr.getByRole('button', { name: 'Download packet (PDF)' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^promotion-review-Alex-Rivera-T\d\.pdf$/);
  const pdf = readFileSync(await download.path());
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');

  // Alex is told, reads the outcome and the plan, and sees only what was shared with them.
  await candidate.goto('/notifications');
  await candidate.getByRole('button', { name: /Your promotion review for .*: Ready with support/ }).click();
  await expect(candidate.getByRole('heading', { name: 'Ready with support' })).toBeVisible();
  await expect(candidate.getByText('Lead the Q1 mentoring circle.')).toBeVisible();
  await expect(candidate.getByText(`Delegation is strong across observers (${stamp}).`)).toHaveCount(0);
  await expect(candidate.getByRole('button', { name: 'Download packet (PDF)' })).toHaveCount(0);

  await candidate.goto('/growth');
  await expect(candidate.getByText(`Kick-off of the returns pilot ${stamp}.`)).toBeVisible();
  await expect(candidate.getByText('A teammate had missed three code-review turnarounds')).toHaveCount(0);
});
