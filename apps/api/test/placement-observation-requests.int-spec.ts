import { TestBridge } from './bridge-test-app';

const APPLY =
  'mutation($id: ID!) { applyToOpportunity(opportunityId: $id, motivation: "I would like to lead this.") { id } }';
const CONSENT = 'mutation($id: ID!) { decideConsent(applicationId: $id, approve: true) { id } }';
const SHORTLIST = 'mutation($id: ID!) { shortlistApplication(id: $id) { id } }';
const OFFER = 'mutation($id: ID!) { offerPlacement(applicationId: $id) { id } }';
const ACCEPT =
  'mutation($id: ID!) { respondToOffer(applicationId: $id, accept: true) { id placement { id } } }';
const END =
  'mutation($id: ID!, $completed: Boolean!, $reason: String) { endPlacement(placementId: $id, completed: $completed, reason: $reason) { id status } }';

interface StoredRequest {
  observer_id: string;
  requested_by_id: string;
  placement_id: string;
  question: string;
  status: string;
}

describe('observation requests when a placement completes', () => {
  let bridge: TestBridge;
  let sponsor: string;
  let candidate: string;
  let manager: string;
  let mentee: string;
  let ids: Record<'candidate' | 'sponsor' | 'mentee', string>;

  beforeAll(async () => {
    bridge = await TestBridge.start();
    [sponsor, candidate, manager, mentee] = await Promise.all(
      ['sponsor@acme.test', 'candidate@acme.test', 'manager@acme.test', 'mentee@acme.test'].map((email) =>
        bridge.signIn(email),
      ),
    );
    const rows = await bridge.sql<{ email: string; id: string }>(
      "SELECT email, id FROM person WHERE email IN ('candidate@acme.test', 'sponsor@acme.test', 'mentee@acme.test')",
    );
    const idOf = (email: string) => rows.find((row) => row.email === email)?.id ?? '';
    ids = {
      candidate: idOf('candidate@acme.test'),
      sponsor: idOf('sponsor@acme.test'),
      mentee: idOf('mentee@acme.test'),
    };
  });

  afterAll(async () => {
    await bridge.stop();
  });

  /** candidate@ takes a seat of the opportunity, through the API as the people involved would. */
  async function place(opportunityId: string, sponsorToken: string): Promise<string> {
    const { applyToOpportunity } = await bridge.data<{ applyToOpportunity: { id: string } }>(
      APPLY,
      { id: opportunityId },
      candidate,
    );
    const application = applyToOpportunity.id;
    await bridge.data(CONSENT, { id: application }, manager);
    await bridge.data(SHORTLIST, { id: application }, sponsorToken);
    await bridge.data(OFFER, { id: application }, sponsorToken);
    const { respondToOffer } = await bridge.data<{ respondToOffer: { placement: { id: string } } }>(
      ACCEPT,
      { id: application },
      candidate,
    );
    return respondToOffer.placement.id;
  }

  async function postProject(title: string): Promise<string> {
    const { createOpportunity } = await bridge.data<{ createOpportunity: { id: string } }>(
      'mutation($title: String!) { createOpportunity(input: { kind: STRETCH_PROJECT, title: $title, description: "Lead it end to end.", seats: 1, hoursPerWeek: 1, capabilityKeys: ["delegation"] }) { id } }',
      { title },
      sponsor,
    );
    await bridge.data(
      'mutation($id: ID!) { publishOpportunity(id: $id) { id } }',
      { id: createOpportunity.id },
      sponsor,
    );
    return createOpportunity.id;
  }

  const requestsOf = (placementId: string) =>
    bridge.sql<StoredRequest & Record<string, unknown>>(
      'SELECT observer_id, requested_by_id, placement_id, question, status FROM observation_request WHERE placement_id = $1',
      [placementId],
    );

  it('asks the sponsor how the candidate led, on the candidate’s behalf, with a notification and an e-mail', async () => {
    const placementId = await place(await postProject('Run the warehouse safety review'), sponsor);
    const { endPlacement } = await bridge.data<{ endPlacement: { status: string } }>(
      END,
      { id: placementId, completed: true },
      sponsor,
    );
    expect(endPlacement.status).toBe('COMPLETED');
    const requests = await requestsOf(placementId);
    expect(requests).toEqual([
      {
        observer_id: ids.sponsor,
        requested_by_id: ids.candidate,
        placement_id: placementId,
        question: 'How did Alex Rivera lead in “Run the warehouse safety review”?',
        status: 'OPEN',
      },
    ]);
    const { observationRequestsForMe } = await bridge.data<{
      observationRequestsForMe: { question: string; candidate: { id: string } }[];
    }>('{ observationRequestsForMe { question candidate { id } } }', {}, sponsor);
    expect(observationRequestsForMe).toContainEqual({
      question: requests[0].question,
      candidate: { id: ids.candidate },
    });
    const [notice] = await bridge.sql<{ title: string; link: string }>(
      "SELECT title, link FROM notification WHERE recipient_id = $1 AND kind = 'OBSERVATION_REQUESTED' ORDER BY created_at DESC LIMIT 1",
      [ids.sponsor],
    );
    expect(notice.title).toBe('“Run the warehouse safety review” is complete: how did Alex Rivera lead?');
    expect(notice.link).toMatch(/^\/evidence\/requests\/[0-9a-f-]{36}$/);
    const emails = await bridge.sql<{ n: string }>(
      "SELECT count(*) AS n FROM email_outbox WHERE to_address = 'sponsor@acme.test' AND subject = $1",
      [notice.title],
    );
    expect(Number(emails[0].n)).toBe(1);
  });

  it('does not ask again someone who already has an open request about the candidate, nor after an early end', async () => {
    // The sponsor's request from the first test is still open.
    const second = await place(await postProject('Run the packaging review'), sponsor);
    await bridge.data(END, { id: second, completed: true }, sponsor);
    expect(await requestsOf(second)).toEqual([]);
    const open = await bridge.sql<{ n: string }>(
      "SELECT count(*) AS n FROM observation_request WHERE observer_id = $1 AND candidate_id = $2 AND status = 'OPEN'",
      [ids.sponsor, ids.candidate],
    );
    expect(Number(open[0].n)).toBe(1);

    await bridge.sql("UPDATE observation_request SET status = 'DECLINED' WHERE observer_id = $1", [
      ids.sponsor,
    ]);
    const endedEarly = await place(await postProject('Run the loading dock review'), sponsor);
    await bridge.data(END, { id: endedEarly, completed: false, reason: 'The review was cancelled' }, sponsor);
    expect(await requestsOf(endedEarly)).toEqual([]);
  });

  it('asks the mentee of a completed mentorship', async () => {
    const { requestMentor } = await bridge.data<{ requestMentor: { id: string } }>(
      'mutation { requestMentor(input: { goals: "Get better at running renewals.", skills: ["Negotiation"] }) { id } }',
      {},
      mentee,
    );
    const placementId = await place(requestMentor.id, mentee);
    await bridge.data(END, { id: placementId, completed: true }, mentee);
    const requests = await requestsOf(placementId);
    // The mentee asked for the mentorship, so they are its sponsor too: asked once.
    expect(requests.map((request) => [request.observer_id, request.requested_by_id])).toEqual([
      [ids.mentee, ids.candidate],
    ]);
  });
});
