import fc from 'fast-check';
import { functionOf, inReportingLine, managerChainOf } from './reporting-lines';

const managers: Record<string, string | null> = {
  ceo: null,
  cro: 'ceo',
  'sales-lead': 'cro',
  sam: 'sales-lead',
  cto: 'ceo',
  marcus: 'cto',
  alex: 'marcus',
};
const managerOf = (id: string) => managers[id];

describe('reporting lines', () => {
  it("walks a person's managers, nearest first", () => {
    expect(managerChainOf('alex', managerOf)).toEqual(['marcus', 'cto', 'ceo']);
    expect(managerChainOf('ceo', managerOf)).toEqual([]);
  });

  it('stops at a cycle instead of looping', () => {
    const cyclic: Record<string, string> = { a: 'b', b: 'c', c: 'a' };
    expect(managerChainOf('a', (id) => cyclic[id])).toEqual(['b', 'c']);
  });

  it('puts managers above and reports below in the same line, and colleagues elsewhere outside it', () => {
    const line = (id: string) => ({ personId: id, managerChain: managerChainOf(id, managerOf) });
    expect(inReportingLine(line('alex'), line('cto'))).toBe(true);
    expect(inReportingLine(line('cto'), line('alex'))).toBe(true);
    expect(inReportingLine(line('alex'), line('sam'))).toBe(false);
    // Everyone is in the line of the person at the top.
    expect(inReportingLine(line('sam'), line('ceo'))).toBe(true);
  });

  it('is symmetric (property)', () => {
    const people = Object.keys(managers);
    fc.assert(
      fc.property(fc.constantFrom(...people), fc.constantFrom(...people), (a, b) => {
        const line = (id: string) => ({ personId: id, managerChain: managerChainOf(id, managerOf) });
        expect(inReportingLine(line(a), line(b))).toBe(inReportingLine(line(b), line(a)));
      }),
    );
  });

  it('finds the function a unit belongs to', () => {
    const parents: Record<string, string | null> = {
      engineering: null,
      platform: 'engineering',
      sre: 'platform',
    };
    expect(functionOf('sre', (id) => parents[id])).toBe('engineering');
    expect(functionOf('engineering', (id) => parents[id])).toBe('engineering');
  });
});
