/**
 * Reporting lines and functions, as pure rules over facts the caller has read: the API reads a
 * person's chain of managers and a unit's function with one recursive query each, the matching
 * engine from its snapshot; both decide here.
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

/**
 * A person's managers, nearest first, from a lookup of each person's manager. Stops at the top
 * or at a cycle (imports refuse cycles, but a chain must never loop forever).
 */
export function managerChainOf(
  personId: string,
  managerOf: (personId: string) => string | null | undefined,
): string[] {
  const chain: string[] = [];
  const seen = new Set([personId]);
  let next = managerOf(personId);
  while (next && !seen.has(next)) {
    chain.push(next);
    seen.add(next);
    next = managerOf(next);
  }
  return chain;
}

/** The function a unit belongs to: its top-level ancestor (a function is its own). */
export function functionOf(unitId: string, parentOf: (unitId: string) => string | null | undefined): string {
  const seen = new Set([unitId]);
  let current = unitId;
  let parent = parentOf(current);
  while (parent && !seen.has(parent)) {
    seen.add(parent);
    current = parent;
    parent = parentOf(current);
  }
  return current;
}
