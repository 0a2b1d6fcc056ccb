import { ALL_ROLES, type Role, ROLE_LABELS } from '@bridge/domain';

export function roleLabel(role: Role): string {
  return ROLE_LABELS[role] ?? role;
}

export const ROLE_OPTIONS: readonly { value: Role; label: string }[] = ALL_ROLES.map((value) => ({
  value,
  label: roleLabel(value),
}));
