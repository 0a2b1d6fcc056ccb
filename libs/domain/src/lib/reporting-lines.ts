/**
 * Reporting lines, as a pure rule over facts the caller has read: the API reads a person's chain
 * of managers with one recursive query (PeopleService.managerChains) and decides here.
 */

/** A person with their managers, nearest first (their manager, that manager's manager, …). */
export interface ReportingLine {
  personId: string;
  managerChain: readonly string[];
}

/** True when one of the two manages the other, directly or through other managers. */
export function inReportingLine(a: ReportingLine, b: ReportingLine): boolean {
  if (a.personId === b.personId) return true;
  return a.managerChain.includes(b.personId) || b.managerChain.includes(a.personId);
}
