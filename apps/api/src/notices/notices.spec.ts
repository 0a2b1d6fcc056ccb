import { NotificationKind, PromotionDecision } from '@bridge/domain';
import { applicationOffered, applicationReceived, opportunityClosed } from './application-notices';
import { consentEscalated, consentRequested } from './consent-notices';
import { observationRequestDeclined, observationRequested, promotionReviewDecided } from './evidence-notices';
import { invitedToApply } from './matching-notices';
import { placementAccepted } from './placement-notices';

const opportunity = {
  id: 'o1',
  title: 'Lead the returns redesign',
  sponsorId: 'priya',
  hoursPerWeek: 4,
  startsOn: '2027-02-01',
  endsOn: '2027-03-26',
};

describe('notices', () => {
  it('invites a candidate to apply, linking to the opportunity and saying their manager is asked', () => {
    expect(invitedToApply('org', 'alex', opportunity, 'Dana Whitfield')).toEqual({
      organizationId: 'org',
      recipientId: 'alex',
      kind: NotificationKind.INVITED_TO_APPLY,
      title: 'Dana Whitfield invites you to apply to “Lead the returns redesign”',
      body: 'Dana Whitfield thinks “Lead the returns redesign” fits you (4 hours a week). Read it and apply if it interests you; as with any application, your manager is asked for the time.',
      link: '/marketplace/o1',
    });
  });

  it('tells the sponsor an application reached them, saying whether the manager agreed', () => {
    expect(applicationReceived('org', opportunity, 'Alex Rivera', true)).toEqual({
      organizationId: 'org',
      recipientId: 'priya',
      kind: NotificationKind.APPLICATION_RECEIVED,
      title: 'Alex Rivera applied to “Lead the returns redesign”',
      body: "Alex Rivera's manager agreed to 4 hours a week. The application is ready for your review.",
      link: '/opportunities/o1/applicants',
    });
    expect(applicationReceived('org', opportunity, 'Alex Rivera', false).body).toBe(
      'Alex Rivera applied and is ready for your review.',
    );
  });

  it('asks the manager for the time, with the dates and the deadline', () => {
    const notice = consentRequested(
      'org',
      'marcus',
      'Alex Rivera',
      opportunity,
      new Date('2026-12-09T10:00:00Z'),
    );
    expect(notice.body).toBe(
      '4 hours a week from 2027-02-01 to 2027-03-26. Please approve or decline by 2026-12-09.',
    );
    expect(notice.link).toBe('/consent-requests');
  });

  it('says a placement starting later is upcoming, not under way', () => {
    const upcoming = placementAccepted(
      'org',
      {
        candidateId: 'alex',
        candidateName: 'Alex Rivera',
        managerId: 'marcus',
        startsOn: '2027-02-01',
        today: '2026-12-02',
      },
      opportunity,
    );
    expect(upcoming.map((notice) => notice.title)).toEqual([
      'Alex Rivera accepted “Lead the returns redesign”',
      'Your placement on “Lead the returns redesign” starts on 2027-02-01',
      'Alex Rivera starts on “Lead the returns redesign” on 2027-02-01',
    ]);
    const started = placementAccepted(
      'org',
      {
        candidateId: 'alex',
        candidateName: 'Alex Rivera',
        managerId: null,
        startsOn: '2026-12-02',
        today: '2026-12-02',
      },
      opportunity,
    );
    expect(started.map((notice) => notice.title)).toEqual([
      'Alex Rivera accepted “Lead the returns redesign”',
      'Your placement on “Lead the returns redesign” has started',
    ]);
  });

  it('puts what accepting needs into an offer made to someone whose time is full', () => {
    expect(
      applicationOffered(
        'org',
        'alex',
        opportunity,
        'Accepting would make 2 projects at once, 1 over your limit of 1.',
      ).body,
    ).toBe(
      'Accept or decline it in My applications. 4 hours a week. Accepting would make 2 projects at once, 1 over your limit of 1.',
    );
  });

  it('tells everyone of an escalation what happened and why', () => {
    const notices = consentEscalated('org', {
      nextApproverId: 'vp',
      previousApproverId: 'marcus',
      previousApproverName: 'Marcus Lee',
      candidateId: 'alex',
      candidateName: 'Alex Rivera',
      opportunity,
      dueAt: new Date('2026-12-09T10:00:00Z'),
      workingDays: 5,
    });
    expect(notices.map((notice) => [notice.recipientId, notice.kind])).toEqual([
      ['vp', NotificationKind.CONSENT_ESCALATED],
      ['marcus', NotificationKind.CONSENT_ESCALATED],
      ['alex', NotificationKind.CONSENT_ESCALATED],
    ]);
    expect(notices[1].body).toContain('within 5 working days');
  });

  it('says why an application ended when its opportunity closed or reached its end date', () => {
    expect(opportunityClosed('org', 'alex', opportunity, true).body).toContain(
      'reached its end date (2027-03-26)',
    );
    expect(opportunityClosed('org', 'alex', opportunity, false).body).toContain('The sponsor closed');
  });

  it('says a candidate asks about their own leadership, and HR asks about the candidate by name', () => {
    const request = { organizationId: 'o', id: 'r', candidateId: 'alex', observerId: 'm', question: 'How?' };
    expect(
      observationRequested({ ...request, requestedById: 'alex' }, 'Alex Rivera', 'Alex Rivera').title,
    ).toBe('Alex Rivera asks for your observation of their leadership');
    expect(
      observationRequested({ ...request, requestedById: 'hr' }, 'Alex Rivera', 'Jordan Okafor').title,
    ).toBe('Jordan Okafor asks for your observation of Alex Rivera');
    expect(
      observationRequestDeclined({ organizationId: 'o', requestedById: 'alex' }, 'M', 'A', null).link,
    ).toBe('/evidence');
  });

  it('tells the candidate the outcome of their review and where to read the plan, never the evidence', () => {
    const notice = promotionReviewDecided({
      organizationId: 'o',
      id: 'r1',
      candidateId: 'alex',
      decision: PromotionDecision.READY_WITH_SUPPORT,
      snapshot: { transitionName: 'First-time manager' },
    });
    expect(notice).toMatchObject({
      recipientId: 'alex',
      title: 'Your promotion review for First-time manager: Ready with support',
      link: '/reviews/r1',
    });
  });
});
