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
});
