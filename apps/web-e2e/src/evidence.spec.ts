import { expect, test } from './accessibility';
import { signedIn } from './sign-in';

/**
 * Evidence, first steps: the candidate asks their manager for an observation; the manager answers
 * from the request with the form (behaviours of the chosen capability, the anchored scale on screen);
 * the candidate reads it under My growth.
 */
test('a manager answers a candidate’s request for evidence, and the candidate reads it', async ({ browser }) => {
  const stamp = Date.now();
  const question = `How did I lead the supplier review? (${stamp})`;

  const candidate = await signedIn(browser, 'candidate@acme.test');
  await candidate.getByRole('link', { name: 'My growth', exact: true }).click();
  await expect(candidate.getByRole('heading', { name: 'My growth' })).toBeVisible();
  await candidate.getByLabel('Colleague').fill('Marcus');
  await candidate.getByRole('option', { name: /Marcus Lee/ }).click();
  await candidate.getByLabel('Your question').fill(question);
  await candidate.getByRole('button', { name: 'Ask', exact: true }).click();
  await expect(candidate.getByRole('status')).toContainText('Marcus Lee has been asked');

  const manager = await signedIn(browser, 'manager@acme.test');
  await manager.getByRole('link', { name: 'Evidence requests', exact: true }).click();
  const request = manager.getByRole('listitem').filter({ hasText: question });
  await request.getByRole('link', { name: 'Record observation' }).click();
  await expect(manager.getByRole('heading', { name: 'Observe Alex Rivera' })).toBeVisible();
  await expect(manager.getByText(question)).toBeVisible();

  await manager.getByRole('combobox', { name: 'Capability' }).click();
  await manager.getByRole('option', { name: 'Delegation' }).click();
  await manager.getByRole('radio', { name: /Agrees what done looks like/ }).check();
  await manager.getByRole('radio', { name: /^3 Demonstrating/ }).check();
  await manager.getByRole('textbox', { name: 'Situation' }).fill(`The supplier review ${stamp} slipped a week.`);
  await manager.getByRole('textbox', { name: 'Behaviour' }).fill('Agreed what done means with each owner.');
  await manager.getByRole('textbox', { name: 'Impact' }).fill('The team closed it without waiting for Alex.');
  await manager.getByRole('button', { name: 'Record observation' }).click();
  await expect(manager.getByRole('status')).toContainText('Observation recorded');

  await manager.goto('/evidence');
  await expect(manager.getByText(question)).toHaveCount(0);

  await candidate.goto('/growth');
  const observation = candidate.getByRole('listitem').filter({ hasText: `The supplier review ${stamp}` });
  await expect(observation).toContainText('Delegation');
  await expect(observation).toContainText('3 · Demonstrating');
  await expect(observation).toContainText('Marcus Lee');
});
