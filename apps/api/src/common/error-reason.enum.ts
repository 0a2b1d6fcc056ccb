import { registerEnumType } from '@nestjs/graphql';
import { ERROR_REASON_DESCRIPTIONS, ErrorReason } from '@bridge/domain';

/** The reasons of FORBIDDEN and CONFLICT errors (`extensions.reason`), documented in the schema. */
registerEnumType(ErrorReason, {
  name: 'ErrorReason',
  description:
    'Why a request was refused: FORBIDDEN and CONFLICT errors carry one in `extensions.reason` (capacity conflicts add `limit`, `inUse` and `needed`). Clients decide on these, never on the message.',
  valuesMap: Object.fromEntries(
    Object.values(ErrorReason).map((reason) => [reason, { description: ERROR_REASON_DESCRIPTIONS[reason] }]),
  ),
});

export { ErrorReason };
