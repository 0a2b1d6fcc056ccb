import { ConsentEscalation } from '../src/consent/consent-escalation.service';
import { onlyError, TestBridge } from './bridge-test-app';

const CREATE = `mutation($input: CreateOpportunityInput!) { createOpportunity(input: $input) {
  id status kind title seats seatsFilled hoursPerWeek crossFunctional capabilityKeys skills sponsor { id } hostUnit { id name } } }`;
const PUBLISH = 'mutation($id: ID!) { publishOpportunity(id: $id) { id status publishedAt } }';
const APPLY = `mutation($opportunityId: ID!, $motivation: String!) { applyToOpportunity(opportunityId: $opportunityId, motivation: $motivation) {
  id status candidate { id } opportunity { id } consentRequests { status approver { id } } } }`;
const CONSENT = `mutation($applicationId: ID!, $approve: Boolean!, $reason: String) {
  decideConsent(applicationId: $applicationId, approve: $approve, reason: $reason) { id status statusReason } }`;
const SHORTLIST = 'mutation($id: ID!) { shortlistApplication(id: $id) { id status } }';
const OFFER = 'mutation($applicationId: ID!) { offerPlacement(applicationId: $applicationId) { id status } }';
const RESPOND = `mutation($applicationId: ID!, $accept: Boolean!) { respondToOffer(applicationId: $applicationId, accept: $accept) {
  id status placement { id status hoursPerWeek } } }`;

interface Opportunity {
  id: string;
  status: string;
  seatsFilled: number;
  hostUnit: { id: string; name: string } | null;
}

function projectInput(overrides: Record<string, unknown> = {}) {
  return {
    kind: 'STRETCH_PROJECT',
    title: 'Lead the returns process redesign',
    description: 'Bring Operations, Finance and Engineering together to halve the time a return takes.',
    seats: 2,
    hoursPerWeek: 4,
    startsOn: '2027-01-04',
    endsOn: '2027-03-26',
    capabilityKeys: ['delegation', 'influence-across-teams'],
    skills: ['Process improvement', ' process improvement ', 'Stakeholder management'],
    crossFunctional: true,
    ...overrides,
  };
}

describe('the marketplace', () => {
  let bridge: TestBridge;
  let sponsor: string;
  let candidate: string;
  let manager: string;
  let ids: { candidate: string; manager: string; sponsor: string; managersManager: string };

  beforeAll(async () => {
    bridge = await TestBridge.start();
    [sponsor, candidate, manager] = await Promise.all(
      ['sponsor@acme.test', 'candidate@acme.test', 'manager@acme.test'].map((email) => bridge.signIn(email)),
    );
    const rows = await bridge.sql<{ email: string; id: string; manager_id: string }>(
      "SELECT email, id, manager_id FROM person WHERE email IN ('candidate@acme.test', 'manager@acme.test', 'sponsor@acme.test')",
    );
    const byEmail = (email: string) => {
      const row = rows.find((candidateRow) => candidateRow.email === email);
      if (!row) throw new Error(`${email} is not in the demo data`);
      return row;
    };
    ids = {
      candidate: byEmail('candidate@acme.test').id,
      manager: byEmail('manager@acme.test').id,
      sponsor: byEmail('sponsor@acme.test').id,
      managersManager: byEmail('manager@acme.test').manager_id,
    };
  });

  afterAll(async () => {
    await bridge.stop();
  });

  async function postOpportunity(
    overrides: Record<string, unknown> = {},
    token = sponsor,
  ): Promise<Opportunity> {
    const { createOpportunity } = await bridge.data<{ createOpportunity: Opportunity }>(
      CREATE,
      { input: projectInput(overrides) },
      token,
    );
    const { publishOpportunity } = await bridge.data<{ publishOpportunity: Opportunity }>(
      PUBLISH,
      { id: createOpportunity.id },
      token,
    );
    return { ...createOpportunity, ...publishOpportunity };
  }

  async function countRows(table: string): Promise<number> {
    const [{ count }] = await bridge.sql<{ count: string }>(`SELECT count(*) FROM ${table}`);
    return Number(count);
  }

  it('takes a cross-functional project from draft to placement, with consent and notifications along the way', async () => {
    const { createOpportunity: draft } = await bridge.data<{
      createOpportunity: Opportunity & { skills: string[]; sponsor: { id: string } };
    }>(CREATE, { input: projectInput() }, sponsor);
    expect(draft.status).toBe('DRAFT');
    expect(draft.skills).toEqual(['Process improvement', 'Stakeholder management']);
    expect(draft.sponsor.id).toBe(ids.sponsor);
    expect(draft.hostUnit?.name).toBe('Operations');

    // A draft is the sponsor's own: invisible to candidates until published.
    expect(
      onlyError(
        await bridge.graphql('query($id: ID!) { opportunity(id: $id) { id } }', { id: draft.id }, candidate),
      ).extensions?.code,
    ).toBe('NOT_FOUND');
    await bridge.data(PUBLISH, { id: draft.id }, sponsor);
    expect(onlyError(await bridge.graphql(PUBLISH, { id: draft.id }, sponsor)).extensions?.code).toBe(
      'CONFLICT',
    );

    const { applyToOpportunity: application } = await bridge.data<{
      applyToOpportunity: {
        id: string;
        status: string;
        consentRequests: { status: string; approver: { id: string } }[];
      };
    }>(
      APPLY,
      {
        opportunityId: draft.id,
        motivation: 'I have led two cross-team fixes and want to lead one end to end.',
      },
      candidate,
    );
    expect(application.status).toBe('AWAITING_CONSENT');
    expect(application.consentRequests).toEqual([{ status: 'PENDING', approver: { id: ids.manager } }]);
    expect(
      onlyError(await bridge.graphql(APPLY, { opportunityId: draft.id, motivation: 'again' }, candidate))
        .extensions?.code,
    ).toBe('CONFLICT');

    const { consentRequests } = await bridge.data<{
      consentRequests: {
        status: string;
        application: { id: string; opportunity: { hoursPerWeek: number; startsOn: string } };
      }[];
    }>(
      '{ consentRequests(pendingOnly: true) { status application { id opportunity { hoursPerWeek startsOn } } } }',
      {},
      manager,
    );
    expect(consentRequests).toEqual([
      {
        status: 'PENDING',
        application: { id: application.id, opportunity: { hoursPerWeek: 4, startsOn: '2027-01-04' } },
      },
    ]);
    const { notifications } = await bridge.data<{
      notifications: { edges: { node: { kind: string; title: string } }[] };
    }>('{ notifications(first: 5) { edges { node { kind title } } } }', {}, manager);
    expect(notifications.edges[0].node.kind).toBe('CONSENT_REQUESTED');

    // The sponsor cannot skip consent: until the manager agrees, the application is not theirs to see.
    expect(onlyError(await bridge.graphql(SHORTLIST, { id: application.id }, sponsor)).extensions?.code).toBe(
      'NOT_FOUND',
    );
    const { decideConsent } = await bridge.data<{ decideConsent: { status: string } }>(
      CONSENT,
      { applicationId: application.id, approve: true, reason: null },
      manager,
    );
    expect(decideConsent.status).toBe('SUBMITTED');
    expect(
      (
        await bridge.data<{ shortlistApplication: { status: string } }>(
          SHORTLIST,
          { id: application.id },
          sponsor,
        )
      ).shortlistApplication.status,
    ).toBe('SHORTLISTED');
    expect(
      (
        await bridge.data<{ offerPlacement: { status: string } }>(
          OFFER,
          { applicationId: application.id },
          sponsor,
        )
      ).offerPlacement.status,
    ).toBe('OFFERED');

    const { respondToOffer } = await bridge.data<{
      respondToOffer: { status: string; placement: { status: string; hoursPerWeek: number } };
    }>(RESPOND, { applicationId: application.id, accept: true }, candidate);
    expect(respondToOffer).toMatchObject({
      status: 'PLACED',
      placement: { status: 'ACTIVE', hoursPerWeek: 4 },
    });
    const accepted = onlyError(
      await bridge.graphql(RESPOND, { applicationId: application.id, accept: true }, candidate),
    );
    expect(accepted.extensions?.code).toBe('CONFLICT');

    const { opportunity } = await bridge.data<{
      opportunity: {
        seatsFilled: number;
        applicantCount: number;
        placements: { candidate: { id: string } }[];
      };
    }>(
      'query($id: ID!) { opportunity(id: $id) { seatsFilled applicantCount placements { candidate { id } } } }',
      { id: draft.id },
      sponsor,
    );
    expect(opportunity).toEqual({
      seatsFilled: 1,
      applicantCount: 1,
      placements: [{ candidate: { id: ids.candidate } }],
    });

    const { myCandidateProfile } = await bridge.data<{
      myCandidateProfile: { committedHours: number; activeProjects: number };
    }>('{ myCandidateProfile { committedHours activeProjects } }', {}, candidate);
    expect(myCandidateProfile).toEqual({ committedHours: 4, activeProjects: 1 });

    const candidateNotifications = await bridge.data<{
      unreadNotificationCount: number;
      notifications: { edges: { node: { kind: string } }[] };
    }>('{ unreadNotificationCount notifications(first: 10) { edges { node { kind } } } }', {}, candidate);
    expect(candidateNotifications.notifications.edges.map((edge) => edge.node.kind)).toEqual(
      expect.arrayContaining([
        'CONSENT_DECIDED',
        'APPLICATION_SHORTLISTED',
        'APPLICATION_OFFERED',
        'PLACEMENT_STARTED',
      ]),
    );
    expect(candidateNotifications.unreadNotificationCount).toBe(4);
    const { markNotificationsRead } = await bridge.data<{ markNotificationsRead: number }>(
      'mutation { markNotificationsRead }',
      {},
      candidate,
    );
    expect(markNotificationsRead).toBe(0);

    const sponsorKinds = await bridge.data<{ notifications: { edges: { node: { kind: string } }[] } }>(
      '{ notifications(first: 10) { edges { node { kind } } } }',
      {},
      sponsor,
    );
    // The sponsor hears of the application once it reaches them (after consent), then of the acceptance.
    expect(sponsorKinds.notifications.edges.map((edge) => edge.node.kind)).toEqual([
      'OFFER_ACCEPTED',
      'APPLICATION_RECEIVED',
    ]);

    // Completing the placement frees the seat and the candidate's hours.
    const [{ id: placementId }] = await bridge.sql<{ id: string }>(
      'SELECT id FROM placement WHERE application_id = $1',
      [application.id],
    );
    expect(
      onlyError(
        await bridge.graphql(
          'mutation($id: ID!) { endPlacement(placementId: $id, completed: false) { id } }',
          { id: placementId },
          sponsor,
        ),
      ).extensions?.field,
    ).toBe('reason');
    await bridge.data(
      'mutation($id: ID!) { endPlacement(placementId: $id, completed: true) { id status } }',
      { id: placementId },
      sponsor,
    );
    const [load] = await bridge.sql<{ committed_hours: number; seats_filled: number }>(
      'SELECT committed_hours, (SELECT seats_filled FROM opportunity WHERE id = $2) AS seats_filled FROM candidate_profile WHERE person_id = $1',
      [ids.candidate, draft.id],
    );
    expect(load).toEqual({ committed_hours: 0, seats_filled: 0 });
  });

  it.each([
    ['seats', { seats: 0 }, 'input.seats'],
    ['seats', { seats: 51 }, 'input.seats'],
    ['hours', { hoursPerWeek: 0 }, 'input.hoursPerWeek'],
    ['hours', { hoursPerWeek: 41 }, 'input.hoursPerWeek'],
    ['dates', { startsOn: '2027-03-01', endsOn: '2027-02-01' }, 'input.endsOn'],
    ['dates', { startsOn: '2027-02-30' }, 'input.startsOn'],
    ['capabilities', { capabilityKeys: ['delegation', 'juggling'] }, 'input.capabilityKeys'],
    ['title', { title: '     ' }, 'input.title'],
  ])(
    'refuses an opportunity with bad %s, naming the field, and stores nothing',
    async (_, overrides, field) => {
      const before = await countRows('opportunity');
      const error = onlyError(await bridge.graphql(CREATE, { input: projectInput(overrides) }, sponsor));
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(error.message).toContain(field);
      expect(await countRows('opportunity')).toBe(before);
    },
  );

  it('refuses bad applications with clear errors and changes nothing', async () => {
    const crossFunctional = await postOpportunity();
    const before = {
      applications: await countRows('application'),
      consent: await countRows('consent_request'),
      notifications: await countRows('notification'),
    };

    const blank = onlyError(
      await bridge.graphql(APPLY, { opportunityId: crossFunctional.id, motivation: '   ' }, candidate),
    );
    expect(blank.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'motivation' });

    const tooLong = onlyError(
      await bridge.graphql(
        APPLY,
        { opportunityId: crossFunctional.id, motivation: 'x'.repeat(4001) },
        candidate,
      ),
    );
    expect(tooLong.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'motivation' });

    // Someone from the host function (Operations) may not apply to a cross-functional opportunity.
    const [colleague] = await bridge.sql<{ email: string }>(
      `UPDATE person SET roles = '{CANDIDATE}' WHERE id = (
         SELECT p.id FROM person p JOIN org_unit u ON u.id = p.unit_id LEFT JOIN org_unit f ON f.id = u.parent_id
         WHERE coalesce(f.name, u.name) = 'Operations' AND p.email NOT LIKE 'sponsor@%' ORDER BY p.employee_id LIMIT 1)
       RETURNING email`,
    );
    await bridge.sql(
      `INSERT INTO candidate_profile (organization_id, person_id, target_transition, hours_per_week)
       SELECT organization_id, id, 'T1', 10 FROM person WHERE email = $1 ON CONFLICT DO NOTHING`,
      [colleague.email],
    );
    const insider = await bridge.signIn(colleague.email);
    const ownFunction = onlyError(
      await bridge.graphql(APPLY, { opportunityId: crossFunctional.id, motivation: 'Let me' }, insider),
    );
    expect(ownFunction.extensions?.code).toBe('FORBIDDEN');
    expect(ownFunction.message).toContain('other functions');

    const closed = await postOpportunity({ crossFunctional: false });
    await bridge.data(
      'mutation($id: ID!) { closeOpportunity(id: $id) { status } }',
      { id: closed.id },
      sponsor,
    );
    const toClosed = onlyError(
      await bridge.graphql(APPLY, { opportunityId: closed.id, motivation: 'Please' }, candidate),
    );
    expect(toClosed.extensions?.code).toBe('CONFLICT');

    const tooManyHours = await postOpportunity({ hoursPerWeek: 20 });
    expect(
      onlyError(
        await bridge.graphql(APPLY, { opportunityId: tooManyHours.id, motivation: 'I can' }, candidate),
      ).message,
    ).toContain('your profile offers 6');

    expect({
      applications: await countRows('application'),
      consent: await countRows('consent_request'),
      notifications: await countRows('notification'),
    }).toEqual(before);
  });

  it('lets only the manager asked answer a consent request, and requires a reason to decline', async () => {
    const opportunity = await postOpportunity();
    const { applyToOpportunity } = await bridge.data<{ applyToOpportunity: { id: string } }>(
      APPLY,
      { opportunityId: opportunity.id, motivation: 'Keen' },
      candidate,
    );
    const notTheirReport = onlyError(
      await bridge.graphql(CONSENT, { applicationId: applyToOpportunity.id, approve: true }, sponsor),
    );
    expect(notTheirReport.extensions?.code).toBe('FORBIDDEN');
    const noReason = onlyError(
      await bridge.graphql(
        CONSENT,
        { applicationId: applyToOpportunity.id, approve: false, reason: '  ' },
        manager,
      ),
    );
    expect(noReason.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    const [{ status }] = await bridge.sql<{ status: string }>(
      'SELECT status FROM application WHERE id = $1',
      [applyToOpportunity.id],
    );
    expect(status).toBe('AWAITING_CONSENT');

    const { decideConsent } = await bridge.data<{ decideConsent: { status: string; statusReason: string } }>(
      CONSENT,
      {
        applicationId: applyToOpportunity.id,
        approve: false,
        reason: 'We ship the platform migration this quarter.',
      },
      manager,
    );
    expect(decideConsent).toMatchObject({
      status: 'DECLINED',
      statusReason: 'We ship the platform migration this quarter.',
    });
    expect(
      onlyError(
        await bridge.graphql(CONSENT, { applicationId: applyToOpportunity.id, approve: true }, manager),
      ).extensions?.code,
    ).toBe('CONFLICT');
    // A declined application is no longer live: the candidate may apply again later.
    const again = await bridge.data<{ applyToOpportunity: { status: string } }>(
      APPLY,
      { opportunityId: opportunity.id, motivation: 'Next quarter?' },
      candidate,
    );
    expect(again.applyToOpportunity.status).toBe('AWAITING_CONSENT');
    await bridge.data(
      'mutation($id: ID!) { withdrawApplication(id: $id) { status } }',
      {
        id: (
          await bridge.sql<{ id: string }>(
            "SELECT id FROM application WHERE status = 'AWAITING_CONSENT' AND opportunity_id = $1",
            [opportunity.id],
          )
        )[0].id,
      },
      candidate,
    );
  });

  it('escalates an unanswered consent request to the manager’s manager after the deadline, never approving it', async () => {
    const opportunity = await postOpportunity();
    const { applyToOpportunity } = await bridge.data<{ applyToOpportunity: { id: string } }>(
      APPLY,
      { opportunityId: opportunity.id, motivation: 'Keen' },
      candidate,
    );
    const [{ due_at }] = await bridge.sql<{ due_at: Date }>(
      "SELECT due_at FROM consent_request WHERE application_id = $1 AND status = 'PENDING'",
      [applyToOpportunity.id],
    );
    expect(due_at.getTime()).toBeGreaterThan(Date.now() + 5 * 86_400_000);

    const escalations = bridge.provider(ConsentEscalation);
    expect(await escalations.escalateOverdue()).toBe(0);
    await bridge.sql(
      "UPDATE consent_request SET due_at = now() - interval '1 minute' WHERE application_id = $1",
      [applyToOpportunity.id],
    );
    expect(await escalations.escalateOverdue()).toBe(1);

    const requests = await bridge.sql<{ approver_id: string; status: string; escalation_level: number }>(
      'SELECT approver_id, status, escalation_level FROM consent_request WHERE application_id = $1 ORDER BY escalation_level',
      [applyToOpportunity.id],
    );
    expect(requests).toEqual([
      { approver_id: ids.manager, status: 'ESCALATED', escalation_level: 0 },
      { approver_id: ids.managersManager, status: 'PENDING', escalation_level: 1 },
    ]);
    const [{ status }] = await bridge.sql<{ status: string }>(
      'SELECT status FROM application WHERE id = $1',
      [applyToOpportunity.id],
    );
    expect(status).toBe('AWAITING_CONSENT');
    // The original manager can no longer answer; the one above can.
    expect(
      onlyError(
        await bridge.graphql(CONSENT, { applicationId: applyToOpportunity.id, approve: true }, manager),
      ).extensions?.code,
    ).toBe('CONFLICT');

    const hr = await bridge.signIn('hr@acme.test');
    const { consentStatistics } = await bridge.data<{
      consentStatistics: {
        manager: { id: string };
        escalated: number;
        approved: number;
        declined: number;
        refusalRate: number;
      }[];
    }>('{ consentStatistics { manager { id } escalated approved declined refusalRate } }', {}, hr);
    const marcus = consentStatistics.find((row) => row.manager.id === ids.manager);
    expect(marcus).toMatchObject({ escalated: 1, approved: 1, declined: 1 });
    expect(marcus?.refusalRate).toBeCloseTo(2 / 3);
    expect(
      onlyError(await bridge.graphql('{ consentStatistics { requested } }', {}, manager)).extensions?.code,
    ).toBe('FORBIDDEN');

    // At the top of the reporting line there is no one above: the request waits and HR is told.
    await bridge.sql(
      `UPDATE consent_request SET approver_id = (SELECT id FROM person WHERE manager_id IS NULL AND email LIKE '%@acme.test'),
              due_at = now() - interval '1 minute'
       WHERE application_id = $1 AND status = 'PENDING'`,
      [applyToOpportunity.id],
    );
    expect(await escalations.escalateOverdue()).toBe(1);
    const [waiting] = await bridge.sql<{ status: string; due_at: Date; escalation_level: number }>(
      "SELECT status, due_at, escalation_level FROM consent_request WHERE application_id = $1 AND status = 'PENDING'",
      [applyToOpportunity.id],
    );
    expect(waiting.status).toBe('PENDING');
    expect(waiting.escalation_level).toBe(1);
    expect(waiting.due_at.getTime()).toBeGreaterThan(Date.now());
    const { notifications } = await bridge.data<{
      notifications: { edges: { node: { kind: string; title: string } }[] };
    }>('{ notifications(first: 1) { edges { node { kind title } } } }', {}, hr);
    expect(notifications.edges[0].node).toEqual({
      kind: 'CONSENT_ESCALATED',
      title: 'Consent for Alex Rivera is overdue',
    });
  });

  it('seats exactly as many of 30 concurrent acceptances as there are seats; the rest get CONFLICT and nothing is half-written', async () => {
    const opportunity = await postOpportunity({ seats: 3, crossFunctional: false, hoursPerWeek: 2 });
    const people = await bridge.sql<{ id: string; email: string }>(
      `UPDATE person SET roles = '{CANDIDATE}' WHERE id IN (
         SELECT id FROM person WHERE roles = '{}' AND active ORDER BY employee_id LIMIT 30) RETURNING id, email`,
    );
    expect(people).toHaveLength(30);
    await bridge.sql(
      `INSERT INTO candidate_profile (organization_id, person_id, target_transition, hours_per_week)
       SELECT organization_id, id, 'T1', 8 FROM person WHERE id = ANY($1::uuid[])`,
      [people.map((person) => person.id)],
    );
    await bridge.sql(
      `INSERT INTO application (organization_id, id, opportunity_id, candidate_id, status, motivation)
       SELECT organization_id, gen_random_uuid(), $1, id, 'OFFERED', 'Offered in the test set-up' FROM person WHERE id = ANY($2::uuid[])`,
      [opportunity.id, people.map((person) => person.id)],
    );
    const tokens: string[] = [];
    for (const person of people) tokens.push(await bridge.signIn(person.email));
    const applications = await bridge.sql<{ id: string; candidate_id: string }>(
      'SELECT id, candidate_id FROM application WHERE opportunity_id = $1',
      [opportunity.id],
    );
    const tokenOf = new Map(people.map((person, index) => [person.id, tokens[index]]));

    const responses = await Promise.all(
      applications.map((application) =>
        bridge.graphql(
          RESPOND,
          { applicationId: application.id, accept: true },
          tokenOf.get(application.candidate_id),
        ),
      ),
    );
    const placed = responses.filter((response) => !response.errors);
    const conflicts = responses.filter((response) => response.errors?.[0]?.extensions?.code === 'CONFLICT');
    expect(placed).toHaveLength(3);
    expect(conflicts).toHaveLength(27);
    expect(conflicts[0].errors?.[0].message).toContain('seats');

    const [state] = await bridge.sql<{
      seats_filled: number;
      placements: string;
      placed: string;
      loaded: string;
    }>(
      `SELECT o.seats_filled,
              (SELECT count(*) FROM placement WHERE opportunity_id = o.id) AS placements,
              (SELECT count(*) FROM application WHERE opportunity_id = o.id AND status = 'PLACED') AS placed,
              (SELECT count(*) FROM candidate_profile WHERE person_id = ANY($2::uuid[]) AND committed_hours > 0) AS loaded
       FROM opportunity o WHERE o.id = $1`,
      [opportunity.id, people.map((person) => person.id)],
    );
    expect(state).toEqual({ seats_filled: 3, placements: '3', placed: '3', loaded: '3' });
  });

  it('turns a mentee’s request into an open mentoring opportunity candidates can find and apply to', async () => {
    const mentee = await bridge.signIn('mentee@acme.test');
    const { requestMentor } = await bridge.data<{
      requestMentor: {
        id: string;
        kind: string;
        status: string;
        seats: number;
        mentee: { id: string };
        sponsor: { id: string };
      };
    }>(
      'mutation($input: RequestMentorInput!) { requestMentor(input: $input) { id kind status seats mentee { id } sponsor { id } } }',
      {
        input: {
          goals: 'I want to get better at running discovery calls and negotiating renewals.',
          skills: ['Negotiation', 'Discovery'],
        },
      },
      mentee,
    );
    expect(requestMentor).toMatchObject({ kind: 'MENTORSHIP', status: 'OPEN', seats: 1 });
    expect(requestMentor.mentee.id).toBe(requestMentor.sponsor.id);

    const found = await bridge.data<{ opportunities: { edges: { node: { id: string } }[] } }>(
      '{ opportunities(filter: { kind: MENTORSHIP, search: "renewals negotiating", skill: "negotiation" }) { edges { node { id } } } }',
      {},
      candidate,
    );
    expect(found.opportunities.edges.map((edge) => edge.node.id)).toEqual([requestMentor.id]);
    const { applyToOpportunity } = await bridge.data<{ applyToOpportunity: { status: string } }>(
      APPLY,
      { opportunityId: requestMentor.id, motivation: 'I mentored two new AEs last year.' },
      candidate,
    );
    expect(applyToOpportunity.status).toBe('AWAITING_CONSENT');

    // No one mentors someone in their own reporting line: the mentee's manager may not apply.
    const [menteesManager] = await bridge.sql<{ email: string }>(
      `UPDATE person SET roles = '{CANDIDATE}' WHERE id = (SELECT manager_id FROM person WHERE email = 'mentee@acme.test') RETURNING email`,
    );
    await bridge.sql(
      `INSERT INTO candidate_profile (organization_id, person_id, target_transition, hours_per_week)
       SELECT organization_id, id, 'T2', 10 FROM person WHERE email = $1`,
      [menteesManager.email],
    );
    const ownLine = onlyError(
      await bridge.graphql(
        APPLY,
        { opportunityId: requestMentor.id, motivation: 'I know Sam well.' },
        await bridge.signIn(menteesManager.email),
      ),
    );
    expect(ownLine.extensions?.code).toBe('FORBIDDEN');
    expect(ownLine.message).toContain('reporting line');
  });

  it('browses open opportunities by capability, skill, hours and full text, and remembers saved ones', async () => {
    const browse = async (filter: Record<string, unknown>) =>
      (
        await bridge.data<{
          opportunities: {
            totalCount: number;
            edges: {
              node: {
                title: string;
                capabilityKeys: string[];
                skills: string[];
                hoursPerWeek: number;
                status: string;
              };
            }[];
          };
        }>(
          'query($filter: OpportunityFilterInput) { opportunities(filter: $filter, first: 50) { totalCount edges { node { title capabilityKeys skills hoursPerWeek status } } } }',
          { filter },
          candidate,
        )
      ).opportunities;
    const all = await browse({});
    expect(all.totalCount).toBeGreaterThanOrEqual(12);
    expect(all.edges.every((edge) => edge.node.status === 'OPEN')).toBe(true);
    const coaching = await browse({ capabilityKey: 'coaching' });
    expect(coaching.totalCount).toBeGreaterThan(0);
    expect(coaching.edges.every((edge) => edge.node.capabilityKeys.includes('coaching'))).toBe(true);
    const sql = await browse({ skill: 'sql' });
    expect(sql.edges.every((edge) => edge.node.skills.includes('SQL'))).toBe(true);
    const light = await browse({ maxHoursPerWeek: 2 });
    expect(light.edges.every((edge) => edge.node.hoursPerWeek <= 2)).toBe(true);
    const text = await browse({ search: 'warehouse safety' });
    expect(text.edges.map((edge) => edge.node.title)).toEqual(['Coordinate the warehouse safety campaign']);

    const [{ id }] = await bridge.sql<{ id: string }>(
      "SELECT id FROM opportunity WHERE title = 'Coordinate the warehouse safety campaign'",
    );
    await bridge.data('mutation($id: ID!) { saveOpportunity(id: $id) { id savedByMe } }', { id }, candidate);
    const saved = await browse({ savedByMe: true });
    expect(saved.edges.map((edge) => edge.node.title)).toEqual(['Coordinate the warehouse safety campaign']);
    await bridge.data('mutation($id: ID!) { unsaveOpportunity(id: $id) { id } }', { id }, candidate);
    expect((await browse({ savedByMe: true })).totalCount).toBe(0);
  });

  it('without SMTP settings, delivers the outbox to the log, each message once', async () => {
    let outbox: { status: string; attempts: number }[] = [];
    for (let attempt = 0; attempt < 50; attempt++) {
      outbox = await bridge.sql<{ status: string; attempts: number }>(
        'SELECT status, attempts FROM email_outbox',
      );
      if (outbox.every((row) => row.status === 'SENT')) break;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(outbox.length).toBeGreaterThan(10);
    expect(outbox.every((row) => row.status === 'SENT' && row.attempts === 1)).toBe(true);
  });
});
