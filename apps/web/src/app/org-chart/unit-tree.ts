/** The part of an org unit the tree needs; works for any query that selects these fields. */
export interface UnitLike {
  id: string;
  name: string;
  parentId?: string | null;
}

export interface UnitNode<T extends UnitLike> {
  unit: T;
  /** "Engineering / Platform": the names from the top-level function down to this unit. */
  path: string;
  depth: number;
  children: UnitNode<T>[];
}

const byName = <T extends UnitLike>(a: UnitNode<T>, b: UnitNode<T>): number =>
  a.unit.name.localeCompare(b.unit.name, undefined, { sensitivity: 'base' });

/**
 * Builds the function/team hierarchy from the flat list the API returns. A unit whose parent is
 * missing from the list becomes a root rather than disappearing, and a parent cycle is broken
 * where it is found, so a damaged hierarchy still shows every unit once.
 */
export function buildUnitTree<T extends UnitLike>(units: readonly T[]): UnitNode<T>[] {
  const byId = new Map(units.map((unit) => [unit.id, unit]));
  const childrenOf = new Map<string | null, T[]>();
  for (const unit of units) {
    const parentId = unit.parentId ?? null;
    const parentKey = parentId !== null && byId.has(parentId) && parentId !== unit.id ? parentId : null;
    const siblings = childrenOf.get(parentKey) ?? [];
    siblings.push(unit);
    childrenOf.set(parentKey, siblings);
  }

  const placed = new Set<string>();
  const grow = (unit: T, parentPath: string | null, depth: number): UnitNode<T> => {
    placed.add(unit.id);
    const path = parentPath === null ? unit.name : `${parentPath} / ${unit.name}`;
    const children = (childrenOf.get(unit.id) ?? [])
      .filter((child) => !placed.has(child.id))
      .map((child) => grow(child, path, depth + 1))
      .sort(byName);
    return { unit, path, depth, children };
  };

  const roots = (childrenOf.get(null) ?? []).map((unit) => grow(unit, null, 0));
  // Units only reachable through a cycle have no root above them; start a tree at each.
  for (const unit of units) {
    if (!placed.has(unit.id)) roots.push(grow(unit, null, 0));
  }
  return roots.sort(byName);
}

/** The tree in reading order (each unit followed by the units inside it). */
export function flattenUnitTree<T extends UnitLike>(roots: readonly UnitNode<T>[]): UnitNode<T>[] {
  return roots.flatMap((node) => [node, ...flattenUnitTree(node.children)]);
}
