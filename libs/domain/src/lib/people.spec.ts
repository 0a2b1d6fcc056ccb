import { initialsOf, isPlausibleEmail } from './people';

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
