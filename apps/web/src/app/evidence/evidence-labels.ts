import { WARNING_PATTERN_LABELS as DOMAIN_WARNING_PATTERN_LABELS } from '@bridge/domain';
import type { WarningPattern } from '../graphql/generated';

/** The domain's names of the warning patterns, keyed as the API sends them. */
export const WARNING_PATTERN_LABELS: Readonly<Record<WarningPattern, string>> = DOMAIN_WARNING_PATTERN_LABELS;
