/** Limits shared by the API's validation and the web client's forms, so both say the same thing. */
export const PEOPLE_LIMITS = {
  maxPageSize: 100,
  maxSearchLength: 200,
  maxEmailLength: 254,
  /** Any one cell of an imported file. */
  maxCellLength: 200,
  maxImportBytes: 20 * 1024 * 1024,
} as const;

/** A pragmatic e-mail check: one @, something on each side, a dot in the domain, no spaces. */
export function isPlausibleEmail(value: string): boolean {
  return value.length <= PEOPLE_LIMITS.maxEmailLength && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value);
}

/** Initials for avatars: first letter of the first and last word of the name. */
export function initialsOf(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return '?';
  const first = words[0][0] ?? '';
  const last = words.length > 1 ? (words[words.length - 1][0] ?? '') : '';
  return (first + last).toUpperCase();
}

export const PASSWORD_RULES = { minLength: 12, maxLength: 256 } as const;

/** What is wrong with a new password, in words for the form; null when it is acceptable. */
export function passwordProblem(password: string, email?: string): string | null {
  if (password.length < PASSWORD_RULES.minLength)
    return `Use at least ${PASSWORD_RULES.minLength} characters.`;
  if (password.length > PASSWORD_RULES.maxLength)
    return `Use at most ${PASSWORD_RULES.maxLength} characters.`;
  if (email && password.trim().toLowerCase() === email.trim().toLowerCase())
    return 'Do not use your e-mail address as your password.';
  return null;
}
