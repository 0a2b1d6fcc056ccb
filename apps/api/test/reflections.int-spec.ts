import { onlyError, TestBridge } from './bridge-test-app';

const ADD = `mutation($input: AddReflectionInput!) { addReflection(input: $input) {
  id text capabilityKey sharedWithHr writtenAt author { id } placement { id } } }`;
const SHARE = `mutation($id: ID!, $shared: Boolean!) { shareReflection(reflectionId: $id, shared: $shared) { id sharedWithHr } }`;
const LIST = `query($id: ID!) { reflections(candidateId: $id) { id text sharedWithHr } }`;

describe('reflections', () => {
  let bridge: TestBridge;
  let hr: string;
  let manager: string;
  let candidate: string;
  let mentee: string;
  let other: string;
  let candidateId: string;

  const count = async () =>
    Number((await bridge.sql<{ n: string }>('SELECT count(*) AS n FROM reflection'))[0].n);
  const add = (token: string, input: Record<string, unknown>) =>
    bridge.graphql<{ addReflection: { id: string; sharedWithHr: boolean } }>(ADD, { input }, token);
  const listed = async (token: string) =>
    (
      await bridge.data<{ reflections: { id: string; sharedWithHr: boolean }[] }>(
        LIST,
        { id: candidateId },
        token,
      )
    ).reflections;

  beforeAll(async () => {
    bridge = await TestBridge.start();
    [hr, manager, candidate, mentee, other] = await Promise.all(
      ['hr@acme.test', 'manager@acme.test', 'candidate@acme.test', 'mentee@acme.test', 'hr@globex.test'].map(
        (email) => bridge.signIn(email),
      ),
    );
    [{ id: candidateId }] = await bridge.sql<{ id: string }>(
      "SELECT id FROM person WHERE email = 'candidate@acme.test'",
    );
  });

  afterAll(async () => {
    await bridge.stop();
  });

  it('keeps a reflection private to the candidate until they share it with HR, and lets them take it back', async () => {
    const { addReflection } = await bridge.data<{ addReflection: Record<string, unknown> & { id: string } }>(
      ADD,
      { input: { text: '  I let the team pick the rollout order.  ', capabilityKey: 'delegation' } },
      candidate,
    );
    expect(addReflection).toMatchObject({
      text: 'I let the team pick the rollout order.',
      capabilityKey: 'delegation',
      sharedWithHr: false,
      author: { id: candidateId },
      placement: null,
    });
    const id = addReflection.id;
    expect((await listed(candidate)).map((r) => r.id)).toContain(id);
    expect((await listed(hr)).map((r) => r.id)).not.toContain(id);

    const { shareReflection } = await bridge.data<{ shareReflection: { sharedWithHr: boolean } }>(
      SHARE,
      { id, shared: true },
      candidate,
    );
    expect(shareReflection.sharedWithHr).toBe(true);
    expect(await listed(hr)).toContainEqual({
      id,
      text: 'I let the team pick the rollout order.',
      sharedWithHr: true,
    });

    await bridge.data(SHARE, { id, shared: false }, candidate);
    expect((await listed(hr)).map((r) => r.id)).not.toContain(id);
    expect(await listed(candidate)).toContainEqual(expect.objectContaining({ id, sharedWithHr: false }));
  });

  it('refuses the reflections to anyone but the candidate and HR, even when shared', async () => {
    await bridge.data(
      ADD,
      { input: { text: 'Shared with HR from the start.', sharedWithHr: true } },
      candidate,
    );
    for (const token of [manager, mentee]) {
      expect(onlyError(await bridge.graphql(LIST, { id: candidateId }, token)).extensions).toMatchObject({
        code: 'FORBIDDEN',
        reason: 'PERMISSION_REQUIRED',
      });
    }
    expect(onlyError(await bridge.graphql(LIST, { id: candidateId }, other)).extensions?.code).toBe(
      'NOT_FOUND',
    );
  });

  it('lets only its author share a reflection: HR may read a shared one but not change it', async () => {
    const { addReflection } = await bridge.data<{ addReflection: { id: string } }>(
      ADD,
      { input: { text: 'Mine to share.', sharedWithHr: true } },
      candidate,
    );
    const id = addReflection.id;
    expect(onlyError(await bridge.graphql(SHARE, { id, shared: false }, hr)).extensions).toMatchObject({
      code: 'FORBIDDEN',
    });
    await bridge.data(SHARE, { id, shared: false }, candidate);
    // Private again: HR can no longer tell it exists, nor can anyone else.
    for (const token of [hr, manager, other])
      expect(onlyError(await bridge.graphql(SHARE, { id, shared: true }, token)).extensions?.code).toBe(
        'NOT_FOUND',
      );
  });

  it('refuses bad input naming the field, a placement not theirs, and people without the candidate role', async () => {
    const before = await count();
    const cases: [Record<string, unknown>, string][] = [
      [{ text: '   ' }, 'input.text'],
      [{ text: 'x'.repeat(4001) }, 'input.text'],
      [{ text: 'Fine.', capabilityKey: 'no-such-capability' }, 'input.capabilityKey'],
    ];
    for (const [input, field] of cases)
      expect(onlyError(await add(candidate, input)).extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field,
      });
    const foreignPlacement = await add(candidate, {
      text: 'About a placement.',
      placementId: '00000000-0000-4000-8000-000000000000',
    });
    expect(onlyError(foreignPlacement).extensions?.code).toBe('NOT_FOUND');
    expect(onlyError(await add(manager, { text: 'A manager reflecting.' })).extensions).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'PERMISSION_REQUIRED',
    });
    expect(await count()).toBe(before);
  });

  it('is protected by row-level security in PostgreSQL', async () => {
    const [table] = await bridge.sql<{ protected: boolean }>(
      "SELECT relrowsecurity AND relforcerowsecurity AS protected FROM pg_class WHERE relname = 'reflection'",
    );
    expect(table.protected).toBe(true);
  });
});
