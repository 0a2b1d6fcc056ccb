import { addWorkingDays } from './marketplace';

/** What happens to a consent request left unanswered past its deadline. */
export type EscalationStep =
  /** It goes to the approver's own manager, with a new deadline. */
  | { action: 'ESCALATE'; to: string; dueAt: Date }
  /** No one is above the approver: HR is told, and the request waits with a new deadline. */
  | { action: 'TELL_HR'; dueAt: Date };

/**
 * A request is never approved by silence: an overdue one goes up the reporting line one level at a
 * time, and at the top it waits while HR is told.
 */
export function escalationStep(
  approver: { managerId: string | null },
  now: Date,
  workingDays: number,
): EscalationStep {
  const dueAt = addWorkingDays(now, workingDays);
  return approver.managerId
    ? { action: 'ESCALATE', to: approver.managerId, dueAt }
    : { action: 'TELL_HR', dueAt };
}
