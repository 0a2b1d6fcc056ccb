import { DEFAULT_LEADERSHIP_FRAMEWORK } from '@bridge/domain';
import { onlyError, TestBridge } from './bridge-test-app';

interface Framework {
  leadershipFramework: {
    transitions: { key: string; name: string; capabilityKeys: string[] }[];
    capabilities: {
      key: string;
      name: string;
      indicators: { id: string; kind: string; text: string; warningPattern: string | null }[];
    }[];
    scale: { rating: number; label: string }[];
  };
}

const FRAMEWORK = `{ leadershipFramework {
  transitions { key name capabilityKeys }
  capabilities { key name indicators { id kind text warningPattern } }
  scale { rating label }
} }`;
const UPDATE =
  'mutation($input: UpdateCapabilityInput!) { updateCapability(input: $input) { key name description } }';
const ADD =
  'mutation($input: AddIndicatorInput!) { addIndicator(input: $input) { id key kind text warningPattern } }';

const ADD_CAPABILITY =
  'mutation($input: AddCapabilityInput!) { addCapability(input: $input) { key name description indicators { id } } }';
const UPDATE_INDICATOR =
  'mutation($input: UpdateIndicatorInput!) { updateIndicator(input: $input) { id key kind text warningPattern } }';
const RETIRE = 'mutation($id: ID!) { retireIndicator(id: $id) { key indicators { id key } } }';
const SET_TRANSITION = `mutation($transition: TransitionKey!, $keys: [String!]!) {
  setTransitionCapabilities(transition: $transition, capabilityKeys: $keys) { key capabilityKeys } }`;
const RECORD = `mutation($input: RecordObservationInput!) { recordObservation(input: $input) {
  id indicator { key text kind warningPattern } } }`;
const OBSERVATIONS = `query($id: ID!) { observations(candidateId: $id, first: 50) {
  edges { node { id indicator { key text kind warningPattern } } } } }`;

describe('leadership framework', () => {
  let bridge: TestBridge;
  let admin: string;
  let globexAdmin: string;

  beforeAll(async () => {
    bridge = await TestBridge.start();
    admin = await bridge.signIn('admin@acme.test');
    globexAdmin = await bridge.signIn('hr@globex.test');
  });

  afterAll(async () => {
    await bridge.stop();
  });

  it('gives every organization its copy of the default framework, written from the seeds', async () => {
    const candidate = await bridge.signIn('candidate@acme.test');
    const { leadershipFramework } = await bridge.data<Framework>(FRAMEWORK, {}, candidate);
    expect(leadershipFramework.transitions.map((transition) => transition.key)).toEqual([
      'T1',
      'T2',
      'T3',
      'T4',
    ]);
    expect(leadershipFramework.capabilities.map((capability) => capability.key)).toEqual(
      DEFAULT_LEADERSHIP_FRAMEWORK.capabilities.map((capability) => capability.key),
    );
    expect(leadershipFramework.transitions[0].capabilityKeys).toEqual(
      expect.arrayContaining(['delegation', 'coaching']),
    );
    expect(leadershipFramework.scale.map((anchor) => anchor.label)).toEqual([
      'Not yet',
      'Emerging',
      'Demonstrating',
      'Role model',
    ]);
    const delegation = leadershipFramework.capabilities.find((capability) => capability.key === 'delegation');
    expect(delegation?.indicators.map((indicator) => indicator.warningPattern)).toEqual(
      expect.arrayContaining(['MICROMANAGEMENT', 'ABDICATION']),
    );
  });

  it("lets an admin edit their organization's copy, and no one else's", async () => {
    const { updateCapability } = await bridge.data<{ updateCapability: { name: string } }>(
      UPDATE,
      { input: { key: 'delegation', name: 'Delegating outcomes' } },
      admin,
    );
    expect(updateCapability.name).toBe('Delegating outcomes');
    const { addIndicator } = await bridge.data<{
      addIndicator: { key: string; kind: string; warningPattern: string };
    }>(
      ADD,
      {
        input: {
          capabilityKey: 'delegation',
          kind: 'WARNING_SIGN',
          text: 'Re-does finished work without saying why',
          warningPattern: 'MICROMANAGEMENT',
        },
      },
      admin,
    );
    expect(addIndicator).toMatchObject({ kind: 'WARNING_SIGN', warningPattern: 'MICROMANAGEMENT' });
    expect(addIndicator.key).toMatch(/^delegation-custom-/);

    const acme = (await bridge.data<Framework>(FRAMEWORK, {}, admin)).leadershipFramework;
    const globex = (await bridge.data<Framework>(FRAMEWORK, {}, globexAdmin)).leadershipFramework;
    const acmeDelegation = acme.capabilities.find((capability) => capability.key === 'delegation');
    const globexDelegation = globex.capabilities.find((capability) => capability.key === 'delegation');
    expect(acmeDelegation?.name).toBe('Delegating outcomes');
    expect(
      acmeDelegation?.indicators.some(
        (indicator) => indicator.text === 'Re-does finished work without saying why',
      ),
    ).toBe(true);
    expect(globexDelegation?.name).not.toBe('Delegating outcomes');
    expect(
      globexDelegation?.indicators.some(
        (indicator) => indicator.text === 'Re-does finished work without saying why',
      ),
    ).toBe(false);

    const [event] = await bridge.sql<{ action: string }>(
      "SELECT action FROM audit_event WHERE action = 'framework.changed' LIMIT 1",
    );
    expect(event.action).toBe('framework.changed');
  });

  it.each([
    [UPDATE, { input: { key: 'juggling', name: 'Juggling' } }, 'input.key'],
    [
      ADD,
      { input: { capabilityKey: 'juggling', kind: 'POSITIVE', text: 'Keeps many balls in the air' } },
      'input.capabilityKey',
    ],
    [
      ADD,
      { input: { capabilityKey: 'coaching', kind: 'WARNING_SIGN', text: 'Answers every question for them' } },
      'input.warningPattern',
    ],
    [
      ADD,
      {
        input: {
          capabilityKey: 'coaching',
          kind: 'POSITIVE',
          text: 'Asks questions first',
          warningPattern: 'ABDICATION',
        },
      },
      'input.warningPattern',
    ],
    [ADD, { input: { capabilityKey: 'coaching', kind: 'POSITIVE', text: 'short' } }, 'input.text'],
    [UPDATE, { input: { key: 'coaching', description: 'x'.repeat(501) } }, 'input.description'],
  ])('refuses %# naming the field %s, changing nothing', async (document, variables, field) => {
    const before = await bridge.sql('SELECT count(*)::int AS count FROM framework_indicator');
    const error = onlyError(await bridge.graphql(document, variables, admin));
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await bridge.sql('SELECT count(*)::int AS count FROM framework_indicator')).toEqual(before);
  });

  it('is read by everyone signed in and edited by admins only', async () => {
    const hr = await bridge.signIn('hr@acme.test');
    expect((await bridge.graphql(FRAMEWORK, {}, hr)).errors).toBeUndefined();
    expect(
      onlyError(await bridge.graphql(UPDATE, { input: { key: 'coaching', name: 'Coaching!' } }, hr))
        .extensions?.code,
    ).toBe('FORBIDDEN');
  });

  describe('editing', () => {
    const indicatorOf = async (token: string, capabilityKey: string, key: string) => {
      const { leadershipFramework } = await bridge.data<Framework>(
        `{ leadershipFramework { capabilities { key indicators { id key kind text warningPattern } } transitions { key name capabilityKeys } } }`,
        {},
        token,
      );
      return leadershipFramework.capabilities
        .find((capability) => capability.key === capabilityKey)
        ?.indicators.find((indicator) => (indicator as { key?: string }).key === key) as
        | { id: string; key: string; kind: string; text: string; warningPattern: string | null }
        | undefined;
    };
    const auditSummaries = async () =>
      (
        await bridge.data<{ auditLog: { edges: { node: { summary: string } }[] } }>(
          '{ auditLog(first: 20) { edges { node { summary } } } }',
          {},
          admin,
        )
      ).auditLog.edges.map((edge) => edge.node.summary);

    it('adds a capability at the end, keyed from its name, and lets a transition need it', async () => {
      const { addCapability } = await bridge.data<{
        addCapability: { key: string; name: string; indicators: unknown[] };
      }>(
        ADD_CAPABILITY,
        {
          input: {
            name: '  Running meetings ',
            description: 'Runs meetings that end in decisions and owners.',
          },
        },
        admin,
      );
      expect(addCapability).toMatchObject({
        key: 'running-meetings',
        name: 'Running meetings',
        indicators: [],
      });
      const again = await bridge.data<{ addCapability: { key: string } }>(
        ADD_CAPABILITY,
        {
          input: { name: 'Running meetings', description: 'The same name again, for another business unit.' },
        },
        admin,
      );
      expect(again.addCapability.key).toBe('running-meetings-2');

      const { setTransitionCapabilities } = await bridge.data<{
        setTransitionCapabilities: { key: string; capabilityKeys: string[] };
      }>(SET_TRANSITION, { transition: 'T2', keys: ['coaching', 'running-meetings', 'coaching'] }, admin);
      expect(setTransitionCapabilities).toEqual({
        key: 'T2',
        capabilityKeys: ['coaching', 'running-meetings'],
      });

      const acme = (await bridge.data<Framework>(FRAMEWORK, {}, admin)).leadershipFramework;
      expect(acme.capabilities.at(-1)?.key).toBe('running-meetings-2');
      expect(acme.transitions.find((transition) => transition.key === 'T2')?.capabilityKeys).toEqual([
        'coaching',
        'running-meetings',
      ]);
      const globex = (await bridge.data<Framework>(FRAMEWORK, {}, globexAdmin)).leadershipFramework;
      expect(globex.capabilities.some((capability) => capability.key === 'running-meetings')).toBe(false);
      expect(globex.transitions.find((transition) => transition.key === 'T2')?.capabilityKeys).toEqual(
        DEFAULT_LEADERSHIP_FRAMEWORK.transitions[1].capabilityKeys,
      );
      expect(await auditSummaries()).toEqual(
        expect.arrayContaining([
          'Added the capability Running meetings to the leadership framework',
          'Set what Managing managers needs in the leadership framework: Coaching, Running meetings',
        ]),
      );
    });

    it('keeps the words an observation was recorded against after the indicator is reworded, turned into a warning sign, or retired', async () => {
      const hr = await bridge.signIn('hr@acme.test');
      const [{ id: candidateId }] = await bridge.sql<{ id: string }>(
        "SELECT id FROM person WHERE email = 'candidate@acme.test'",
      );
      const original = await indicatorOf(admin, 'coaching', 'coaching-asks-before-telling');
      expect(original).toBeDefined();
      const observationInput = {
        candidateId,
        capabilityKey: 'coaching',
        indicatorKey: 'coaching-asks-before-telling',
        rating: 3,
        situation: 'A junior engineer was stuck on a flaky test.',
        behaviour: 'Asked what they had tried and what they would try next.',
        impact: 'They found the race themselves and wrote it up for the team.',
        observedOn: '2026-06-15',
        visibility: 'SHARED',
      };
      const { recordObservation } = await bridge.data<{ recordObservation: { id: string } }>(
        RECORD,
        { input: observationInput },
        hr,
      );

      const { updateIndicator } = await bridge.data<{ updateIndicator: Record<string, unknown> }>(
        UPDATE_INDICATOR,
        {
          input: {
            id: original?.id,
            text: 'Answers the question for them instead of asking',
            kind: 'WARNING_SIGN',
            warningPattern: 'OVER_INVOLVEMENT',
          },
        },
        admin,
      );
      expect(updateIndicator).toMatchObject({
        key: 'coaching-asks-before-telling',
        kind: 'WARNING_SIGN',
        text: 'Answers the question for them instead of asking',
        warningPattern: 'OVER_INVOLVEMENT',
      });
      const { retireIndicator } = await bridge.data<{ retireIndicator: { indicators: { key: string }[] } }>(
        RETIRE,
        { id: original?.id },
        admin,
      );
      expect(retireIndicator.indicators.map((indicator) => indicator.key)).not.toContain(
        'coaching-asks-before-telling',
      );
      expect(await indicatorOf(admin, 'coaching', 'coaching-asks-before-telling')).toBeUndefined();

      const { observations } = await bridge.data<{
        observations: { edges: { node: { id: string; indicator: Record<string, unknown> } }[] };
      }>(OBSERVATIONS, { id: candidateId }, hr);
      const recorded = observations.edges.find((edge) => edge.node.id === recordObservation.id);
      expect(recorded?.node.indicator).toEqual({
        key: 'coaching-asks-before-telling',
        text: original?.text,
        kind: 'POSITIVE',
        warningPattern: null,
      });
      // Retired: observers can no longer pick it.
      const refused = onlyError(await bridge.graphql(RECORD, { input: observationInput }, hr));
      expect(refused.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.indicatorKey' });
      // …and it cannot be edited any more either.
      const gone = onlyError(
        await bridge.graphql(
          UPDATE_INDICATOR,
          { input: { id: original?.id, text: 'Asks more questions' } },
          admin,
        ),
      );
      expect(gone.extensions?.code).toBe('NOT_FOUND');
      expect(await auditSummaries()).toEqual(
        expect.arrayContaining([
          'Changed a warning sign of Coaching in the leadership framework',
          'Retired a warning sign of Coaching in the leadership framework',
        ]),
      );
    });

    it('clears the warning pattern when a warning sign becomes a positive indicator', async () => {
      const sign = await indicatorOf(admin, 'delegation', 'delegation-takes-work-back');
      const { updateIndicator } = await bridge.data<{ updateIndicator: Record<string, unknown> }>(
        UPDATE_INDICATOR,
        { input: { id: sign?.id, kind: 'POSITIVE' } },
        admin,
      );
      expect(updateIndicator).toMatchObject({ kind: 'POSITIVE', warningPattern: null, text: sign?.text });
    });

    const blank = ' '.repeat(12);
    it.each([
      [
        'a blank capability name',
        ADD_CAPABILITY,
        { input: { name: ' ', description: 'A good description.' } },
        'input.name',
      ],
      [
        'an over-long capability description',
        ADD_CAPABILITY,
        { input: { name: 'Listening', description: 'x'.repeat(501) } },
        'input.description',
      ],
      ['blank indicator text', UPDATE_INDICATOR, { input: { id: 'coaching', text: blank } }, 'input.text'],
      [
        'over-long indicator text',
        UPDATE_INDICATOR,
        { input: { id: 'coaching', text: 'x'.repeat(301) } },
        'input.text',
      ],
      [
        'a warning sign with no pattern',
        UPDATE_INDICATOR,
        { input: { id: 'coaching', kind: 'WARNING_SIGN' } },
        'input.warningPattern',
      ],
      [
        'a positive indicator with a pattern',
        UPDATE_INDICATOR,
        { input: { id: 'coaching', warningPattern: 'ABDICATION' } },
        'input.warningPattern',
      ],
      ['a malformed indicator id', RETIRE, { id: 'coaching-asks-before-telling' }, 'id'],
      ['a transition needing nothing', SET_TRANSITION, { transition: 'T1', keys: [] }, 'capabilityKeys'],
    ])('refuses %s naming the field, changing nothing', async (_case, document, variables, field) => {
      const positive = await indicatorOf(admin, 'delegation', 'delegation-agrees-outcomes');
      const input = (variables as { input?: { id?: string } }).input;
      const resolved = input?.id === 'coaching' ? { input: { ...input, id: positive?.id } } : variables;
      const snapshot = () =>
        bridge.sql(
          `SELECT (SELECT count(*)::int FROM framework_capability) AS capabilities,
                  (SELECT string_agg(text || kind || coalesce(warning_pattern, ''), '|' ORDER BY id) FROM framework_indicator) AS indicators,
                  (SELECT string_agg(array_to_string(capability_keys, ','), '|' ORDER BY organization_id, key) FROM framework_transition) AS transitions`,
        );
      const before = await snapshot();
      const error = onlyError(await bridge.graphql(document, resolved, admin));
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(await snapshot()).toEqual(before);
    });

    it('answers NOT_FOUND for an unknown or foreign indicator, and for an unknown capability of a transition', async () => {
      const globexIndicator = await indicatorOf(globexAdmin, 'coaching', 'coaching-asks-before-telling');
      for (const [document, variables] of [
        [UPDATE_INDICATOR, { input: { id: globexIndicator?.id, text: 'Taken over from another tenant' } }],
        [RETIRE, { id: globexIndicator?.id }],
        [RETIRE, { id: '00000000-0000-4000-8000-000000000000' }],
        [SET_TRANSITION, { transition: 'T1', keys: ['coaching', 'juggling'] }],
      ] as const) {
        const error = onlyError(await bridge.graphql(document, variables, admin));
        expect(error.extensions?.code).toBe('NOT_FOUND');
        expect(error.message).not.toMatch(/globex|tenant|organization/i);
      }
      expect(await indicatorOf(globexAdmin, 'coaching', 'coaching-asks-before-telling')).toEqual(
        globexIndicator,
      );
    });
  });
});
