import type { WarningPattern } from '../graphql/generated';

export const WARNING_PATTERN_LABELS: Readonly<Record<WarningPattern, string>> = {
  MICROMANAGEMENT: 'Micromanagement',
  ABDICATION: 'Abdication',
  OVER_INVOLVEMENT: 'Over-involvement',
  TEAM_DEPENDENCY: 'Team dependency',
};
