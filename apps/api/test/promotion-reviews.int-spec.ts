import { DEFAULT_LEADERSHIP_FRAMEWORK, IndicatorKind } from '@bridge/domain';
import { onlyError, TestBridge } from './bridge-test-app';
import { pdfText } from './pdf-text';

const RECORD = `mutation($input: RecordObservationInput!) { recordObservation(input: $input) { id } }`;
const OPEN = `mutation($id: ID!, $transition: TransitionKey) { openPromotionReview(candidateId: $id, transition: $transition) {
  id status transition transitionName decision candidate { email }
  snapshot { takenOn candidateName readiness { band rule capabilities { key observationCount } }
    evidence { id observerName capabilityName indicatorText situation visibility } } } }`;
const DECIDE = `mutation($id: ID!, $decision: PromotionDecision!, $rationale: String!, $plan: String!) {
  decidePromotionReview(id: $id, decision: $decision, rationale: $rationale, developmentPlan: $plan) {
    id status decision rationale developmentPlan decidedAt } }`;
const REVIEW = `query($id: ID!) { promotionReview(id: $id) { id status decision developmentPlan rationale packetUrl
  snapshot { evidence { id } } } }`;
const REVIEWS = `query($filter: PromotionReviewFilterInput) { promotionReviews(filter: $filter) {
  totalCount edges { node { id status decision candidate { email } } } } }`;

interface Review {
  id: string;
  status: string;
  decision: string | null;
  developmentPlan: string | null;
  rationale: string | null;
  packetUrl: string | null;
  snapshot: {
    readiness: { band: string; capabilities: { key: string; observationCount: number }[] };
    evidence: { id: string; observerName: string; situation: string; visibility: string }[];
  } | null;
}

const INDICATOR = Object.fromEntries(
  DEFAULT_LEADERSHIP_FRAMEWORK.capabilities.map((capability) => [
    capability.key,
    capability.indicators.find((indicator) => indicator.kind === IndicatorKind.POSITIVE)?.key,
  ]),
);

describe('promotion reviews', () => {
  let bridge: TestBridge;
  let hr: string;
  let manager: string;
  let candidate: string;
  let sponsor: string;
  let globex: string;
  let candidateId: string;

  const record = (token: string, capabilityKey: string, rating: number, observedOn: string, hrOnly = false) =>
    bridge.data<{ recordObservation: { id: string } }>(
      RECORD,
      {
        input: {
          candidateId,
          capabilityKey,
          indicatorKey: INDICATOR[capabilityKey],
          rating,
          situation: `Situation of a ${capabilityKey} moment on ${observedOn}`,
          behaviour: 'Handed the release plan to the two juniors and agreed checkpoints',
          impact: 'The release shipped on time and the juniors now run it',
          observedOn,
          visibility: hrOnly ? 'HR_ONLY' : 'SHARED',
        },
      },
      token,
    );

  const open = async (token = hr, transition = 'T1') =>
    (await bridge.data<{ openPromotionReview: Review }>(OPEN, { id: candidateId, transition }, token))
      .openPromotionReview;
  const reviewAs = async (id: string, token: string) =>
    (await bridge.data<{ promotionReview: Review }>(REVIEW, { id }, token)).promotionReview;
  const decide = (id: string, decision: string, rationale: string, plan: string, token = hr) =>
    bridge.graphql<{ decidePromotionReview: Review }>(DECIDE, { id, decision, rationale, plan }, token);
  const packet = (reviewId: string, token?: string) =>
    fetch(`${bridge.url}/promotion-reviews/${reviewId}/packet.pdf`, {
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });

  beforeAll(async () => {
    bridge = await TestBridge.start();
    [hr, manager, candidate, sponsor, globex] = await Promise.all(
      ['hr@acme.test', 'manager@acme.test', 'candidate@acme.test', 'sponsor@acme.test', 'hr@globex.test'].map(
        (email) => bridge.signIn(email),
      ),
    );
    [{ id: candidateId }] = await bridge.sql<{ id: string }>(
      "SELECT id FROM person WHERE email = 'candidate@acme.test'",
    );
    await record(manager, 'delegation', 3, '2026-10-01');
    await record(hr, 'delegation', 3, '2026-09-01');
    await record(manager, 'coaching', 2, '2026-08-15');
    await record(hr, 'coaching', 3, '2026-07-15', true);
  });

  afterAll(async () => {
    await bridge.stop();
  });

  it('freezes the evidence HR can read, HR-only included, and the readiness, and audits the opening', async () => {
    const review = await open();
    expect(review).toMatchObject({ status: 'OPEN', decision: null, transition: 'T1' });
    const evidence = review.snapshot?.evidence ?? [];
    expect(evidence.length).toBeGreaterThanOrEqual(4);
    expect(evidence.some((item) => item.visibility === 'HR_ONLY')).toBe(true);
    expect(evidence.map((item) => item.observerName)).toContain('Marcus Lee');
    const [audit] = await bridge.sql<{ action: string; details: { reviewId: string } }>(
      "SELECT action, details FROM audit_event WHERE action = 'promotion-review.opened'",
    );
    expect(audit.details.reviewId).toBe(review.id);
  });

  it('refuses a second open review of the same candidate and transition, naming the open one', async () => {
    const [{ id: openId }] = await bridge.sql<{ id: string }>(
      "SELECT id FROM promotion_review WHERE candidate_id = $1 AND transition = 'T1' AND status = 'OPEN'",
      [candidateId],
    );
    const error = onlyError(await bridge.graphql(OPEN, { id: candidateId, transition: 'T1' }, hr));
    expect(error.extensions).toMatchObject({ code: 'CONFLICT', reason: 'REVIEW_OPEN', reviewId: openId });
    expect(
      await bridge.sql('SELECT 1 FROM promotion_review WHERE candidate_id = $1', [candidateId]),
    ).toHaveLength(1);
  });

  it('keeps its snapshot when evidence arrives later', async () => {
    const [{ id }] = await bridge.sql<{ id: string }>(
      'SELECT id FROM promotion_review WHERE candidate_id = $1',
      [candidateId],
    );
    const before = (await reviewAs(id, hr)).snapshot?.evidence.length;
    await record(manager, 'communication', 4, '2026-11-20');
    expect((await reviewAs(id, hr)).snapshot?.evidence.length).toBe(before);
  });

  it('refuses a decision without a rationale, or short of Ready without a plan, and changes nothing', async () => {
    const [{ id }] = await bridge.sql<{ id: string }>(
      'SELECT id FROM promotion_review WHERE candidate_id = $1',
      [candidateId],
    );
    const noRationale = onlyError(await decide(id, 'READY', '   ', ''));
    expect(noRationale.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'rationale' });
    const noPlan = onlyError(await decide(id, 'NOT_YET', 'Thin on alignment', ''));
    expect(noPlan.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'developmentPlan' });
    const tooLong = onlyError(await decide(id, 'READY', 'x'.repeat(4_001), ''));
    expect(tooLong.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'rationale' });
    expect(onlyError(await decide(id, 'SOMETIMES', 'why', 'plan')).extensions?.code).toBe('BAD_USER_INPUT');
    expect((await reviewAs(id, hr)).status).toBe('OPEN');
  });

  it('is opened and decided by HR only; another tenant finds nothing', async () => {
    const [{ id }] = await bridge.sql<{ id: string }>(
      'SELECT id FROM promotion_review WHERE candidate_id = $1',
      [candidateId],
    );
    for (const token of [manager, sponsor, candidate]) {
      expect(onlyError(await bridge.graphql(OPEN, { id: candidateId }, token)).extensions?.code).toBe(
        'FORBIDDEN',
      );
      expect(onlyError(await decide(id, 'READY', 'why', '', token)).extensions?.code).toBe('FORBIDDEN');
      // Open, it is not the candidate's to read yet; the others never read it.
      expect(onlyError(await bridge.graphql(REVIEW, { id }, token)).extensions?.code).toBe('NOT_FOUND');
    }
    expect(onlyError(await bridge.graphql(REVIEW, { id }, globex)).extensions?.code).toBe('NOT_FOUND');
    expect(onlyError(await decide(id, 'READY', 'why', '', globex)).extensions?.code).toBe('NOT_FOUND');
    expect(onlyError(await bridge.graphql(OPEN, { id: candidateId }, globex)).extensions?.code).toBe(
      'NOT_FOUND',
    );
    expect((await reviewAs(id, hr)).status).toBe('OPEN');
  });

  it('takes exactly one of two racing decisions; the review then never changes, even in SQL', async () => {
    const [{ id }] = await bridge.sql<{ id: string }>(
      'SELECT id FROM promotion_review WHERE candidate_id = $1',
      [candidateId],
    );
    const outcomes = await Promise.all([
      decide(
        id,
        'READY_WITH_SUPPORT',
        'Strong delegation; coaching still emerging',
        'Lead the Q1 mentoring circle',
      ),
      decide(id, 'NOT_YET', 'Alignment unobserved', 'Take a cross-functional project'),
    ]);
    const won = outcomes.filter((outcome) => !outcome.errors);
    const lost = outcomes.filter((outcome) => outcome.errors);
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(onlyError(lost[0]).extensions).toMatchObject({ code: 'CONFLICT', reason: 'ALREADY_DECIDED' });
    const decided = won[0].data?.decidePromotionReview;
    const stored = await reviewAs(id, hr);
    expect(stored).toMatchObject({
      status: 'DECIDED',
      decision: decided?.decision,
      rationale: decided?.rationale,
    });

    expect(onlyError(await decide(id, 'READY', 'Changed my mind', '')).extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'ALREADY_DECIDED',
    });
    await expect(
      bridge.sql("UPDATE promotion_review SET rationale = 'rewritten' WHERE id = $1", [id]),
    ).rejects.toThrow(/decided and cannot change/);
    await expect(bridge.sql('DELETE FROM promotion_review WHERE id = $1', [id])).rejects.toThrow(
      /never deleted/,
    );
    expect((await reviewAs(id, hr)).rationale).toBe(decided?.rationale);
    const actions = await bridge.sql<{ action: string }>(
      "SELECT action FROM audit_event WHERE action LIKE 'promotion-review.%' ORDER BY occurred_at",
    );
    expect(actions.map((row) => row.action)).toEqual(['promotion-review.opened', 'promotion-review.decided']);
  });

  it('tells the candidate the outcome and the plan, never the snapshot, the rationale or the packet', async () => {
    const [{ id }] = await bridge.sql<{ id: string }>(
      'SELECT id FROM promotion_review WHERE candidate_id = $1',
      [candidateId],
    );
    const [notice] = await bridge.sql<{ title: string; link: string }>(
      "SELECT title, link FROM notification WHERE recipient_id = $1 AND kind = 'PROMOTION_REVIEW_DECIDED'",
      [candidateId],
    );
    expect(notice.link).toBe(`/reviews/${id}`);
    const seen = await reviewAs(id, candidate);
    expect(seen.status).toBe('DECIDED');
    expect(seen.decision).not.toBeNull();
    expect(seen.developmentPlan).toBeTruthy();
    expect(seen).toMatchObject({ rationale: null, snapshot: null, packetUrl: null });
    const { promotionReviews } = await bridge.data<{
      promotionReviews: { totalCount: number; edges: { node: { id: string } }[] };
    }>(REVIEWS, {}, candidate);
    expect(promotionReviews.edges.map((edge) => edge.node.id)).toEqual([id]);
    const { promotionReviews: others } = await bridge.data<{ promotionReviews: { totalCount: number } }>(
      REVIEWS,
      {},
      sponsor,
    );
    expect(others.totalCount).toBe(0);
  });

  it('lets HR open a new review after the decision, which sees the later evidence', async () => {
    const review = await open();
    expect(
      review.snapshot?.readiness.capabilities.find((c) => c.key === 'communication')?.observationCount,
    ).toBe(1);
    const { promotionReviews } = await bridge.data<{ promotionReviews: { totalCount: number } }>(
      REVIEWS,
      { filter: { candidateId, status: 'OPEN' } },
      hr,
    );
    expect(promotionReviews.totalCount).toBe(1);
  });

  it('gives HR the packet as a PDF in which each statement cites its observations, with the same token', async () => {
    const [{ id }] = await bridge.sql<{ id: string }>(
      "SELECT id FROM promotion_review WHERE candidate_id = $1 AND status = 'DECIDED'",
      [candidateId],
    );
    const { packetUrl, rationale } = await reviewAs(id, hr);
    expect(packetUrl).toBe(`/promotion-reviews/${id}/packet.pdf`);
    const response = await packet(id, hr);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('application/pdf');
    expect(response.headers.get('content-disposition')).toContain('Alex-Rivera');
    const { text } = await pdfText(Buffer.from(await response.arrayBuffer()));
    expect(text).toContain('Promotion review packet');
    expect(text).toContain('Alex Rivera');
    expect(text).toContain(rationale);
    expect(text).toContain('Marcus Lee');
    expect(text).toContain('Situation of a delegation moment on 2026-10-01');
    expect(text).toMatch(/\[E\d/);
    expect(text).toContain('Alex Rivera · Managing others · page 1 of');
    const [audit] = await bridge.sql<{ count: string }>(
      "SELECT count(*) FROM audit_event WHERE action = 'promotion-review.packet-downloaded'",
    );
    expect(Number(audit.count)).toBe(1);
  });

  it('refuses the packet without a token, to anyone but HR, and to another tenant', async () => {
    const [{ id }] = await bridge.sql<{ id: string }>(
      "SELECT id FROM promotion_review WHERE candidate_id = $1 AND status = 'DECIDED'",
      [candidateId],
    );
    const anonymous = await packet(id);
    expect(anonymous.status).toBe(401);
    expect(
      ((await anonymous.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code,
    ).toBe('UNAUTHENTICATED');
    expect((await packet(id, candidate)).status).toBe(403);
    expect((await packet(id, manager)).status).toBe(403);
    expect((await packet(id, globex)).status).toBe(404);
    const malformed = await packet('not-a-uuid', hr);
    expect(malformed.status).toBe(400);
    expect(
      ((await malformed.json()) as { errors: { extensions: unknown }[] }).errors[0].extensions,
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'reviewId',
    });
  });
});
