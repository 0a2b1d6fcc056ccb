import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { blockingProblems } from '@bridge/domain';
import { hardConstraints, MatchCandidate, MatchOpportunity } from '@bridge/matching';
import { TenantDatabase } from '../src/database/tenant-database';
import { MatchingFactsService } from '../src/matching/matching-facts.service';
import { InterruptedRoundsJob } from '../src/matching-rounds/interrupted-rounds.job';
import { onlyError, TestBridge } from './bridge-test-app';

const RUN = `mutation($input: RunMatchingRoundInput!) { runMatchingRound(input: $input) { id status progress phase } }`;
const ROUND = `query($id: ID!) { matchingRound(id: $id) {
  id status progress phase failureReason totalScore greedyScore proposalCount eligiblePairs edges firstStretchShare
  candidateCount opportunityCount
  proposals { id score status reasons { factor label weight value contribution explanation }
    candidate { id name } opportunity { id title } } } }`;
const CANCEL = 'mutation($id: ID!) { cancelMatchingRound(id: $id) { id status } }';
const ACCEPT = `mutation($id: ID!) { acceptMatchProposal(id: $id) { id status
  application { id status origin } } }`;
const ACCEPT_MANY = `mutation($ids: [ID!]!) { acceptMatchProposals(ids: $ids) { proposalId accepted reason message
  proposal { id status } } }`;
const CONSENT = `mutation($applicationId: ID!) { decideConsent(applicationId: $applicationId, approve: true) { id status } }`;
const RESPOND = `mutation($applicationId: ID!) { respondToOffer(applicationId: $applicationId, accept: true) { id status } }`;

interface Proposal {
  id: string;
  score: number;
  status: string;
  reasons: { factor: string; label: string; weight: number; value: number }[];
  candidate: { id: string; name: string };
  opportunity: { id: string; title: string };
}

interface Round {
  id: string;
  status: string;
  progress: number;
  phase: string;
  failureReason: string | null;
  totalScore: number | null;
  greedyScore: number | null;
  proposalCount: number | null;
  candidateCount: number;
  opportunityCount: number;
  proposals: Proposal[];
}

describe('matching rounds', () => {
  let bridge: TestBridge;
  let hr: string;
  let sponsor: string;
  let candidate: string;
  let manager: string;
  let organizationId: string;
  let alexId: string;

  const run = async (input: Record<string, unknown>): Promise<string> =>
    (await bridge.data<{ runMatchingRound: { id: string } }>(RUN, { input }, hr)).runMatchingRound.id;

  const round = async (id: string, token = hr): Promise<Round> =>
    (await bridge.data<{ matchingRound: Round }>(ROUND, { id }, token)).matchingRound;

  /** Waits for the round's job to finish it. */
  async function finished(id: string): Promise<Round> {
    const deadline = Date.now() + 30_000;
    for (;;) {
      const current = await round(id);
      if (!['QUEUED', 'RUNNING'].includes(current.status)) return current;
      if (Date.now() > deadline) throw new Error(`Round still ${current.status}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  async function roundCount(): Promise<number> {
    const [{ count }] = await bridge.sql<{ count: number }>(
      'SELECT count(*)::int AS count FROM matching_round',
    );
    return count;
  }

  /** Every proposal pair as the rule core sees it now, from the engine's own inputs. */
  async function engineInputs(candidateIds: string[], opportunityIds: string[]) {
    const facts = bridge.provider(MatchingFactsService);
    return bridge.provider(TenantDatabase).run(organizationId, async () => ({
      candidates: await facts.candidates(organizationId, candidateIds),
      opportunities: await facts.opportunities(organizationId, opportunityIds),
      facts: await facts.facts(organizationId, candidateIds, opportunityIds),
    }));
  }

  beforeAll(async () => {
    bridge = await TestBridge.start();
    [hr, sponsor, candidate, manager] = await Promise.all(
      ['hr@acme.test', 'sponsor@acme.test', 'candidate@acme.test', 'manager@acme.test'].map((email) =>
        bridge.signIn(email),
      ),
    );
    const [alex] = await bridge.sql<{ id: string; organization_id: string }>(
      "SELECT id, organization_id FROM person WHERE email = 'candidate@acme.test'",
    );
    alexId = alex.id;
    organizationId = alex.organization_id;
  });

  afterAll(async () => {
    await bridge?.stop();
  });

  it('refuses bad weights, naming the factor, and stores nothing', async () => {
    const weights = { DEVELOPMENT: 1, SKILL: -1, INTEREST: 0, NEW_OBSERVER: 0, FAIR_ACCESS: 0 };
    const negative = onlyError(await bridge.graphql(RUN, { input: { weights } }, hr));
    expect(negative.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.weights.SKILL' });
    const zero = { DEVELOPMENT: 0, SKILL: 0, INTEREST: 0, NEW_OBSERVER: 0, FAIR_ACCESS: 0 };
    const allZero = onlyError(await bridge.graphql(RUN, { input: { weights: zero } }, hr));
    expect(allZero.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.weights' });
    expect(allZero.message).toMatch(/weight/i);
    expect(await roundCount()).toBe(0);
  });

  it('refuses an empty choice, saying what to choose', async () => {
    const noCandidates = onlyError(await bridge.graphql(RUN, { input: { candidateIds: [] } }, hr));
    expect(noCandidates.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.candidateIds' });
    expect(noCandidates.message).toMatch(/at least one candidate/);
    const noOpportunities = onlyError(await bridge.graphql(RUN, { input: { opportunityIds: [] } }, hr));
    expect(noOpportunities.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.opportunityIds',
    });
    expect(noOpportunities.message).toMatch(/at least one open opportunity/);
    expect(await roundCount()).toBe(0);
  });

  it("answers another tenant's ids NOT_FOUND and a closed opportunity BAD_USER_INPUT naming it", async () => {
    const [foreign] = await bridge.sql<{ id: string }>(
      "SELECT p.id FROM person p JOIN organization o ON o.id = p.organization_id WHERE o.slug = 'globex' LIMIT 1",
    );
    const notFound = onlyError(
      await bridge.graphql(RUN, { input: { candidateIds: [alexId, foreign.id] } }, hr),
    );
    expect(notFound.extensions).toMatchObject({ code: 'NOT_FOUND', id: foreign.id });
    const [open] = await bridge.sql<{ id: string; title: string }>(
      "SELECT id, title FROM opportunity WHERE organization_id = $1 AND status = 'OPEN' ORDER BY id LIMIT 1",
      [organizationId],
    );
    await bridge.sql("UPDATE opportunity SET status = 'CLOSED' WHERE id = $1", [open.id]);
    try {
      const closed = onlyError(await bridge.graphql(RUN, { input: { opportunityIds: [open.id] } }, hr));
      expect(closed.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.opportunityIds' });
      expect(closed.message).toContain(open.title);
    } finally {
      await bridge.sql("UPDATE opportunity SET status = 'OPEN' WHERE id = $1", [open.id]);
    }
    expect(await roundCount()).toBe(0);
  });

  let firstRound: Round;

  it('completes a round over the whole tenant, with proposals that satisfy every constraint', async () => {
    const id = await run({});
    firstRound = await finished(id);
    expect(firstRound).toMatchObject({ status: 'COMPLETED', progress: 1, failureReason: null });
    const proposals = firstRound.proposals;
    expect(proposals.length).toBeGreaterThan(0);
    expect(firstRound.proposalCount).toBe(proposals.length);
    expect(firstRound.totalScore).toBeCloseTo(
      proposals.reduce((sum, proposal) => sum + proposal.score, 0),
      3,
    );
    expect(firstRound.totalScore).toBeGreaterThanOrEqual(firstRound.greedyScore ?? Infinity);
    // Each candidate at most once; each opportunity within its free seats; each pair allowed by the rule core.
    const candidateIds = proposals.map((proposal) => proposal.candidate.id);
    expect(new Set(candidateIds).size).toBe(candidateIds.length);
    const opportunityIds = [...new Set(proposals.map((proposal) => proposal.opportunity.id))];
    const inputs = await engineInputs(candidateIds, opportunityIds);
    const candidateById = new Map<string, MatchCandidate>(inputs.candidates.map((c) => [c.id, c]));
    const opportunityById = new Map<string, MatchOpportunity>(inputs.opportunities.map((o) => [o.id, o]));
    for (const opportunityId of opportunityIds) {
      const { seats, seatsFilled } = (opportunityById.get(opportunityId) as MatchOpportunity).eligibility;
      const taken = proposals.filter((proposal) => proposal.opportunity.id === opportunityId).length;
      expect(taken).toBeLessThanOrEqual(seats - seatsFilled);
    }
    for (const proposal of proposals) {
      const verdict = hardConstraints(
        candidateById.get(proposal.candidate.id) as MatchCandidate,
        opportunityById.get(proposal.opportunity.id) as MatchOpportunity,
        inputs.facts,
      );
      expect(blockingProblems(verdict)).toEqual([]);
      expect(proposal.reasons.map((reason) => reason.factor).sort()).toEqual(
        ['DEVELOPMENT', 'FAIR_ACCESS', 'INTEREST', 'NEW_OBSERVER', 'SKILL'].sort(),
      );
      expect(proposal.status).toBe('PROPOSED');
    }
    // Proposals come best first.
    const scores = proposals.map((proposal) => proposal.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('counts the rounds each candidate went without a proposal, and resets on one', async () => {
    const proposed = new Set(firstRound.proposals.map((proposal) => proposal.candidate.id));
    const streaks = await bridge.sql<{ candidate_id: string; rounds_without_proposal: number }>(
      'SELECT candidate_id, rounds_without_proposal FROM candidate_round_streak',
    );
    expect(streaks).toHaveLength(firstRound.candidateCount);
    for (const streak of streaks)
      expect(streak.rounds_without_proposal).toBe(proposed.has(streak.candidate_id) ? 0 : 1);
    const [unproposed] = streaks.filter((streak) => !proposed.has(streak.candidate_id));
    if (unproposed) {
      const inputs = await engineInputs([unproposed.candidate_id], []);
      expect(inputs.candidates[0].roundsWithoutProposal).toBe(1);
    }
  });

  it('gives the same proposals for the same input, and marks the earlier round’s proposals stale', async () => {
    // The same input includes the same facts: put the candidates' rounds without a proposal back.
    await bridge.sql('DELETE FROM candidate_round_streak');
    const again = await finished(await run({}));
    const pairs = (r: Round) => r.proposals.map((p) => `${p.candidate.id}:${p.opportunity.id}:${p.score}`);
    expect(pairs(again)).toEqual(pairs(firstRound));
    expect(again.totalScore).toBe(firstRound.totalScore);
    const stale = await round(firstRound.id);
    expect(new Set(stale.proposals.map((proposal) => proposal.status))).toEqual(new Set(['STALE']));
    const refused = onlyError(await bridge.graphql(ACCEPT, { id: stale.proposals[0].id }, hr));
    expect(refused.extensions).toMatchObject({ code: 'CONFLICT', reason: 'PROPOSAL_STALE' });
  });

  it('runs exactly one of two rounds started at once, and cancels it', async () => {
    const attempts = await Promise.all([
      bridge.graphql<{ runMatchingRound: { id: string } }>(RUN, { input: {} }, hr),
      bridge.graphql<{ runMatchingRound: { id: string } }>(RUN, { input: {} }, hr),
    ]);
    const started = attempts.filter((attempt) => attempt.data?.runMatchingRound);
    const refused = attempts.filter((attempt) => attempt.errors);
    expect(started).toHaveLength(1);
    expect(refused).toHaveLength(1);
    expect(onlyError(refused[0]).extensions).toMatchObject({ code: 'CONFLICT', reason: 'ROUND_RUNNING' });
    const id = started[0].data?.runMatchingRound.id as string;
    const cancelled = await bridge.data<{ cancelMatchingRound: { status: string } }>(CANCEL, { id }, hr);
    expect(cancelled.cancelMatchingRound.status).toBe('CANCELLED');
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    const after = await round(id);
    expect(after.status).toBe('CANCELLED');
    expect(after.proposals).toEqual([]);
    const again = onlyError(await bridge.graphql(CANCEL, { id }, hr));
    expect(again.extensions).toMatchObject({ code: 'CONFLICT', reason: 'ROUND_FINISHED' });
  });

  it('streams increasing progress to a subscriber until the round completes', async () => {
    const id = await run({});
    const client: Client = createClient({
      url: `${bridge.url.replace(/^http/, 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${hr}` },
      retryAttempts: 0,
    });
    const seen: { status: string; progress: number; phase: string }[] = [];
    try {
      for await (const result of client.iterate({
        query: `subscription($id: ID!) { matchingRoundProgress(id: $id) { id status progress phase } }`,
        variables: { id },
      })) {
        const value = (result.data as { matchingRoundProgress: (typeof seen)[number] }).matchingRoundProgress;
        seen.push(value);
      }
    } finally {
      await client.dispose();
    }
    expect(seen.at(-1)).toMatchObject({ status: 'COMPLETED', progress: 1 });
    const progress = seen.map((value) => value.progress);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
  });

  let accepted: { proposalId: string; applicationId: string };

  it('accepts a proposal as an offer that goes through the manager’s consent to a placement', async () => {
    const [opportunity] = await bridge.sql<{ id: string }>(
      `SELECT o.id FROM opportunity o JOIN person s ON s.organization_id = o.organization_id AND s.id = o.sponsor_id
       WHERE s.email = 'sponsor@acme.test' AND o.status = 'OPEN' AND o.kind = 'STRETCH_PROJECT'
         AND o.hours_per_week <= 6 ORDER BY o.id LIMIT 1`,
    );
    const own = await finished(await run({ candidateIds: [alexId], opportunityIds: [opportunity.id] }));
    expect(own.proposals).toHaveLength(1);
    const [proposal] = own.proposals;
    // Neither the candidate nor someone else's sponsor may accept it.
    expect(onlyError(await bridge.graphql(ACCEPT, { id: proposal.id }, candidate)).extensions?.code).toBe(
      'NOT_FOUND',
    );
    const { acceptMatchProposal } = await bridge.data<{
      acceptMatchProposal: { status: string; application: { id: string; status: string; origin: string } };
    }>(ACCEPT, { id: proposal.id }, sponsor);
    expect(acceptMatchProposal).toMatchObject({
      status: 'ACCEPTED',
      application: { status: 'AWAITING_CONSENT', origin: 'MATCH_PROPOSAL' },
    });
    const applicationId = acceptMatchProposal.application.id;
    accepted = { proposalId: proposal.id, applicationId };
    const consented = await bridge.data<{ decideConsent: { status: string } }>(
      CONSENT,
      { applicationId },
      manager,
    );
    expect(consented.decideConsent.status).toBe('OFFERED');
    // The candidate reads, with the offer, why they were proposed.
    const { myApplications } = await bridge.data<{
      myApplications: {
        id: string;
        recommendation: { score: number; reasons: { factor: string; explanation: string }[] } | null;
      }[];
    }>('{ myApplications { id recommendation { score reasons { factor explanation } } } }', {}, candidate);
    const offered = myApplications.find((application) => application.id === applicationId);
    expect(offered?.recommendation?.score).toBeCloseTo(proposal.score, 6);
    expect(offered?.recommendation?.reasons.map((reason) => reason.factor)).toEqual(
      expect.arrayContaining(['DEVELOPMENT', 'SKILL', 'FAIR_ACCESS']),
    );
    expect(
      myApplications.filter((application) => application.id !== applicationId).map((a) => a.recommendation),
    ).toEqual(myApplications.filter((application) => application.id !== applicationId).map(() => null));
    const placed = await bridge.data<{ respondToOffer: { status: string } }>(
      RESPOND,
      { applicationId },
      candidate,
    );
    expect(placed.respondToOffer.status).toBe('PLACED');
    const notices = await bridge.sql<{ kind: string }>(
      'SELECT kind FROM notification WHERE recipient_id = $1 ORDER BY created_at',
      [alexId],
    );
    expect(notices.map((notice) => notice.kind)).toEqual(
      expect.arrayContaining(['MATCH_PROPOSED', 'APPLICATION_OFFERED']),
    );
  });

  it('refuses to accept a proposal twice, changing nothing', async () => {
    const twice = onlyError(await bridge.graphql(ACCEPT, { id: accepted.proposalId }, hr));
    expect(twice.extensions).toMatchObject({ code: 'CONFLICT', reason: 'ALREADY_DECIDED' });
    const [{ count }] = await bridge.sql<{ count: number }>(
      'SELECT count(*)::int AS count FROM application WHERE candidate_id = $1 AND origin = $2',
      [alexId, 'MATCH_PROPOSAL'],
    );
    expect(count).toBe(1);
  });

  it('refuses a proposal whose seat was filled since, with the rule core’s reason, and accepts the rest in bulk', async () => {
    const latest = await finished(await run({}));
    expect(latest.proposals.length).toBeGreaterThanOrEqual(2);
    const [full, fine] = latest.proposals;
    await bridge.sql('UPDATE opportunity SET seats_filled = seats WHERE id = $1', [full.opportunity.id]);
    const single = onlyError(await bridge.graphql(ACCEPT, { id: full.id }, hr));
    expect(single.extensions).toMatchObject({ code: 'CONFLICT', reason: 'SEATS_FULL' });
    const fineId =
      fine.opportunity.id === full.opportunity.id
        ? latest.proposals.find((p) => p.opportunity.id !== full.opportunity.id)?.id
        : fine.id;
    const { acceptMatchProposals } = await bridge.data<{
      acceptMatchProposals: {
        proposalId: string;
        accepted: boolean;
        reason: string | null;
        message: string | null;
      }[];
    }>(ACCEPT_MANY, { ids: [full.id, fineId, accepted.proposalId] }, hr);
    expect(acceptMatchProposals).toEqual([
      expect.objectContaining({ proposalId: full.id, accepted: false, reason: 'SEATS_FULL' }),
      expect.objectContaining({ proposalId: fineId, accepted: true, reason: null }),
      expect.objectContaining({
        proposalId: accepted.proposalId,
        accepted: false,
        reason: 'ALREADY_DECIDED',
      }),
    ]);
    const statuses = await bridge.sql<{ id: string; status: string; application_id: string | null }>(
      'SELECT id, status, application_id FROM match_proposal WHERE id = ANY($1::uuid[])',
      [[full.id, fineId]],
    );
    expect(statuses.find((row) => row.id === full.id)).toMatchObject({
      status: 'PROPOSED',
      application_id: null,
    });
    expect(statuses.find((row) => row.id === fineId)?.status).toBe('ACCEPTED');
    // The accepted proposal's offer is in play: the next round leaves its candidate out.
    const offered = latest.proposals.find((p) => p.id === fineId)?.candidate.id;
    const next = await finished(await run({}));
    expect(next.proposals.map((p) => p.candidate.id)).not.toContain(offered);
  });

  it('never proposes a pair that already has a live application, and proposes the candidate elsewhere', async () => {
    const post = async (title: string): Promise<string> => {
      const { createOpportunity } = await bridge.data<{ createOpportunity: { id: string } }>(
        `mutation($input: CreateOpportunityInput!) { createOpportunity(input: $input) { id } }`,
        {
          input: {
            kind: 'STRETCH_PROJECT',
            title,
            description: 'Set up to be applied for before a round.',
            seats: 1,
            hoursPerWeek: 1,
            capabilityKeys: ['delegation'],
            skills: [],
            crossFunctional: false,
          },
        },
        sponsor,
      );
      await bridge.data(
        'mutation($id: ID!) { publishOpportunity(id: $id) { id } }',
        { id: createOpportunity.id },
        sponsor,
      );
      return createOpportunity.id;
    };
    const applied = await post('Already applied for');
    const other = await post('Not applied for');
    const [applicant] = await bridge.sql<{ id: string; email: string }>(
      `SELECT p.id, p.email FROM person p
       JOIN candidate_profile cp ON cp.organization_id = p.organization_id AND cp.person_id = p.id
       WHERE p.organization_id = $1 AND p.active AND p.email NOT LIKE 'candidate@%' AND cp.active_projects = 0
         AND NOT EXISTS (SELECT 1 FROM application a WHERE a.organization_id = p.organization_id AND a.candidate_id = p.id)
       ORDER BY p.email LIMIT 1`,
      [organizationId],
    );
    await bridge.data(
      `mutation($id: ID!) { applyToOpportunity(opportunityId: $id, motivation: "I would like to lead it.") { id } }`,
      { id: applied },
      await bridge.signIn(applicant.email),
    );
    const done = await finished(
      await run({ candidateIds: [applicant.id], opportunityIds: [applied, other] }),
    );
    expect(done.status).toBe('COMPLETED');
    expect(done.proposals.map((proposal) => [proposal.candidate.id, proposal.opportunity.id])).toEqual([
      [applicant.id, other],
    ]);
  });

  it('shows the sponsor their open proposals, for one opportunity when asked, and refuses a bad id', async () => {
    const ids: string[] = [];
    for (const title of ['Proposals for one', 'Proposals for another']) {
      const { createOpportunity } = await bridge.data<{ createOpportunity: { id: string } }>(
        `mutation($input: CreateOpportunityInput!) { createOpportunity(input: $input) { id } }`,
        {
          input: {
            kind: 'STRETCH_PROJECT',
            title,
            description: 'Set up to be proposed for.',
            seats: 2,
            hoursPerWeek: 1,
            capabilityKeys: ['delegation'],
            skills: [],
            crossFunctional: false,
          },
        },
        sponsor,
      );
      await bridge.data(
        'mutation($id: ID!) { publishOpportunity(id: $id) { id } }',
        { id: createOpportunity.id },
        sponsor,
      );
      ids.push(createOpportunity.id);
    }
    const candidates = await bridge.sql<{ id: string }>(
      `SELECT p.id FROM person p
       JOIN candidate_profile cp ON cp.organization_id = p.organization_id AND cp.person_id = p.id
       WHERE p.organization_id = $1 AND p.active AND p.email NOT LIKE 'candidate@%' AND cp.active_projects = 0
       ORDER BY p.email DESC LIMIT 4`,
      [organizationId],
    );
    const done = await finished(
      await run({ candidateIds: candidates.map((c) => c.id), opportunityIds: ids }),
    );
    expect(done.proposals.length).toBe(4);

    const mine = async (opportunityId?: string) =>
      (
        await bridge.data<{ myMatchProposals: { status: string; opportunity: { id: string } }[] }>(
          'query($o: ID) { myMatchProposals(opportunityId: $o) { status opportunity { id } } }',
          { o: opportunityId ?? null },
          sponsor,
        )
      ).myMatchProposals;
    const all = await mine();
    for (const id of ids) expect(all.filter((p) => p.opportunity.id === id)).toHaveLength(2);
    const one = await mine(ids[0]);
    expect(one).toHaveLength(2);
    expect(one.every((p) => p.opportunity.id === ids[0] && p.status === 'PROPOSED')).toBe(true);
    // Someone else's sponsor sees none of them.
    expect(
      (
        await bridge.data<{ myMatchProposals: unknown[] }>(
          'query($o: ID) { myMatchProposals(opportunityId: $o) { id } }',
          { o: ids[0] },
          manager,
        )
      ).myMatchProposals,
    ).toEqual([]);
    const refused = onlyError(
      await bridge.graphql('{ myMatchProposals(opportunityId: "not-an-id") { id } }', {}, sponsor),
    );
    expect(refused.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(refused.message).toContain('opportunityId');
  });

  it('takes up a round whose process died: run again once, then failed with a reason', async () => {
    const [hrRow] = await bridge.sql<{ id: string }>("SELECT id FROM person WHERE email = 'hr@acme.test'");
    const insert = (attempts: number) =>
      bridge.sql<{ id: string }>(
        `INSERT INTO matching_round (organization_id, id, status, phase, opportunity_ids, candidate_ids, weights, top_k, started_by_id, attempts)
         SELECT $1, gen_random_uuid(), 'RUNNING', 'SOLVING', array_agg(o.id), (SELECT array_agg(person_id) FROM candidate_profile WHERE organization_id = $1),
           '{"DEVELOPMENT": 0.35, "SKILL": 0.25, "INTEREST": 0.1, "NEW_OBSERVER": 0.1, "FAIR_ACCESS": 0.2}', 50, $2, $3
         FROM opportunity o WHERE o.organization_id = $1 AND o.status = 'OPEN' RETURNING id`,
        [organizationId, hrRow.id, attempts],
      );
    const [once] = await insert(1);
    expect(await bridge.provider(InterruptedRoundsJob).sweep()).toEqual({ requeued: 1, failed: 0 });
    expect((await finished(once.id)).status).toBe('COMPLETED');
    const [twice] = await insert(2);
    expect(await bridge.provider(InterruptedRoundsJob).sweep()).toEqual({ requeued: 0, failed: 1 });
    const failed = await round(twice.id);
    expect(failed.status).toBe('FAILED');
    expect(failed.failureReason).toMatch(/Start it again/);
    expect(failed.proposals).toEqual([]);
  });
  it('keeps answering requests while a large round is solved off the request thread', async () => {
    // 6,000 more candidates and 1,200 more open opportunities, copied from the demo's own.
    await bridge.sql(
      `INSERT INTO person (organization_id, id, employee_id, email, name, title, unit_id, manager_id, roles, active)
       SELECT p.organization_id, gen_random_uuid(), 'L' || n, 'load' || n || '@acme.test', 'Load Person ' || n, p.title,
              p.unit_id, p.manager_id, p.roles, true
       FROM generate_series(1, 6000) n
       CROSS JOIN LATERAL (SELECT * FROM person WHERE organization_id = $1 AND 'CANDIDATE' = ANY(roles)
                           ORDER BY id OFFSET n % 20 LIMIT 1) p`,
      [organizationId],
    );
    await bridge.sql(
      `INSERT INTO candidate_profile (organization_id, person_id, target_transition, headline, capability_keys, skills, hours_per_week)
       SELECT p.organization_id, p.id, 'T1', '', ARRAY['delegation', 'coaching'],
              CASE hashtext(p.id::text) & 3 WHEN 0 THEN ARRAY['Facilitation'] WHEN 1 THEN ARRAY['TypeScript', 'Process improvement']
                ELSE ARRAY['Analytics'] END,
              4 + (hashtext(p.id::text) & 7)
       FROM person p WHERE p.organization_id = $1 AND p.email LIKE 'load%'`,
      [organizationId],
    );
    await bridge.sql(
      `INSERT INTO opportunity (organization_id, id, kind, status, title, description, sponsor_id, host_unit_id, seats,
                                hours_per_week, starts_on, ends_on, capability_keys, skills, cross_functional, published_at)
       SELECT o.organization_id, gen_random_uuid(), o.kind, 'OPEN', o.title || ' ' || n, o.description, o.sponsor_id,
              o.host_unit_id, 1 + n % 3, o.hours_per_week, o.starts_on, o.ends_on, o.capability_keys, o.skills,
              o.cross_functional, now()
       FROM generate_series(1, 1200) n
       CROSS JOIN LATERAL (SELECT * FROM opportunity WHERE organization_id = $1 AND kind = 'STRETCH_PROJECT'
                           AND status = 'OPEN' AND mentee_id IS NULL ORDER BY id OFFSET n % 5 LIMIT 1) o`,
      [organizationId],
    );
    const id = await run({});
    const latencies: number[] = [];
    let current: Round;
    do {
      const startedAt = performance.now();
      current = await round(id);
      if (current.phase === 'SCORING' || current.phase === 'SOLVING')
        latencies.push(performance.now() - startedAt);
      await new Promise((resolve) => setTimeout(resolve, 20));
    } while (['QUEUED', 'RUNNING'].includes(current.status));
    const [figures] = await bridge.sql<{
      scoring_ms: number;
      solving_ms: number;
      edges: number;
      eligible_pairs: number;
    }>('SELECT scoring_ms, solving_ms, edges, eligible_pairs FROM matching_round WHERE id = $1', [id]);
    const engineMs = figures.scoring_ms + figures.solving_ms;
    const slowest = Math.max(...latencies);
    process.stdout.write(
      `Large round: ${figures.eligible_pairs} eligible pairs, ${figures.edges} edges, engine ${engineMs} ms; ` +
        `${latencies.length} requests answered meanwhile, slowest ${slowest.toFixed(0)} ms\n`,
    );
    expect(current.status).toBe('COMPLETED');
    // Requests kept being answered while the engine worked, each far quicker than the engine's run.
    expect(latencies.length).toBeGreaterThan(3);
    expect(slowest).toBeLessThan(engineMs);
  }, 120_000);
});
