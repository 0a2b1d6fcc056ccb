import { initialsOf, isPlausibleEmail, passwordProblem } from './people';

describe('people helpers', () => {
  it.each([
    ['ana@acme.test', true],
    ['a.b+c@sub.example.com', true],
    ['no-at-sign.example.com', false],
    ['two@@example.com', false],
    ['space in@example.com', false],
    ['nodot@example', false],
    [`${'x'.repeat(250)}@example.com`, false],
  ])('isPlausibleEmail(%s) is %s', (email, expected) => {
    expect(isPlausibleEmail(email)).toBe(expected);
  });

  it('takes initials from the first and last names', () => {
    expect(initialsOf('Marta Lindqvist')).toBe('ML');
    expect(initialsOf('  kemi  ')).toBe('K');
    expect(initialsOf('Ana María de la Cruz')).toBe('AC');
    expect(initialsOf('')).toBe('?');
  });
});

describe('passwordProblem', () => {
  it('asks for 12 to 256 characters and not the e-mail address', () => {
    expect(passwordProblem('short')).toBe('Use at least 12 characters.');
    expect(passwordProblem('x'.repeat(257))).toBe('Use at most 256 characters.');
    expect(passwordProblem('Ana.Ruiz@Acme.test', 'ana.ruiz@acme.test')).toBe(
      'Do not use your e-mail address as your password.',
    );
    expect(passwordProblem('correct horse battery')).toBeNull();
  });
});
