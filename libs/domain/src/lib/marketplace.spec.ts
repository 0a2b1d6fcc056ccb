import fc from 'fast-check';
import {
  addWorkingDays,
  APPLICATION_TRANSITIONS,
  ApplicationAction,
  ApplicationOrigin,
  consentAction,
  firstApplicationStatus,
  ApplicationStatus,
  LIVE_APPLICATION_STATUSES,
  nextApplicationStatus,
  normalizeSkills,
} from './marketplace';

const ACTIONS = Object.keys(APPLICATION_TRANSITIONS) as ApplicationAction[];
const STATUSES = Object.values(ApplicationStatus);

describe('the application state machine', () => {
  it('walks the happy path from consent to placement', () => {
    let status = ApplicationStatus.AWAITING_CONSENT;
    for (const action of ['consentApproved', 'shortlist', 'offer', 'accept'] as const) {
      status = nextApplicationStatus(status, action) as ApplicationStatus;
    }
    expect(status).toBe(ApplicationStatus.PLACED);
  });

  it('never leaves an ended application, whatever is tried', () => {
    const ended = [ApplicationStatus.DECLINED, ApplicationStatus.REJECTED, ApplicationStatus.WITHDRAWN];
    for (const status of ended)
      for (const action of ACTIONS) expect(nextApplicationStatus(status, action)).toBeUndefined();
  });

  it('lets a placed candidate do nothing more through the application (placements end separately)', () => {
    for (const action of ACTIONS)
      expect(nextApplicationStatus(ApplicationStatus.PLACED, action)).toBeUndefined();
  });

  it('only reaches PLACED by accepting an offer, and offers only what reached the sponsor or came from a proposal', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...ACTIONS), { maxLength: 12 }), (actions) => {
        let status: ApplicationStatus = ApplicationStatus.AWAITING_CONSENT;
        const path: ApplicationStatus[] = [status];
        const taken: ApplicationAction[] = [];
        for (const action of actions) {
          const next = nextApplicationStatus(status, action);
          if (!next) continue;
          if (next === ApplicationStatus.PLACED) expect(status).toBe(ApplicationStatus.OFFERED);
          status = next;
          path.push(status);
          taken.push(action);
        }
        const offered = path.indexOf(ApplicationStatus.OFFERED);
        if (offered >= 0 && !taken.includes('consentApprovedOffer'))
          expect(path.slice(0, offered)).toContain(ApplicationStatus.SUBMITTED);
      }),
    );
  });

  it('counts every state that can still change, and PLACED, as live', () => {
    for (const status of STATUSES) {
      const canMove = ACTIONS.some((action) => nextApplicationStatus(status, action));
      expect(LIVE_APPLICATION_STATUSES.includes(status)).toBe(canMove || status === ApplicationStatus.PLACED);
    }
  });
});

describe('applications from matching proposals', () => {
  it('go to the manager first, and their consent makes them an offer', () => {
    expect(firstApplicationStatus(true, ApplicationOrigin.MATCH_PROPOSAL)).toBe(
      ApplicationStatus.AWAITING_CONSENT,
    );
    const action = consentAction(true, ApplicationOrigin.MATCH_PROPOSAL);
    expect(nextApplicationStatus(ApplicationStatus.AWAITING_CONSENT, action)).toBe(ApplicationStatus.OFFERED);
  });

  it('are offered at once to a candidate without a manager; applications reach the sponsor', () => {
    expect(firstApplicationStatus(false, ApplicationOrigin.MATCH_PROPOSAL)).toBe(ApplicationStatus.OFFERED);
    expect(firstApplicationStatus(false, ApplicationOrigin.APPLIED)).toBe(ApplicationStatus.SUBMITTED);
    expect(
      nextApplicationStatus(
        ApplicationStatus.AWAITING_CONSENT,
        consentAction(true, ApplicationOrigin.APPLIED),
      ),
    ).toBe(ApplicationStatus.SUBMITTED);
  });

  it('end when the manager declines, whatever their origin', () => {
    for (const origin of Object.values(ApplicationOrigin))
      expect(nextApplicationStatus(ApplicationStatus.AWAITING_CONSENT, consentAction(false, origin))).toBe(
        ApplicationStatus.DECLINED,
      );
  });
});

describe('addWorkingDays', () => {
  it('skips the weekend', () => {
    // Friday 2026-11-20 + 5 working days = Friday 2026-11-27; + 1 = Monday 2026-11-23.
    expect(addWorkingDays(new Date('2026-11-20T10:00:00Z'), 5).toISOString()).toBe(
      '2026-11-27T10:00:00.000Z',
    );
    expect(addWorkingDays(new Date('2026-11-20T10:00:00Z'), 1).toISOString()).toBe(
      '2026-11-23T10:00:00.000Z',
    );
  });

  it('always lands on a weekday, between n and n + 2 days per 5 later', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2020-01-01'), max: new Date('2035-01-01'), noInvalidDate: true }),
        fc.integer({ min: 1, max: 30 }),
        (from, days) => {
          const due = addWorkingDays(from, days);
          expect([0, 6]).not.toContain(due.getUTCDay());
          const calendarDays = Math.round((due.getTime() - from.getTime()) / 86_400_000);
          expect(calendarDays).toBeGreaterThanOrEqual(days);
          expect(calendarDays).toBeLessThanOrEqual(days + 2 * Math.ceil(days / 5) + 2);
        },
      ),
    );
  });
});

describe('normalizeSkills', () => {
  it('keeps the first spelling of each skill, trimmed, once', () => {
    expect(normalizeSkills([' SQL ', 'sql', 'Data  analysis', '', 'data analysis'])).toEqual([
      'SQL',
      'Data analysis',
    ]);
  });
});
