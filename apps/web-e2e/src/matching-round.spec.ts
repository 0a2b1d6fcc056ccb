import { Api } from './api';
import { expect, test } from './accessibility';
import { signedIn } from './sign-in';

interface DemoCandidate {
  id: string;
  name: string;
  email: string;
  manager: { id: string; email: string } | null;
}

const NAMED_ACCOUNTS = /^(admin|hr|sponsor|candidate|manager|mentee)@/;

/**
 * A matching round end to end: HR chooses an opportunity and two candidates, starts the round, watches
 * it finish and accepts its proposal; the candidate's manager consents; the sponsor sees the candidate
 * offered on the applicants page; the candidate sees the offer and why they were recommended.
 */
test('HR runs a matching round, accepts a proposal, and the offer reaches sponsor and candidate', async ({
  browser,
  request,
}) => {
  test.setTimeout(120_000);
  const stamp = Date.now();
  const title = `Lead the supplier scorecard rollout ${stamp}`;
  const sponsorApi = await Api.as(request, 'sponsor@acme.test');
  const opportunityId = await sponsorApi.postProject(title);

  // Two demo candidates with a manager, other than the named accounts other journeys use.
  const hrApi = await Api.as(request, 'hr@acme.test');
  const { people } = await hrApi.data<{ people: { edges: { node: DemoCandidate }[] } }>(
    `{ people(filter: { role: CANDIDATE }, first: 100) {
         edges { node { id name email manager { id email } } } } }`,
  );
  const [first, second] = people.edges
    .map((edge) => edge.node)
    .filter((person) => person.manager && !NAMED_ACCOUNTS.test(person.email))
    .sort((a, b) => a.email.localeCompare(b.email));

  const hr = await signedIn(browser, 'hr@acme.test');
  await hr.getByRole('link', { name: 'Matching rounds' }).first().click();
  await expect(hr.getByRole('heading', { name: 'Matching rounds', level: 1 })).toBeVisible();
  await hr.getByRole('radiogroup', { name: 'Which opportunities take part' }).getByRole('radio', { name: 'Only these' }).click();
  await hr.getByRole('checkbox', { name: new RegExp(title) }).check();
  await hr.getByRole('radiogroup', { name: 'Which candidates take part' }).getByRole('radio', { name: 'Only these' }).click();
  for (const person of [first, second]) {
    await hr.getByLabel('Find candidates').fill(person.name);
    await hr.getByRole('checkbox', { name: new RegExp(person.name) }).check();
  }
  await expect(hr.getByText('2 chosen')).toBeVisible();
  await hr.getByRole('button', { name: 'Start the round' }).click();

  // The round's own page: its progress, then the proposals with the total against greedy.
  await expect(hr).toHaveURL(/\/matching\/rounds\/[0-9a-f-]+$/);
  await expect(hr.getByRole('heading', { name: 'Proposals' })).toBeVisible({ timeout: 60_000 });
  await expect(hr.getByRole('region', { name: 'Results' })).toContainText('Optimal total');
  // The opportunity has two seats: both chosen candidates are proposed for it.
  const accepts = hr.getByRole('button', { name: new RegExp(`^Accept .* for ${title}$`) });
  await expect(accepts).toHaveCount(2);
  const accept = accepts.first();
  const proposed = (await accept.getAttribute('aria-label'))?.match(/^Accept (.*) for /)?.[1];
  const chosen = [first, second].find((person) => person.name === proposed);
  expect(chosen, `the proposal names a chosen candidate (${proposed})`).toBeDefined();
  if (!chosen?.manager) throw new Error('The proposed candidate has no manager');
  await accept.click();
  await expect(hr.getByRole('row', { name: new RegExp(chosen.name) })).toContainText('Accepted');

  // The manager agrees to the time; the offer is then the sponsor's and the candidate's to see.
  const candidateApi = await Api.as(request, chosen.email);
  const { myApplications } = await candidateApi.data<{
    myApplications: { id: string; opportunity: { id: string } }[];
  }>('{ myApplications { id opportunity { id } } }');
  const offer = myApplications.find((application) => application.opportunity.id === opportunityId);
  if (!offer) throw new Error('The accepted proposal made no application');
  await (await Api.as(request, chosen.manager.email)).consent(offer.id);

  const sponsor = await signedIn(browser, 'sponsor@acme.test');
  await sponsor.goto(`/opportunities/${opportunityId}/applicants`);
  const applicant = sponsor.getByRole('article', { name: chosen.name });
  await expect(applicant.getByText('Offered')).toBeVisible();

  const candidate = await signedIn(browser, chosen.email);
  await candidate.goto('/marketplace/applications');
  const card = candidate
    .getByRole('listitem')
    .filter({ has: candidate.getByRole('heading', { name: title }) });
  await expect(card).toContainText('Proposed to you by a matching round');
  await expect(card.getByRole('heading', { name: /Why you were recommended · \d+% fit/ })).toBeVisible();
  await expect(card.getByRole('list', { name: 'Why you were recommended' })).toContainText('Development fit');
  await expect(card.getByRole('button', { name: 'Accept offer' })).toBeVisible();
});
