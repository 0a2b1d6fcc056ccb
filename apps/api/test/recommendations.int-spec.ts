import { TenantDatabase } from '../src/database/tenant-database';
import { MatchingFactsService } from '../src/matching/matching-facts.service';
import { onlyError, TestBridge } from './bridge-test-app';

const CREATE = `mutation($input: CreateOpportunityInput!) { createOpportunity(input: $input) { id } }`;
const PUBLISH = 'mutation($id: ID!) { publishOpportunity(id: $id) { id } }';
const SAVE = 'mutation($id: ID!) { saveOpportunity(id: $id) { id } }';
const APPLY = `mutation($id: ID!) { applyToOpportunity(opportunityId: $id, motivation: "I want to lead this.") { id } }`;
const CONSENT = `mutation($id: ID!, $approve: Boolean!) {
  decideConsent(applicationId: $id, approve: $approve, reason: "Not this quarter") { id } }`;
const FOR_CANDIDATE = `query($id: ID!, $first: Int) { recommendedOpportunities(candidateId: $id, first: $first) {
  score opportunity { id title } reasons { factor label weight value contribution explanation } suggestions } }`;
const FOR_OPPORTUNITY = `query($id: ID!, $first: Int) { recommendedCandidates(opportunityId: $id, first: $first) {
  score invitedAt candidate { id name } reasons { factor value contribution } } }`;
const EXPLAIN = `query($o: ID!, $c: ID!) { matchExplanation(opportunityId: $o, candidateId: $c) {
  eligible problems { reason blocking message limit inUse needed } fit { score reasons { factor } } invitedAt candidate { name } } }`;
const INVITE = `mutation($o: ID!, $c: ID!) { inviteToApply(opportunityId: $o, candidateId: $c) {
  invitedAt candidate { id } opportunity { id } } }`;

interface Recommendation {
  score: number;
  opportunity: { id: string; title: string };
  reasons: {
    factor: string;
    label: string;
    weight: number;
    value: number;
    contribution: number;
    explanation: string;
  }[];
  suggestions: string[];
}

interface CandidateFit {
  score: number;
  invitedAt: string | null;
  candidate: { id: string; name: string };
}

interface Explanation {
  eligible: boolean;
  problems: { reason: string; blocking: boolean; message: string; limit: number | null }[];
  fit: { score: number; reasons: { factor: string }[] } | null;
  invitedAt: string | null;
  candidate: { name: string };
}

describe('recommendations', () => {
  let bridge: TestBridge;
  let sponsor: string;
  let candidate: string;
  let manager: string;
  let hr: string;
  let mentee: string;
  let otherTenant: string;
  let alex: { id: string; unit: string };

  beforeAll(async () => {
    bridge = await TestBridge.start();
    [sponsor, candidate, manager, hr, mentee, otherTenant] = await Promise.all(
      [
        'sponsor@acme.test',
        'candidate@acme.test',
        'manager@acme.test',
        'hr@acme.test',
        'mentee@acme.test',
        'hr@globex.test',
      ].map((email) => bridge.signIn(email)),
    );
    [alex] = await bridge.sql<{ id: string; unit: string }>(
      "SELECT id, unit_id AS unit FROM person WHERE email = 'candidate@acme.test'",
    );
  });

  afterAll(async () => {
    await bridge.stop();
  });

  async function post(overrides: Record<string, unknown> = {}): Promise<string> {
    const { createOpportunity } = await bridge.data<{ createOpportunity: { id: string } }>(
      CREATE,
      {
        input: {
          kind: 'STRETCH_PROJECT',
          title: 'Run the supplier quality review',
          description: 'Bring Procurement and Operations together on supplier defects.',
          seats: 1,
          hoursPerWeek: 2,
          capabilityKeys: ['delegation'],
          skills: [],
          crossFunctional: false,
          ...overrides,
        },
      },
      sponsor,
    );
    await bridge.data(PUBLISH, { id: createOpportunity.id }, sponsor);
    return createOpportunity.id;
  }

  const recommendedTo = async (token: string, first = 50) =>
    (
      await bridge.data<{ recommendedOpportunities: Recommendation[] }>(
        FOR_CANDIDATE,
        { id: alex.id, first },
        token,
      )
    ).recommendedOpportunities;

  const fitsOf = async (opportunityId: string, token = sponsor) =>
    (
      await bridge.data<{ recommendedCandidates: CandidateFit[] }>(
        FOR_OPPORTUNITY,
        { id: opportunityId, first: 50 },
        token,
      )
    ).recommendedCandidates;

  const explain = async (opportunityId: string, candidateId: string, token = sponsor) =>
    (
      await bridge.data<{ matchExplanation: Explanation }>(
        EXPLAIN,
        { o: opportunityId, c: candidateId },
        token,
      )
    ).matchExplanation;

  it('ranks the open opportunities for a candidate best first, each factor with its weight, value and words', async () => {
    const fitting = await post({
      title: 'Automate the returns triage',
      skills: ['TypeScript', 'Facilitation', 'Process improvement'],
      capabilityKeys: ['delegation', 'coaching'],
      crossFunctional: true,
    });
    await bridge.data(SAVE, { id: fitting }, candidate);

    const mine = await recommendedTo(candidate);
    expect(mine.length).toBeGreaterThan(1);
    expect(mine[0].opportunity).toEqual({ id: fitting, title: 'Automate the returns triage' });
    const scores = mine.map((item) => item.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    const [best] = mine;
    expect(best.reasons.map((reason) => reason.factor)).toEqual([
      'DEVELOPMENT',
      'SKILL',
      'INTEREST',
      'NEW_OBSERVER',
      'FAIR_ACCESS',
    ]);
    expect(best.reasons.map((reason) => reason.label)).toContain('Development fit');
    const byFactor = new Map(best.reasons.map((reason) => [reason.factor, reason]));
    expect(byFactor.get('SKILL')).toMatchObject({ value: 1, explanation: 'You have 3 of its 3 skills.' });
    expect(byFactor.get('INTEREST')).toMatchObject({ value: 1, weight: 0.1 });
    const contributions = best.reasons.reduce((sum, reason) => sum + reason.contribution, 0);
    expect(contributions).toBeCloseTo(best.score, 6);
    expect(best.suggestions.join(' ')).not.toContain('Saving it');

    // HR reads the same list; first cuts it.
    expect((await recommendedTo(hr, 1)).map((item) => item.opportunity.id)).toEqual([fitting]);
  });

  it('never recommends what the rule core refuses: own function, hours, and the manager’s refusal', async () => {
    const ownFunction = await post({
      title: 'Cross-functional at home',
      crossFunctional: true,
      hostUnitId: alex.unit,
    });
    const tooLong = await post({ title: 'Ten hours a week', hoursPerWeek: 10 });
    const refused = await post({ title: 'Refused by Marcus' });
    const { applyToOpportunity } = await bridge.data<{ applyToOpportunity: { id: string } }>(
      APPLY,
      { id: refused },
      candidate,
    );
    await bridge.data(CONSENT, { id: applyToOpportunity.id, approve: false }, manager);

    const ids = (await recommendedTo(candidate)).map((item) => item.opportunity.id);
    for (const id of [ownFunction, tooLong, refused]) expect(ids).not.toContain(id);
    for (const id of [ownFunction, tooLong, refused])
      expect((await fitsOf(id)).map((fit) => fit.candidate.id)).not.toContain(alex.id);

    // Why not Alex: the rule core's reasons, about Alex, with the numbers.
    expect((await explain(ownFunction, alex.id)).problems[0]).toMatchObject({
      reason: 'OWN_FUNCTION',
      blocking: true,
      message: 'Alex Rivera works in the function hosting this cross-functional opportunity.',
    });
    const hours = await explain(tooLong, alex.id);
    expect(hours).toMatchObject({ eligible: false, fit: null, candidate: { name: 'Alex Rivera' } });
    expect(hours.problems[0]).toMatchObject({ reason: 'CAPACITY_HOURS', limit: 6 });
    expect((await explain(refused, alex.id)).problems.map((problem) => problem.reason)).toContain(
      'MANAGER_REFUSED',
    );
  });

  it('explains an eligible colleague with the fit, and leaves out applicants the sponsor already sees', async () => {
    const opportunityId = await post({ title: 'Open to Alex', skills: ['TypeScript'] });
    const explained = await explain(opportunityId, alex.id);
    expect(explained).toMatchObject({ eligible: true, invitedAt: null });
    expect(explained.fit?.reasons).toHaveLength(5);
    expect((await fitsOf(opportunityId)).map((fit) => fit.candidate.id)).toContain(alex.id);

    const { applyToOpportunity } = await bridge.data<{ applyToOpportunity: { id: string } }>(
      APPLY,
      { id: opportunityId },
      candidate,
    );
    // Waiting for consent, the application is not the sponsor's to know of: Alex stays listed.
    expect((await fitsOf(opportunityId)).map((fit) => fit.candidate.id)).toContain(alex.id);
    expect((await recommendedTo(candidate)).map((item) => item.opportunity.id)).not.toContain(opportunityId);
    await bridge.data(CONSENT, { id: applyToOpportunity.id, approve: true }, manager);
    expect((await fitsOf(opportunityId)).map((fit) => fit.candidate.id)).not.toContain(alex.id);
  });

  it('suggests mentors to a mentee, never from their own reporting line', async () => {
    const [{ id: menteeId, managerId }] = await bridge.sql<{ id: string; managerId: string }>(
      'SELECT id, manager_id AS "managerId" FROM person WHERE email = \'mentee@acme.test\'',
    );
    // The mentee's manager could mentor on capacity alone: only the reporting line stops them.
    await bridge.sql(
      `INSERT INTO candidate_profile (organization_id, person_id, target_transition, skills, hours_per_week)
       SELECT organization_id, id, 'T1', '{Negotiation}', 10 FROM person WHERE id = $1
       ON CONFLICT (organization_id, person_id) DO UPDATE SET hours_per_week = 10, skills = '{Negotiation}'`,
      [managerId],
    );
    const { requestMentor } = await bridge.data<{ requestMentor: { id: string } }>(
      'mutation { requestMentor(input: { goals: "Get better at negotiating renewals.", skills: ["Negotiation"], hoursPerWeek: 1 }) { id } }',
      {},
      mentee,
    );
    const mentors = await fitsOf(requestMentor.id, mentee);
    expect(mentors.length).toBeGreaterThan(0);
    const ids = mentors.map((fit) => fit.candidate.id);
    expect(ids).not.toContain(managerId);
    expect(ids).not.toContain(menteeId);
    expect((await explain(requestMentor.id, managerId, mentee)).problems[0]).toMatchObject({
      reason: 'REPORTING_LINE',
    });
    // HR too; another sponsor may not.
    expect((await fitsOf(requestMentor.id, hr)).length).toBe(mentors.length);
    expect(
      onlyError(await bridge.graphql(FOR_OPPORTUNITY, { id: requestMentor.id }, sponsor)).extensions,
    ).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_SPONSOR' });
  });

  it('shows a candidate’s recommendations to them and HR only; another tenant’s id is not found', async () => {
    const [{ id: colleague }] = await bridge.sql<{ id: string }>(
      `SELECT p.id FROM person p JOIN candidate_profile cp ON cp.person_id = p.id
       WHERE p.email LIKE '%@acme.test' AND p.email <> 'candidate@acme.test' AND p.active LIMIT 1`,
    );
    const other = await bridge.signIn(
      (await bridge.sql<{ email: string }>('SELECT email FROM person WHERE id = $1', [colleague]))[0].email,
    );
    expect(onlyError(await bridge.graphql(FOR_CANDIDATE, { id: alex.id }, other)).extensions).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'PERMISSION_REQUIRED',
    });
    expect(onlyError(await bridge.graphql(FOR_CANDIDATE, { id: alex.id }, manager)).extensions?.code).toBe(
      'FORBIDDEN',
    );
    expect(
      onlyError(await bridge.graphql(FOR_CANDIDATE, { id: alex.id }, otherTenant)).extensions?.code,
    ).toBe('NOT_FOUND');
    const opportunityId = await post({ title: 'Acme only' });
    for (const document of [FOR_OPPORTUNITY, EXPLAIN])
      expect(
        onlyError(
          await bridge.graphql(document, { id: opportunityId, o: opportunityId, c: alex.id }, otherTenant),
        ).extensions?.code,
      ).toBe('NOT_FOUND');
    expect(
      onlyError(
        await bridge.graphql(
          EXPLAIN,
          { o: opportunityId, c: '00000000-0000-4000-8000-000000000000' },
          sponsor,
        ),
      ).extensions?.code,
    ).toBe('NOT_FOUND');
  });

  it('invites an eligible candidate once: notified, audited, shown as invited', async () => {
    const opportunityId = await post({ title: 'Invited to lead' });
    const before = await bridge.sql('SELECT 1 FROM notification WHERE recipient_id = $1', [alex.id]);
    const { inviteToApply } = await bridge.data<{
      inviteToApply: { invitedAt: string; candidate: { id: string }; opportunity: { id: string } };
    }>(INVITE, { o: opportunityId, c: alex.id }, sponsor);
    expect(inviteToApply).toMatchObject({ candidate: { id: alex.id }, opportunity: { id: opportunityId } });

    const { notifications } = await bridge.data<{
      notifications: { edges: { node: { kind: string; title: string; link: string } }[] };
    }>('{ notifications(first: 5) { edges { node { kind title link } } } }', {}, candidate);
    expect(notifications.edges[0].node).toEqual({
      kind: 'INVITED_TO_APPLY',
      title: 'Dana Whitfield invites you to apply to “Invited to lead”',
      link: `/marketplace/${opportunityId}`,
    });
    expect(await bridge.sql('SELECT 1 FROM notification WHERE recipient_id = $1', [alex.id])).toHaveLength(
      before.length + 1,
    );
    const audit = await bridge.sql<{ action: string; details: Record<string, string> }>(
      "SELECT action, details FROM audit_event WHERE action = 'invitation.sent' AND subject_person_id = $1",
      [alex.id],
    );
    expect(audit).toEqual([
      {
        action: 'invitation.sent',
        details: { candidateName: 'Alex Rivera', opportunityId, opportunityTitle: 'Invited to lead' },
      },
    ]);
    const listed = (await fitsOf(opportunityId)).find((fit) => fit.candidate.id === alex.id);
    expect(listed?.invitedAt).toBe(inviteToApply.invitedAt);
    expect((await explain(opportunityId, alex.id)).invitedAt).toBe(inviteToApply.invitedAt);

    // Twice: refused, and Alex is not told again.
    const again = onlyError(await bridge.graphql(INVITE, { o: opportunityId, c: alex.id }, hr));
    expect(again.extensions).toMatchObject({ code: 'CONFLICT', reason: 'ALREADY_INVITED' });
    expect(again.message).toBe(
      'Alex Rivera was already invited to apply to “Invited to lead”; they were told then.',
    );
    expect(await bridge.sql('SELECT 1 FROM notification WHERE recipient_id = $1', [alex.id])).toHaveLength(
      before.length + 1,
    );
  });

  it('refuses to invite an ineligible candidate with the rule core’s reason, storing and telling nothing', async () => {
    const opportunityId = await post({ title: 'Too many hours', hoursPerWeek: 12 });
    const error = onlyError(await bridge.graphql(INVITE, { o: opportunityId, c: alex.id }, sponsor));
    expect(error.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'CAPACITY_HOURS',
      limit: 6,
      needed: 12,
    });
    expect(error.message).toContain('12 hours');
    expect(
      await bridge.sql('SELECT 1 FROM invitation WHERE opportunity_id = $1', [opportunityId]),
    ).toHaveLength(0);
    const ownFunction = await post({ title: 'Not for home', crossFunctional: true, hostUnitId: alex.unit });
    expect(
      onlyError(await bridge.graphql(INVITE, { o: ownFunction, c: alex.id }, sponsor)).extensions,
    ).toMatchObject({ code: 'FORBIDDEN', reason: 'OWN_FUNCTION' });
    // Only the sponsor or HR invites.
    expect(
      onlyError(await bridge.graphql(INVITE, { o: opportunityId, c: alex.id }, manager)).extensions,
    ).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_SPONSOR' });
  });

  it("reads the engine's inputs: evidence per capability of the target transition, observers, interest", async () => {
    const [{ organizationId, hrId }] = await bridge.sql<{ organizationId: string; hrId: string }>(
      `SELECT organization_id AS "organizationId", id AS "hrId" FROM person WHERE email = 'hr@acme.test'`,
    );
    await bridge.data(
      `mutation($id: ID!) { recordObservation(input: { candidateId: $id, capabilityKey: "delegation",
        indicatorKey: "delegation-agrees-outcomes", rating: 3, situation: "The rollout", behaviour: "Agreed outcomes first",
        impact: "The team shipped", observedOn: "2026-01-15", visibility: SHARED }) { id } }`,
      { id: alex.id },
      hr,
    );
    const saved = await post({ title: 'Saved for the facts' });
    await bridge.data(SAVE, { id: saved }, candidate);
    const facts = bridge.provider(MatchingFactsService);
    const read = <T>(work: () => Promise<T>) => bridge.provider(TenantDatabase).run(organizationId, work);
    const [mine] = await read(() => facts.candidates(organizationId, [alex.id]));
    expect(mine.evidence.map((evidence) => evidence.capabilityKey)).toEqual([
      'valuing-managerial-work',
      'delegation',
      'coaching',
      'communication',
      'alignment',
      'lifting-others-up',
    ]);
    expect(mine.evidence[1]).toEqual({
      capabilityKey: 'delegation',
      capabilityName: 'Delegation',
      observations: 1,
      distinctObservers: 1,
    });
    expect(mine.evidence[2]).toMatchObject({ observations: 0, distinctObservers: 0 });
    expect(mine.observerIds).toEqual([hrId]);
    expect(mine.interestedOpportunityIds).toContain(saved);
    expect(mine.eligibility).toMatchObject({ personId: alex.id, name: 'Alex Rivera' });
  });

  it('answers from the kept candidate pool only while nothing a candidate’s fit reads has changed', async () => {
    const [{ version: before }] = await bridge.sql<{ version: string }>(
      `SELECT matching_version::text AS version FROM organization WHERE slug = 'acme'`,
    );
    const opportunityId = await post({ title: 'Kept pool, fresh answers', skills: ['Kotlin'] });
    const alexIn = async () => (await fitsOf(opportunityId)).find((fit) => fit.candidate.id === alex.id);
    const first = await alexIn();
    expect(first).toBeDefined();
    expect(await alexIn()).toEqual(first);

    // A profile change moves the version at commit; the next answer reads it.
    const profile = (hoursPerWeek: number, skills: string[]) =>
      bridge.data(
        `mutation($input: CandidateProfileInput!) { updateCandidateProfile(input: $input) { hoursPerWeek } }`,
        { input: { targetTransition: 'T1', capabilityKeys: ['delegation'], skills, hoursPerWeek } },
        candidate,
      );
    await profile(1, ['TypeScript']);
    expect(await alexIn()).toBeUndefined();
    await profile(6, ['Kotlin', 'TypeScript']);
    const skilled = await alexIn();
    expect(skilled?.score).toBeGreaterThan(first?.score ?? 1);

    // Saving the opportunity, in a request of its own, raises Alex's stated interest in the next answer.
    await bridge.data(SAVE, { id: opportunityId }, candidate);
    expect((await alexIn())?.score).toBeGreaterThan(skilled?.score ?? 1);
    const [{ version: after }] = await bridge.sql<{ version: string }>(
      `SELECT matching_version::text AS version FROM organization WHERE slug = 'acme'`,
    );
    expect(BigInt(after)).toBeGreaterThan(BigInt(before));
  });

  it('moves the matching version once per transaction and organization, however many rows change', async () => {
    const version = async () =>
      BigInt(
        (
          await bridge.sql<{ version: string }>(
            `SELECT matching_version::text AS version FROM organization WHERE slug = 'acme'`,
          )
        )[0].version,
      );
    const before = await version();
    await bridge.sql(
      `UPDATE person SET title = title WHERE organization_id = bridge_organization_id('acme')`,
    );
    expect(await version()).toBe(before + 1n);
    await bridge.sql(
      `UPDATE opportunity SET description = description WHERE organization_id = bridge_organization_id('acme')`,
    );
    expect(await version()).toBe(before + 1n);
  });

  it('refuses bad input naming the field', async () => {
    const opportunityId = await post({ title: 'Bad input' });
    for (const [document, variables, field] of [
      [FOR_CANDIDATE, { id: alex.id, first: 0 }, 'first'],
      [FOR_CANDIDATE, { id: alex.id, first: 51 }, 'first'],
      [FOR_CANDIDATE, { id: 'not-an-id' }, 'candidateId'],
      [FOR_OPPORTUNITY, { id: 'not-an-id' }, 'opportunityId'],
      [INVITE, { o: opportunityId, c: 'not-an-id' }, 'candidateId'],
    ] as const)
      expect(onlyError(await bridge.graphql(document, variables, hr)).extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field,
      });
    expect(
      await bridge.sql('SELECT 1 FROM invitation WHERE opportunity_id = $1', [opportunityId]),
    ).toHaveLength(0);
  });
});
