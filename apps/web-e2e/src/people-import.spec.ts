import { expect, test } from './accessibility';
import { signIn } from './sign-in';

const HEADER =
  'Employee ID,First Name,Last Name,Work Email,Job Title,Department,Team,Manager Employee ID,Location,Job Level';
const fileWith = (newcomerEmail: string) =>
  Buffer.from(
    [
      HEADER,
      'N100,Noor,Haddad,noor.haddad@acme.test,Head of Quality,Quality,,A0001,Berlin,M3',
      `N101,Ines,Okonkwo,${newcomerEmail},Quality Engineer,Quality,Inspection,N100,Lisbon,IC2`,
    ].join('\n'),
  );

test('an admin imports people from a CSV, fixing a bad row first, and finds the newcomer', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/sign-in/);
  await signIn(page, 'admin@acme.test');

  await page.getByRole('link', { name: 'Import people', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Import people' })).toBeVisible();

  const fileInput = page.getByTestId('people-file-input');
  await fileInput.setInputFiles({
    name: 'hr-export.csv',
    mimeType: 'text/csv',
    buffer: fileWith('ines.okonkwo-at-acme.test'),
  });
  const problems = page.getByRole('table', { name: 'Problems in the file' });
  await expect(problems).toBeVisible();
  await expect(problems).toContainText('3');
  await expect(problems).toContainText('"ines.okonkwo-at-acme.test" is not an e-mail address');
  await expect(page.getByRole('button', { name: /^Import/ })).toBeDisabled();

  await page.getByRole('button', { name: 'Choose another file' }).click();
  await page.getByTestId('people-file-input').setInputFiles({
    name: 'hr-export-fixed.csv',
    mimeType: 'text/csv',
    buffer: fileWith('ines.okonkwo@acme.test'),
  });
  await expect(problems).toHaveCount(0);
  const importButton = page.getByRole('button', { name: 'Import 2 people' });
  await expect(importButton).toBeEnabled();
  await importButton.click();
  await expect(page.getByText('2 people imported')).toBeVisible();
  await expect(page.getByText('2 created, 0 updated, 0 unchanged')).toBeVisible();

  await page.getByRole('link', { name: 'Open the directory' }).click();
  await page.getByLabel('Search people').fill('Okonkwo');
  const newcomer = page.getByText('Ines Okonkwo');
  await expect(newcomer).toBeVisible();
  await newcomer.click();
  await expect(page.getByRole('heading', { name: 'Ines Okonkwo' })).toBeVisible();
  await expect(page.getByText('Noor Haddad')).toBeVisible();
});
