import { OpportunityCalendarJob } from '../src/opportunities/opportunity-calendar.job';
import { onlyError, TestBridge } from './bridge-test-app';

const CREATE = `mutation($input: CreateOpportunityInput!) { createOpportunity(input: $input) { id status } }`;
const PUBLISH = 'mutation($id: ID!) { publishOpportunity(id: $id) { id status } }';
const APPLY = `mutation($opportunityId: ID!, $motivation: String!) {
  applyToOpportunity(opportunityId: $opportunityId, motivation: $motivation) { id status } }`;
const CONSENT = `mutation($applicationId: ID!, $approve: Boolean!, $reason: String) {
  decideConsent(applicationId: $applicationId, approve: $approve, reason: $reason) { id status } }`;
const OFFER = 'mutation($applicationId: ID!) { offerPlacement(applicationId: $applicationId) { id status } }';
const ACCEPT = `mutation($applicationId: ID!) { respondToOffer(applicationId: $applicationId, accept: true) {
  id status placement { id startsOn upcoming } } }`;
const APPLICANTS = `query($id: ID!) { applications(opportunityId: $id) { id statusReason candidate { id } } }`;

function project(overrides: Record<string, unknown> = {}) {
  return {
    kind: 'STRETCH_PROJECT',
    title: 'Run the supplier quality review',
    description: 'Bring Procurement and Operations together on supplier defects.',
    seats: 2,
    hoursPerWeek: 2,
    capabilityKeys: ['delegation'],
    skills: [],
    crossFunctional: false,
    ...overrides,
  };
}

describe('the marketplace rules', () => {
  let bridge: TestBridge;
  let sponsor: string;
  let candidate: string;
  let manager: string;
  let hr: string;
  let candidateId: string;

  beforeAll(async () => {
    bridge = await TestBridge.start();
    [sponsor, candidate, manager, hr] = await Promise.all(
      ['sponsor@acme.test', 'candidate@acme.test', 'manager@acme.test', 'hr@acme.test'].map((email) =>
        bridge.signIn(email),
      ),
    );
    [{ id: candidateId }] = await bridge.sql<{ id: string }>(
      "SELECT id FROM person WHERE email = 'candidate@acme.test'",
    );
  });

  afterAll(async () => {
    await bridge.stop();
  });

  async function post(overrides: Record<string, unknown> = {}): Promise<string> {
    const { createOpportunity } = await bridge.data<{ createOpportunity: { id: string } }>(
      CREATE,
      { input: project(overrides) },
      sponsor,
    );
    await bridge.data(PUBLISH, { id: createOpportunity.id }, sponsor);
    return createOpportunity.id;
  }

  async function apply(opportunityId: string): Promise<string> {
    const { applyToOpportunity } = await bridge.data<{ applyToOpportunity: { id: string } }>(
      APPLY,
      { opportunityId, motivation: 'I want to lead this.' },
      candidate,
    );
    return applyToOpportunity.id;
  }

  const notificationTitles = async (token: string) =>
    (
      await bridge.data<{ notifications: { edges: { node: { title: string } }[] } }>(
        '{ notifications(first: 50) { edges { node { title } } } }',
        {},
        token,
      )
    ).notifications.edges.map((edge) => edge.node.title);

  it('keeps an application from the sponsor until the manager consents, as the candidate is promised', async () => {
    const opportunityId = await post({ title: 'Consent first' });
    const applicationId = await apply(opportunityId);

    // Before consent: no applicant, no count, no notice, and the application itself reads as absent.
    expect(
      (await bridge.data<{ applications: unknown[] }>(APPLICANTS, { id: opportunityId }, sponsor))
        .applications,
    ).toEqual([]);
    expect(
      (
        await bridge.data<{ opportunity: { applicantCount: number } }>(
          'query($id: ID!) { opportunity(id: $id) { applicantCount } }',
          { id: opportunityId },
          sponsor,
        )
      ).opportunity.applicantCount,
    ).toBe(0);
    expect(await notificationTitles(sponsor)).not.toContain('Alex Rivera applied to “Consent first”');
    for (const token of [sponsor, hr])
      expect(
        onlyError(
          await bridge.graphql(
            'query($id: ID!) { application(applicationId: $id) { id } }',
            { id: applicationId },
            token,
          ),
        ).extensions?.code,
      ).toBe('NOT_FOUND');

    // Declined: the sponsor never sees it, nor the manager's reason.
    await bridge.data(
      CONSENT,
      { applicationId, approve: false, reason: 'Release week for the platform team' },
      manager,
    );
    expect(
      (await bridge.data<{ applications: unknown[] }>(APPLICANTS, { id: opportunityId }, sponsor))
        .applications,
    ).toEqual([]);
    const sponsorNotices = await notificationTitles(sponsor);
    expect(sponsorNotices.filter((title) => title.includes('Consent first'))).toEqual([]);

    // Asked again and approved: now it reaches the sponsor, who is told.
    const again = await apply(opportunityId);
    await bridge.data(CONSENT, { applicationId: again, approve: true }, manager);
    const { applications } = await bridge.data<{
      applications: { id: string; statusReason: string | null }[];
    }>(APPLICANTS, { id: opportunityId }, sponsor);
    expect(applications).toEqual([{ id: again, statusReason: null, candidate: { id: candidateId } }]);
    expect(await notificationTitles(sponsor)).toContain('Alex Rivera applied to “Consent first”');
  });

  it('tells a candidate at their limit which limit, by how much, and warns before the offer', async () => {
    const first = await post({ title: 'First project', hoursPerWeek: 2 });
    const second = await post({ title: 'Second project', hoursPerWeek: 2 });
    const placed = await apply(first);
    await bridge.data(CONSENT, { applicationId: placed, approve: true }, manager);
    await bridge.data(OFFER, { applicationId: placed }, sponsor);
    await bridge.data(ACCEPT, { applicationId: placed }, candidate);

    // The apply panel's hint: applying is allowed, accepting would not be.
    const { opportunity } = await bridge.data<{
      opportunity: {
        myEligibility: {
          eligible: boolean;
          problems: { reason: string; blocking: boolean; message: string }[];
        };
      };
    }>(
      'query($id: ID!) { opportunity(id: $id) { myEligibility { eligible problems { reason blocking message limit inUse needed } } } }',
      { id: second },
      candidate,
    );
    expect(opportunity.myEligibility).toEqual({
      eligible: true,
      problems: [
        {
          reason: 'CAPACITY_PROJECTS',
          blocking: false,
          message:
            'You can apply now, but you could not accept an offer yet. Accepting would make 2 projects at once, 1 over your limit of 1. Raise your project limit in your profile, or finish a placement first.',
          limit: 1,
          inUse: 1,
          needed: 1,
        },
      ],
    });

    const waiting = await apply(second);
    await bridge.data(CONSENT, { applicationId: waiting, approve: true }, manager);
    // The sponsor sees, on the applicant, that accepting would break the project limit.
    const { applications } = await bridge.data<{
      applications: {
        acceptEligibility: { eligible: boolean; problems: { reason: string; message: string }[] };
      }[];
    }>(
      'query($id: ID!) { applications(opportunityId: $id) { acceptEligibility { eligible problems { reason message } } } }',
      { id: second },
      sponsor,
    );
    expect(applications[0].acceptEligibility).toEqual({
      eligible: false,
      problems: [
        {
          reason: 'CAPACITY_PROJECTS',
          message: 'Accepting would make 2 projects at once for Alex Rivera, 1 over their limit of 1.',
        },
      ],
    });
    await bridge.data(OFFER, { applicationId: waiting }, sponsor);
    expect(await notificationTitles(candidate)).toContain('You have an offer for “Second project”');

    const refused = onlyError(await bridge.graphql(ACCEPT, { applicationId: waiting }, candidate));
    expect(refused.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'CAPACITY_PROJECTS',
      limit: 1,
      inUse: 1,
      needed: 1,
    });
    expect(refused.message).toContain('1 over your limit of 1');
    expect(refused.message).toContain('Raise your project limit in your profile');
    const [{ status }] = await bridge.sql<{ status: string }>(
      'SELECT status FROM application WHERE id = $1',
      [waiting],
    );
    expect(status).toBe('OFFERED');

    // Raising the limit in the profile is the way out.
    await bridge.data(
      'mutation { updateCandidateProfile(input: { targetTransition: T1, capabilityKeys: ["delegation"], skills: [], hoursPerWeek: 6, maxProjects: 2 }) { maxProjects freeProjects } }',
      {},
      candidate,
    );
    const accepted = await bridge.data<{ respondToOffer: { status: string } }>(
      ACCEPT,
      { applicationId: waiting },
      candidate,
    );
    expect(accepted.respondToOffer.status).toBe('PLACED');
    const lowered = onlyError(
      await bridge.graphql(
        'mutation { updateCandidateProfile(input: { targetTransition: T1, capabilityKeys: [], skills: [], hoursPerWeek: 6, maxProjects: 1 }) { maxProjects } }',
        {},
        candidate,
      ),
    );
    expect(lowered.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'CAPACITY_BELOW_LOAD',
      field: 'input.maxProjects',
    });
  });

  it('refuses a full opportunity with SEATS_FULL, and says which rule in every refusal', async () => {
    const full = await post({ title: 'One seat only', seats: 1 });
    await bridge.sql('UPDATE opportunity SET seats_filled = seats WHERE id = $1', [full]);
    const error = onlyError(
      await bridge.graphql(APPLY, { opportunityId: full, motivation: 'Please' }, candidate),
    );
    expect(error.extensions).toMatchObject({ code: 'CONFLICT', reason: 'SEATS_FULL' });
    const own = onlyError(await bridge.graphql(APPLY, { opportunityId: full, motivation: 'Mine' }, sponsor));
    expect(own.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'PERMISSION_REQUIRED' });
  });

  it('refuses half-typed dates with a field error, and publishing an opportunity that has ended', async () => {
    const before = await bridge.sql<{ count: string }>('SELECT count(*) FROM opportunity');
    for (const startsOn of ['2027-02', '2027-2-1', '2027-02-30'])
      expect(
        onlyError(await bridge.graphql(CREATE, { input: project({ startsOn }) }, sponsor)).extensions,
      ).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'input.startsOn',
      });
    expect(await bridge.sql('SELECT count(*) FROM opportunity')).toEqual(before);

    const { createOpportunity } = await bridge.data<{ createOpportunity: { id: string } }>(
      CREATE,
      { input: project({ title: 'Last year', startsOn: '2025-01-06', endsOn: '2025-03-28' }) },
      sponsor,
    );
    const refused = onlyError(await bridge.graphql(PUBLISH, { id: createOpportunity.id }, sponsor));
    expect(refused.extensions).toMatchObject({ code: 'CONFLICT', reason: 'OPPORTUNITY_ENDED' });
    expect(refused.message).toContain('Change its dates');
  });

  it('closes opportunities after their end date, ending open applications and telling their candidates', async () => {
    const ending = await post({ title: 'Ends soon', endsOn: '2027-06-30' });
    const applicationId = await apply(ending);
    await bridge.sql('UPDATE opportunity SET ends_on = current_date - 1, starts_on = NULL WHERE id = $1', [
      ending,
    ]);
    const closed = await bridge.provider(OpportunityCalendarJob).closeEnded();
    expect(closed).toBeGreaterThanOrEqual(1);
    const [row] = await bridge.sql<{ status: string; application_status: string; consent: string }>(
      `SELECT o.status, a.status AS application_status,
              (SELECT status FROM consent_request WHERE application_id = a.id) AS consent
       FROM opportunity o JOIN application a ON a.opportunity_id = o.id WHERE a.id = $1`,
      [applicationId],
    );
    expect(row).toEqual({ status: 'CLOSED', application_status: 'REJECTED', consent: 'CANCELLED' });
    expect(await notificationTitles(candidate)).toContain('“Ends soon” has closed');
    expect(await bridge.provider(OpportunityCalendarJob).closeEnded()).toBe(0);
  });

  it('shows a placement whose work starts later as upcoming', async () => {
    const later = await post({
      title: 'Starts next year',
      startsOn: '2031-02-03',
      endsOn: '2031-06-30',
      hoursPerWeek: 1,
    });
    await bridge.sql('UPDATE candidate_profile SET max_projects = 3 WHERE person_id = $1', [candidateId]);
    const applicationId = await apply(later);
    await bridge.data(CONSENT, { applicationId, approve: true }, manager);
    await bridge.data(OFFER, { applicationId }, sponsor);
    const { respondToOffer } = await bridge.data<{
      respondToOffer: { placement: { startsOn: string; upcoming: boolean } };
    }>(ACCEPT, { applicationId }, candidate);
    expect(respondToOffer.placement).toMatchObject({ startsOn: '2031-02-03', upcoming: true });
    expect(await notificationTitles(candidate)).toContain(
      'Your placement on “Starts next year” starts on 2031-02-03',
    );
  });

  it('deletes a draft, and only a draft', async () => {
    const { createOpportunity } = await bridge.data<{ createOpportunity: { id: string } }>(
      CREATE,
      { input: project({ title: 'Never mind' }) },
      sponsor,
    );
    const open = await post({ title: 'Already out' });
    expect(
      onlyError(
        await bridge.graphql('mutation($id: ID!) { deleteOpportunity(id: $id) }', { id: open }, sponsor),
      ).extensions,
    ).toMatchObject({ code: 'CONFLICT', reason: 'NOT_A_DRAFT' });
    expect(
      onlyError(
        await bridge.graphql(
          'mutation($id: ID!) { deleteOpportunity(id: $id) }',
          { id: createOpportunity.id },
          candidate,
        ),
      ).extensions,
    ).toMatchObject({ code: 'NOT_FOUND' });
    expect(
      await bridge.data(
        'mutation($id: ID!) { deleteOpportunity(id: $id) }',
        { id: createOpportunity.id },
        sponsor,
      ),
    ).toEqual({ deleteOpportunity: createOpportunity.id });
    expect(await bridge.sql('SELECT id FROM opportunity WHERE id = $1', [createOpportunity.id])).toEqual([]);
  });

  it('accepts an application by applicationId or by its older name id, and refuses two different ones', async () => {
    const opportunityId = await post({ title: 'Two names' });
    const applicationId = await apply(opportunityId);
    const [other] = await bridge.sql<{ id: string }>('SELECT id FROM application WHERE id <> $1 LIMIT 1', [
      applicationId,
    ]);
    const query = 'query($a: ID, $b: ID) { application(applicationId: $a, id: $b) { id } }';
    expect(await bridge.data(query, { a: applicationId }, candidate)).toEqual({
      application: { id: applicationId },
    });
    expect(await bridge.data(query, { b: applicationId }, candidate)).toEqual({
      application: { id: applicationId },
    });
    expect(
      onlyError(await bridge.graphql(query, { a: applicationId, b: other.id }, candidate)).extensions,
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'applicationId',
    });
    expect(onlyError(await bridge.graphql(query, {}, candidate)).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'applicationId',
    });
  });

  it("gathers on each person's home what waits for them", async () => {
    const HOME = `{ home { consentRequests { application { id } } overdueConsentRequests offers { id }
      applicantsToReview { waiting opportunity { title } } placements { id } overdueConsentRequestsInOrganization } }`;
    const opportunityId = await post({ title: 'Home page check' });
    const applicationId = await apply(opportunityId);
    await bridge.sql(
      "UPDATE consent_request SET due_at = now() - interval '1 hour' WHERE application_id = $1",
      [applicationId],
    );
    const managerHome = (await bridge.data<{ home: Record<string, unknown> }>(HOME, {}, manager)).home;
    expect(managerHome.consentRequests).toContainEqual({ application: { id: applicationId } });
    expect(managerHome.overdueConsentRequests).toBe(1);
    expect(managerHome.overdueConsentRequestsInOrganization).toBeNull();
    expect(
      (await bridge.data<{ home: { overdueConsentRequestsInOrganization: number } }>(HOME, {}, hr)).home
        .overdueConsentRequestsInOrganization,
    ).toBeGreaterThanOrEqual(1);

    await bridge.data(CONSENT, { applicationId, approve: true }, manager);
    const sponsorHome = (
      await bridge.data<{
        home: { applicantsToReview: { waiting: number; opportunity: { title: string } }[] };
      }>(HOME, {}, sponsor)
    ).home;
    expect(sponsorHome.applicantsToReview).toContainEqual({
      waiting: 1,
      opportunity: { title: 'Home page check' },
    });

    await bridge.data(OFFER, { applicationId }, sponsor);
    const candidateHome = (
      await bridge.data<{ home: { offers: { id: string }[]; placements: unknown[] } }>(HOME, {}, candidate)
    ).home;
    expect(candidateHome.offers).toContainEqual({ id: applicationId });
    expect(candidateHome.placements.length).toBeGreaterThanOrEqual(1);
  });
});
