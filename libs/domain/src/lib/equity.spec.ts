import fc from 'fast-check';
import {
  defaultEquityPeriod,
  EQUITY_NOT_RECORDED,
  EQUITY_SUPPRESSION_THRESHOLD,
  EquityGroupCounts,
  equityPeriod,
  equitySuppressions,
  equityTable,
} from './equity';

const group = (
  label: string,
  eligible: number,
  applied = 0,
  offered = 0,
  placed = 0,
  key: string | null = label,
): EquityGroupCounts => ({ key, label, eligible, applied, offered, placed });

const total = (groups: EquityGroupCounts[]) =>
  groups.reduce(
    (sum, g) => ({
      eligible: sum.eligible + g.eligible,
      applied: sum.applied + g.applied,
      offered: sum.offered + g.offered,
      placed: sum.placed + g.placed,
    }),
    { eligible: 0, applied: 0, offered: 0, placed: 0 },
  );

describe('equity of access', () => {
  it('gives each group its rates against its eligible population, and the organization its own', () => {
    const groups = [group('Sales', 10, 5, 2, 1), group('Engineering', 20, 10, 8, 4)];
    const table = equityTable(groups, total(groups));
    expect(table.overall).toMatchObject({ eligible: 30, applied: 15, appliedRate: 0.5, placedRate: 5 / 30 });
    expect(table.groups.map((row) => row.label)).toEqual(['Engineering', 'Sales']);
    expect(table.groups[1]).toMatchObject({
      eligible: 10,
      appliedRate: 0.5,
      offeredRate: 0.2,
      placedRate: 0.1,
      suppressed: false,
      suppression: null,
    });
  });

  it('flags a group placed at under four fifths of the best group, with its ratio to the organization', () => {
    const groups = [group('A', 10, 5, 5, 5), group('B', 10, 5, 4, 4), group('C', 10, 5, 3, 3)];
    const table = equityTable(groups, total(groups));
    const byLabel = Object.fromEntries(table.groups.map((row) => [row.label, row]));
    expect(byLabel['A']).toMatchObject({ placedRatioToBest: 1, belowFourFifths: false });
    expect(byLabel['B']).toMatchObject({ placedRatioToBest: 0.8, belowFourFifths: false });
    expect(byLabel['C'].placedRatioToBest).toBeCloseTo(0.6);
    expect(byLabel['C'].belowFourFifths).toBe(true);
    expect(byLabel['A'].placedRatioToOverall).toBeCloseTo(0.5 / 0.4);
  });

  it('flags nobody when nobody was placed', () => {
    const groups = [group('A', 10, 3), group('B', 10)];
    const table = equityTable(groups, total(groups));
    expect(table.groups.every((row) => !row.belowFourFifths && row.placedRatioToBest === null)).toBe(true);
  });

  it(`hides every figure of a group of fewer than ${EQUITY_SUPPRESSION_THRESHOLD}, and the smallest other group so it cannot be worked out`, () => {
    const groups = [group('Tiny', 4, 4, 4, 4), group('Small', 6, 1), group('Big', 40, 10, 5, 2)];
    const table = equityTable(groups, total(groups));
    const byLabel = Object.fromEntries(table.groups.map((row) => [row.label, row]));
    expect(byLabel['Tiny']).toMatchObject({
      suppressed: true,
      suppression: 'SMALL_GROUP',
      eligible: null,
      applied: null,
      offered: null,
      placed: null,
      appliedRate: null,
      offeredRate: null,
      placedRate: null,
      belowFourFifths: false,
    });
    expect(byLabel['Small']).toMatchObject({ suppressed: true, suppression: 'COMPLEMENT', eligible: null });
    expect(byLabel['Big'].suppressed).toBe(false);
    expect(table.overall).toMatchObject({ eligible: 50, suppressed: false });
  });

  it('hides more groups while the hidden ones hold fewer than the threshold together', () => {
    const hidden = equitySuppressions([
      group('a', 1),
      group('b', 2),
      group('c', 5),
      group('d', 7),
      group('e', 9),
    ]);
    expect(Object.fromEntries(hidden)).toEqual({ a: 'SMALL_GROUP', b: 'SMALL_GROUP', c: 'COMPLEMENT' });
  });

  it('hides nothing more when two small groups already hold enough people together', () => {
    const hidden = equitySuppressions([group('a', 3), group('b', 4), group('c', 20)]);
    expect(Object.fromEntries(hidden)).toEqual({ a: 'SMALL_GROUP', b: 'SMALL_GROUP' });
  });

  it('hides the whole table when the organization itself has fewer than the threshold', () => {
    const groups = [group('a', 2, 1, 1, 1), group('b', 2)];
    const table = equityTable(groups, total(groups));
    expect(table.overall).toMatchObject({ suppressed: true, eligible: null, placedRate: null });
    expect(table.groups.every((row) => row.suppressed)).toBe(true);
  });

  it('puts people with nothing recorded last', () => {
    const groups = [group(EQUITY_NOT_RECORDED, 5, 0, 0, 0, null), group('Zürich', 5), group('Austin', 5)];
    expect(equityTable(groups, total(groups)).groups.map((row) => row.label)).toEqual([
      'Austin',
      'Zürich',
      EQUITY_NOT_RECORDED,
    ]);
  });

  it('never lets a hidden group be recovered as the total minus the shown groups (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 30 }), { minLength: 1, maxLength: 8 }), (sizes) => {
        const groups = sizes.map((size, index) => group(`g${index}`, size));
        const table = equityTable(groups, total(groups));
        const hidden = table.groups.filter((row) => row.suppressed);
        const every = table.groups.length;
        if (table.overall.suppressed) return hidden.length === every;
        const hiddenPeople = groups
          .filter((g) => hidden.some((row) => row.key === g.key))
          .reduce((sum, g) => sum + g.eligible, 0);
        const noSmallShown = table.groups.every(
          (row) => row.suppressed || (row.eligible ?? 0) >= EQUITY_SUPPRESSION_THRESHOLD,
        );
        const notRecoverable =
          hidden.length === 0 ||
          hidden.length === every ||
          (hidden.length >= 2 && hiddenPeople >= EQUITY_SUPPRESSION_THRESHOLD);
        return noSmallShown && notRecoverable;
      }),
    );
  });

  describe('period', () => {
    it('defaults to the twelve months up to today', () => {
      expect(equityPeriod({}, '2026-12-02')).toEqual({ from: '2025-12-03', to: '2026-12-02' });
      expect(defaultEquityPeriod('2024-02-29')).toEqual({ from: '2023-03-01', to: '2024-02-29' });
    });

    it('fills a missing start as twelve months before the end asked for', () => {
      expect(equityPeriod({ to: '2026-06-30' }, '2026-12-02')).toEqual({
        from: '2025-07-01',
        to: '2026-06-30',
      });
      expect(equityPeriod({ from: '2026-01-01' }, '2026-12-02')).toEqual({
        from: '2026-01-01',
        to: '2026-12-02',
      });
    });

    it('refuses an end before the start, naming the end', () => {
      expect(equityPeriod({ from: '2026-05-02', to: '2026-05-01' }, '2026-12-02')).toEqual({
        field: 'to',
        message: expect.stringContaining('before it starts'),
      });
      expect(equityPeriod({ from: '2026-05-01', to: '2026-05-01' }, '2026-12-02')).toEqual({
        from: '2026-05-01',
        to: '2026-05-01',
      });
    });
  });
});
