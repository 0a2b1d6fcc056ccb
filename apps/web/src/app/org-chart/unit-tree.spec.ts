import { buildUnitTree, flattenUnitTree, type UnitLike } from './unit-tree';

const unit = (id: string, name: string, parentId: string | null = null): UnitLike => ({ id, name, parentId });

describe('buildUnitTree', () => {
  it('nests teams under their function and sorts each level by name', () => {
    const tree = buildUnitTree([
      unit('t2', 'Platform', 'f1'),
      unit('f2', 'Sales'),
      unit('t1', 'Data', 'f1'),
      unit('f1', 'Engineering'),
      unit('t3', 'EMEA', 'f2'),
    ]);

    expect(tree.map((node) => node.unit.name)).toEqual(['Engineering', 'Sales']);
    expect(tree[0].children.map((node) => node.unit.name)).toEqual(['Data', 'Platform']);
    expect(tree[0].children[1]).toMatchObject({ path: 'Engineering / Platform', depth: 1 });
    expect(tree[1].children[0].path).toBe('Sales / EMEA');
  });

  it('keeps a unit whose parent is missing as a top-level unit', () => {
    const tree = buildUnitTree([unit('f1', 'Engineering'), unit('t9', 'Orphans', 'gone')]);

    expect(tree.map((node) => node.unit.name)).toEqual(['Engineering', 'Orphans']);
    expect(tree[1].depth).toBe(0);
  });

  it('shows every unit of a parent cycle exactly once', () => {
    const tree = buildUnitTree([unit('a', 'Alpha', 'b'), unit('b', 'Beta', 'a'), unit('c', 'Self', 'c')]);
    const ids = flattenUnitTree(tree).map((node) => node.unit.id);

    expect(ids.sort()).toEqual(['a', 'b', 'c']);
  });

  it('flattens in reading order, each unit before the units inside it', () => {
    const tree = buildUnitTree([unit('t1', 'Data', 'f1'), unit('f1', 'Engineering'), unit('s1', 'Warehouse', 't1')]);

    expect(flattenUnitTree(tree).map((node) => node.path)).toEqual([
      'Engineering',
      'Engineering / Data',
      'Engineering / Data / Warehouse',
    ]);
  });
});
