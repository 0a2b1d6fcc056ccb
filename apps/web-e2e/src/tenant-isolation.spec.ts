import { expect, test } from './accessibility';
import { signIn } from './sign-in';

/** Someone of Globex, the second tenant, finds nothing of Acme in the web client, however they look. */
test('a Globex user sees nothing of Acme', async ({ page, request }) => {
  // An Acme person's id, as a link to them might leak in an e-mail.
  const acmeSignIn = await request.post('/graphql', {
    data: { query: 'mutation { login(email: "admin@acme.test", password: "bridge-demo") { token } }' },
  });
  const { token } = (await acmeSignIn.json()).data.login;
  const found = await request.post('/graphql', {
    headers: { authorization: `Bearer ${token}` },
    data: { query: '{ people(filter: { search: "candidate@acme.test" }) { edges { node { id } } } }' },
  });
  const acmePersonId: string = (await found.json()).data.people.edges[0].node.id;

  await signIn(page, 'hr@globex.test');
  await expect(page.getByText('Globex', { exact: true })).toBeVisible();
  await page.getByRole('link', { name: 'People', exact: true }).click();
  await expect(page.getByText('12 people')).toBeVisible();

  await page.getByLabel('Search people').fill('Alex Rivera');
  await expect(page.getByText(/No one matches/)).toBeVisible();

  await page.goto(`/people/${acmePersonId}`);
  await expect(page.getByText("This person is not in your organization's directory")).toBeVisible();
  await expect(page.getByText('Alex Rivera')).toHaveCount(0);

  await page.goto('/org-chart');
  await expect(page.getByText('Hank Scorpio')).toBeVisible();
  await expect(page.getByText('Helena Brandt')).toHaveCount(0);
});
