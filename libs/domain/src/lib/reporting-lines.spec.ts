import fc from 'fast-check';
import { inReportingLine } from './reporting-lines';

/** ceo ← cto ← marcus ← alex, and ceo ← cro ← sales-lead ← sam: each person's managers, nearest first. */
const CHAINS: Record<string, string[]> = {
  ceo: [],
  cro: ['ceo'],
  'sales-lead': ['cro', 'ceo'],
  sam: ['sales-lead', 'cro', 'ceo'],
  cto: ['ceo'],
  marcus: ['cto', 'ceo'],
  alex: ['marcus', 'cto', 'ceo'],
};
const line = (id: string) => ({ personId: id, managerChain: CHAINS[id] });

describe('reporting lines', () => {
  it('puts managers above and reports below in the same line, and colleagues elsewhere outside it', () => {
    expect(inReportingLine(line('alex'), line('cto'))).toBe(true);
    expect(inReportingLine(line('cto'), line('alex'))).toBe(true);
    expect(inReportingLine(line('alex'), line('sam'))).toBe(false);
    expect(inReportingLine(line('marcus'), line('sales-lead'))).toBe(false);
    // Everyone is in the line of the person at the top, and in their own.
    expect(inReportingLine(line('sam'), line('ceo'))).toBe(true);
    expect(inReportingLine(line('sam'), line('sam'))).toBe(true);
  });

  it('is symmetric (property)', () => {
    const people = Object.keys(CHAINS);
    fc.assert(
      fc.property(fc.constantFrom(...people), fc.constantFrom(...people), (a, b) => {
        expect(inReportingLine(line(a), line(b))).toBe(inReportingLine(line(b), line(a)));
      }),
    );
  });
});
