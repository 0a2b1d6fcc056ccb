import fc from 'fast-check';
import { escalationStep } from './consent';

describe('consent escalation', () => {
  const friday = new Date('2026-12-04T10:00:00Z');

  it("sends an overdue request to the approver's own manager with a fresh deadline in working days", () => {
    expect(escalationStep({ managerId: 'vp' }, friday, 5)).toEqual({
      action: 'ESCALATE',
      to: 'vp',
      dueAt: new Date('2026-12-11T10:00:00Z'),
    });
  });

  it('tells HR and keeps waiting at the top of the reporting line', () => {
    expect(escalationStep({ managerId: null }, friday, 2)).toEqual({
      action: 'TELL_HR',
      dueAt: new Date('2026-12-08T10:00:00Z'),
    });
  });

  it('never approves and always gives a later deadline (property)', () => {
    fc.assert(
      fc.property(
        fc.option(fc.uuid(), { nil: null }),
        fc.date({ min: new Date('2020-01-01'), max: new Date('2035-01-01'), noInvalidDate: true }),
        fc.integer({ min: 1, max: 30 }),
        (managerId, now, days) => {
          const step = escalationStep({ managerId }, now, days);
          expect(['ESCALATE', 'TELL_HR']).toContain(step.action);
          expect(step.dueAt.getTime()).toBeGreaterThan(now.getTime());
          if (step.action === 'ESCALATE') expect(step.to).toBe(managerId);
        },
      ),
    );
  });
});
