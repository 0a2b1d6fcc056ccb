import { onlyError, TestBridge } from './bridge-test-app';

const RECORD = `mutation($input: RecordObservationInput!) { recordObservation(input: $input) {
  id rating visibility amendsId correctedAt correctableUntil observedOn situation
  capability { key } indicator { key text kind warningPattern } observer { id } candidate { id } } }`;
const AMEND = `mutation($id: ID!, $input: ObservationContentInput!) { amendObservation(observationId: $id, input: $input) {
  id rating situation correctedAt } }`;
const LIST = `query($id: ID!) { observations(candidateId: $id, first: 100) { totalCount edges { node { id visibility observer { id } } } } }`;
const REQUEST = `mutation($c: ID!, $o: ID!, $q: String!) { requestObservation(candidateId: $c, observerId: $o, question: $q) {
  id status } }`;
const DECLINE = `mutation($id: ID!, $reason: String) { declineObservationRequest(requestId: $id, reason: $reason) { id status declineReason } }`;
const NOTIFICATIONS = '{ notifications(first: 20) { edges { node { kind title link } } } }';

function content(overrides: Record<string, unknown> = {}) {
  return {
    capabilityKey: 'delegation',
    indicatorKey: 'delegation-agrees-outcomes',
    rating: 3,
    situation: 'The onboarding rollout slipped a week.',
    behaviour: 'Agreed what done looks like with each owner, then stepped back.',
    impact: 'The team shipped without waiting for them.',
    observedOn: '2026-06-15',
    visibility: 'SHARED',
    ...overrides,
  };
}

describe('observations', () => {
  let bridge: TestBridge;
  let hr: string;
  let manager: string;
  let candidate: string;
  let peer: string;
  let peerEmail: string;
  let other: string;
  let candidateId: string;
  let peerId: string;
  let globexPerson: string;

  const count = async () =>
    Number((await bridge.sql<{ n: string }>('SELECT count(*) AS n FROM observation'))[0].n);
  const record = (token: string, overrides: Record<string, unknown> = {}) =>
    bridge.graphql<{ recordObservation: Record<string, unknown> & { id: string } }>(
      RECORD,
      { input: { candidateId, ...content(overrides) } },
      token,
    );

  beforeAll(async () => {
    bridge = await TestBridge.start();
    [hr, manager, candidate, other] = await Promise.all(
      ['hr@acme.test', 'manager@acme.test', 'candidate@acme.test', 'hr@globex.test'].map((email) =>
        bridge.signIn(email),
      ),
    );
    [{ id: candidateId }] = await bridge.sql<{ id: string }>(
      "SELECT id FROM person WHERE email = 'candidate@acme.test'",
    );
    // A colleague with no relationship to the candidate: not their manager, sponsor, mentee or HR.
    [{ id: peerId, email: peerEmail }] = await bridge.sql<{ id: string; email: string }>(
      `SELECT p.id, p.email FROM person p JOIN organization o ON o.id = p.organization_id
       WHERE o.slug = 'acme' AND p.roles = '{}' AND p.id <> $1
         AND p.id IS DISTINCT FROM (SELECT manager_id FROM person WHERE id = $1)
       ORDER BY p.email LIMIT 1`,
      [candidateId],
    );
    peer = await bridge.signIn(peerEmail);
    [{ id: globexPerson }] = await bridge.sql<{ id: string }>(
      "SELECT id FROM person WHERE email = 'hr@globex.test'",
    );
  });

  afterAll(async () => {
    await bridge.stop();
  });

  it('lets the manager record a shared observation, keeping the indicator’s words, and tells the candidate', async () => {
    const { recordObservation } = await bridge.data<{ recordObservation: Record<string, unknown> }>(
      RECORD,
      { input: { candidateId, ...content({ rating: 4 }) } },
      manager,
    );
    expect(recordObservation).toMatchObject({
      rating: 4,
      visibility: 'SHARED',
      amendsId: null,
      correctedAt: null,
      capability: { key: 'delegation' },
      indicator: {
        key: 'delegation-agrees-outcomes',
        text: 'Agrees what done looks like before handing work over, then checks in at agreed points',
        kind: 'POSITIVE',
        warningPattern: null,
      },
      candidate: { id: candidateId },
    });
    const { notifications } = await bridge.data<{
      notifications: { edges: { node: { kind: string; title: string } }[] };
    }>(NOTIFICATIONS, {}, candidate);
    expect(notifications.edges.map((edge) => edge.node.kind)).toContain('OBSERVATION_RECORDED');
  });

  it('keeps an HR-only observation from the candidate and their manager, and shows it to HR and its observer', async () => {
    const { recordObservation } = await bridge.data<{ recordObservation: { id: string } }>(
      RECORD,
      {
        input: {
          candidateId,
          ...content({ visibility: 'HR_ONLY', indicatorKey: 'delegation-takes-work-back', rating: 1 }),
        },
      },
      hr,
    );
    const ids = async (token: string) =>
      (
        await bridge.data<{ observations: { edges: { node: { id: string } }[] } }>(
          LIST,
          { id: candidateId },
          token,
        )
      ).observations.edges.map((edge) => edge.node.id);
    expect(await ids(hr)).toContain(recordObservation.id);
    expect(await ids(candidate)).not.toContain(recordObservation.id);
    expect(await ids(manager)).not.toContain(recordObservation.id);
    expect(await ids(peer)).toEqual([]);
    const notices = await bridge.sql<{ n: string }>(
      "SELECT count(*) AS n FROM notification WHERE kind = 'OBSERVATION_RECORDED' AND recipient_id = $1",
      [candidateId],
    );
    expect(Number(notices[0].n)).toBe(1);
  });

  it('refuses bad content naming the field, and writes nothing', async () => {
    const before = await count();
    const cases: [Record<string, unknown>, string][] = [
      [{ rating: 5 }, 'input.rating'],
      [{ rating: 0 }, 'input.rating'],
      [{ indicatorKey: 'coaching-asks-questions' }, 'input.indicatorKey'],
      [{ indicatorKey: 'no-such-indicator' }, 'input.indicatorKey'],
      [{ capabilityKey: 'no-such-capability' }, 'input.capabilityKey'],
      [{ observedOn: '2099-01-01' }, 'input.observedOn'],
      [{ observedOn: '2026-02-30' }, 'input.observedOn'],
      [{ situation: '   ' }, 'input.situation'],
      [{ impact: 'x'.repeat(4001) }, 'input.impact'],
    ];
    for (const [overrides, field] of cases) {
      expect(onlyError(await record(manager, overrides)).extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field,
      });
    }
    expect(await count()).toBe(before);
  });

  it('refuses an observation dated before the candidate joined', async () => {
    const { person } = await bridge.data<{ person: { joinedOn: string } }>(
      'query($id: ID!) { person(id: $id) { joinedOn } }',
      { id: candidateId },
      hr,
    );
    expect(person.joinedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const dayBefore = new Date(Date.parse(`${person.joinedOn}T00:00:00Z`) - 86_400_000)
      .toISOString()
      .slice(0, 10);
    const before = await count();
    const error = onlyError(await record(manager, { observedOn: dayBefore })).extensions;
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.observedOn' });
    expect(await count()).toBe(before);
    await bridge.data(
      RECORD,
      { input: { candidateId, ...content({ observedOn: person.joinedOn }) } },
      manager,
    );
    expect(await count()).toBe(before + 1);
  });

  it('refuses the candidate observing themselves, a colleague with no relationship, and another tenant', async () => {
    const before = await count();
    expect(onlyError(await record(candidate)).extensions).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'OWN_EVIDENCE',
    });
    expect(onlyError(await record(peer)).extensions).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'NOT_AN_OBSERVER',
    });
    expect(onlyError(await record(other)).extensions?.code).toBe('NOT_FOUND');
    const foreignCandidate = await bridge.graphql(
      RECORD,
      { input: { candidateId: globexPerson, ...content() } },
      hr,
    );
    expect(onlyError(foreignCandidate).extensions?.code).toBe('NOT_FOUND');
    const unknownPlacement = await record(hr, { placementId: '00000000-0000-4000-8000-000000000000' });
    expect(onlyError(unknownPlacement).extensions?.code).toBe('NOT_FOUND');
    expect(await count()).toBe(before);
  });

  it('lets its observer correct it for 24 hours, then only a new observation can amend it', async () => {
    const { recordObservation } = await bridge.data<{ recordObservation: { id: string } }>(
      RECORD,
      { input: { candidateId, ...content() } },
      manager,
    );
    const id = recordObservation.id;
    const { amendObservation } = await bridge.data<{
      amendObservation: { rating: number; correctedAt: string };
    }>(AMEND, { id, input: content({ rating: 2, situation: 'The onboarding rollout, week two.' }) }, manager);
    expect(amendObservation.rating).toBe(2);
    expect(amendObservation.correctedAt).not.toBeNull();

    expect(
      onlyError(await bridge.graphql(AMEND, { id, input: content() }, candidate)).extensions,
    ).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'NOT_OBSERVER',
    });
    expect(onlyError(await bridge.graphql(AMEND, { id, input: content() }, peer)).extensions?.code).toBe(
      'NOT_FOUND',
    );

    // A day passes (the trigger itself refuses the change, so it is made the way a restore would).
    await bridge.sql(
      `SET session_replication_role = replica; UPDATE observation SET recorded_at = now() - interval '25 hours' WHERE id = '${id}'`,
    );
    expect(
      onlyError(await bridge.graphql(AMEND, { id, input: content({ rating: 4 }) }, manager)).extensions,
    ).toMatchObject({
      code: 'CONFLICT',
      reason: 'AMEND_WINDOW_CLOSED',
    });
    const [stored] = await bridge.sql<{ rating: number }>('SELECT rating FROM observation WHERE id = $1', [
      id,
    ]);
    expect(stored.rating).toBe(2);

    const amending = await bridge.data<{ recordObservation: { amendsId: string } }>(
      RECORD,
      { input: { candidateId, amendsId: id, ...content({ rating: 4 }) } },
      manager,
    );
    expect(amending.recordObservation.amendsId).toBe(id);
    const someoneElses = await record(hr, { amendsId: id });
    expect(onlyError(someoneElses).extensions?.code).toBe('NOT_FOUND');
  });

  it('is immutable in PostgreSQL itself after 24 hours, and never deleted', async () => {
    const { recordObservation } = await bridge.data<{ recordObservation: { id: string } }>(
      RECORD,
      { input: { candidateId, ...content() } },
      hr,
    );
    const id = recordObservation.id;
    await expect(
      bridge.sql('UPDATE observation SET observer_id = candidate_id WHERE id = $1', [id]),
    ).rejects.toThrow(/keeps its observer/);
    await bridge.sql(
      `SET session_replication_role = replica; UPDATE observation SET recorded_at = now() - interval '25 hours' WHERE id = '${id}'`,
    );
    await expect(bridge.sql('UPDATE observation SET rating = 1 WHERE id = $1', [id])).rejects.toThrow(
      /24-hour correction window/,
    );
    await expect(bridge.sql('DELETE FROM observation WHERE id = $1', [id])).rejects.toThrow(/never deleted/);
  });

  it('hides observer names from the candidate alone when the organization says so', async () => {
    const admin = await bridge.signIn('admin@acme.test');
    const HIDE =
      'mutation($hidden: Boolean!) { setObserverNamesHidden(hidden: $hidden) { hideObserverNamesFromCandidates } }';
    const { setObserverNamesHidden } = await bridge.data<{
      setObserverNamesHidden: { hideObserverNamesFromCandidates: boolean };
    }>(HIDE, { hidden: true }, admin);
    expect(setObserverNamesHidden.hideObserverNamesFromCandidates).toBe(true);
    try {
      const { recordObservation } = await bridge.data<{
        recordObservation: { id: string; observer: { id: string } };
      }>(RECORD, { input: { candidateId, ...content() } }, manager);
      const observerOf = async (token: string) =>
        (
          await bridge.data<{
            observations: { edges: { node: { id: string; observer: { id: string } | null } }[] };
          }>(LIST, { id: candidateId }, token)
        ).observations.edges.find((edge) => edge.node.id === recordObservation.id)?.node.observer;
      expect(await observerOf(candidate)).toBeNull();
      for (const token of [manager, hr]) expect(await observerOf(token)).toEqual(recordObservation.observer);
      const [notice] = await bridge.sql<{ title: string }>(
        "SELECT title FROM notification WHERE recipient_id = $1 AND kind = 'OBSERVATION_RECORDED' ORDER BY created_at DESC LIMIT 1",
        [candidateId],
      );
      expect(notice.title).toBe('A colleague recorded an observation of your leadership');
    } finally {
      await bridge.data(HIDE, { hidden: false }, admin);
    }
    const { observations } = await bridge.data<{
      observations: { edges: { node: { observer: unknown } }[] };
    }>(LIST, { id: candidateId }, candidate);
    expect(observations.edges.every((edge) => edge.node.observer !== null)).toBe(true);
  });

  describe('requests for evidence', () => {
    it('lets the candidate ask a colleague, who may then observe them; their observation answers the request', async () => {
      const { requestObservation } = await bridge.data<{
        requestObservation: { id: string; status: string };
      }>(REQUEST, { c: candidateId, o: peerId, q: 'How did I lead the onboarding rollout?' }, candidate);
      expect(requestObservation.status).toBe('OPEN');
      const { observationRequestsForMe } = await bridge.data<{
        observationRequestsForMe: { id: string; question: string; candidate: { id: string } }[];
      }>('{ observationRequestsForMe { id question candidate { id } } }', {}, peer);
      expect(observationRequestsForMe).toEqual([
        {
          id: requestObservation.id,
          question: 'How did I lead the onboarding rollout?',
          candidate: { id: candidateId },
        },
      ]);
      const { notifications } = await bridge.data<{
        notifications: { edges: { node: { kind: string; link: string } }[] };
      }>(NOTIFICATIONS, {}, peer);
      expect(notifications.edges[0].node).toEqual({
        kind: 'OBSERVATION_REQUESTED',
        title: expect.stringContaining('asks for your observation'),
        link: `/evidence/requests/${requestObservation.id}`,
      });

      const { recordObservation } = await bridge.data<{ recordObservation: { id: string } }>(
        RECORD,
        { input: { candidateId, ...content() } },
        peer,
      );
      const { myObservationRequests } = await bridge.data<{
        myObservationRequests: { id: string; status: string; observationId: string }[];
      }>('{ myObservationRequests { id status observationId } }', {}, candidate);
      expect(myObservationRequests).toContainEqual({
        id: requestObservation.id,
        status: 'ANSWERED',
        observationId: recordObservation.id,
      });
    });

    it('lets the colleague decline once, telling whoever asked; a second decline is a conflict', async () => {
      const { requestObservation } = await bridge.data<{ requestObservation: { id: string } }>(
        REQUEST,
        { c: candidateId, o: peerId, q: 'How did they mentor?' },
        hr,
      );
      const { declineObservationRequest } = await bridge.data<{
        declineObservationRequest: Record<string, unknown>;
      }>(DECLINE, { id: requestObservation.id, reason: 'I did not see that work' }, peer);
      expect(declineObservationRequest).toMatchObject({
        status: 'DECLINED',
        declineReason: 'I did not see that work',
      });
      expect(
        onlyError(await bridge.graphql(DECLINE, { id: requestObservation.id }, peer)).extensions,
      ).toMatchObject({
        code: 'CONFLICT',
        reason: 'ALREADY_DECIDED',
      });
      const [notice] = await bridge.sql<{ title: string }>(
        "SELECT n.title FROM notification n JOIN person p ON p.id = n.recipient_id WHERE p.email = 'hr@acme.test' AND n.kind = 'OBSERVATION_REQUEST_DECLINED'",
      );
      expect(notice.title).toContain('declined');
    });

    it('shows the colleague asked, on their home page, the requests waiting for them until they answer', async () => {
      const HOME = `{ home { observationRequestsWaiting observationRequests { id question candidate { id name } } } }`;
      const homeOf = async (token: string) =>
        (
          await bridge.data<{
            home: {
              observationRequestsWaiting: number;
              observationRequests: {
                id: string;
                question: string;
                candidate: { id: string; name: string };
              }[];
            };
          }>(HOME, {}, token)
        ).home;
      const before = (await homeOf(peer)).observationRequestsWaiting;
      const { requestObservation } = await bridge.data<{ requestObservation: { id: string } }>(
        REQUEST,
        { c: candidateId, o: peerId, q: 'How did I run the retro?' },
        candidate,
      );
      const waiting = await homeOf(peer);
      expect(waiting.observationRequestsWaiting).toBe(before + 1);
      expect(waiting.observationRequests).toContainEqual({
        id: requestObservation.id,
        question: 'How did I run the retro?',
        candidate: { id: candidateId, name: 'Alex Rivera' },
      });
      expect((await homeOf(candidate)).observationRequests.map((r) => r.id)).not.toContain(
        requestObservation.id,
      );
      await bridge.data(DECLINE, { id: requestObservation.id }, peer);
      expect((await homeOf(peer)).observationRequestsWaiting).toBe(before);
    });

    it('refuses asks by anyone but the candidate and HR, for oneself, or of another tenant', async () => {
      const before = Number(
        (await bridge.sql<{ n: string }>('SELECT count(*) AS n FROM observation_request'))[0].n,
      );
      const ask = (token: string, observerId: string, question = 'How did they lead?') =>
        bridge.graphql(REQUEST, { c: candidateId, o: observerId, q: question }, token);
      expect(onlyError(await ask(manager, peerId)).extensions?.code).toBe('FORBIDDEN');
      expect(onlyError(await ask(candidate, candidateId)).extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'observerId',
      });
      expect(onlyError(await ask(candidate, peerId, '  ')).extensions).toMatchObject({ field: 'question' });
      expect(onlyError(await ask(candidate, globexPerson)).extensions?.code).toBe('NOT_FOUND');
      const after = Number(
        (await bridge.sql<{ n: string }>('SELECT count(*) AS n FROM observation_request'))[0].n,
      );
      expect(after).toBe(before);
    });
  });

  it('offers the placements to tie an observation to by relationship, and refuses a malformed or foreign id', async () => {
    const PLACEMENTS = 'query($id: ID!) { placementsToObserve(candidateId: $id) { id } }';
    const [{ n }] = await bridge.sql<{ n: string }>(
      'SELECT count(*) AS n FROM placement WHERE candidate_id = $1',
      [candidateId],
    );
    const asHr = await bridge.data<{ placementsToObserve: { id: string }[] }>(
      PLACEMENTS,
      { id: candidateId },
      hr,
    );
    expect(asHr.placementsToObserve).toHaveLength(Number(n));
    const asPeer = await bridge.data<{ placementsToObserve: { id: string }[] }>(
      PLACEMENTS,
      { id: candidateId },
      peer,
    );
    expect(asPeer.placementsToObserve).toEqual([]);
    expect(onlyError(await bridge.graphql(PLACEMENTS, { id: 'nope' }, hr)).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'candidateId',
    });
    expect(onlyError(await bridge.graphql(PLACEMENTS, { id: candidateId }, other)).extensions?.code).toBe(
      'NOT_FOUND',
    );
  });
});
