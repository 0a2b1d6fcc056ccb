import { DEFAULT_FIT_WEIGHTS } from '@bridge/matching';
import { TenantDatabase } from '../src/database/tenant-database';
import { OrganizationSettings } from '../src/organizations/organization-settings.service';
import { onlyError, TestBridge } from './bridge-test-app';

const SET = `mutation($weights: FitWeightsInput!) { setMatchingWeights(weights: $weights) {
  matchingWeights { DEVELOPMENT SKILL INTEREST NEW_OBSERVER FAIR_ACCESS } } }`;
const READ =
  '{ me { organization { matchingWeights { DEVELOPMENT SKILL INTEREST NEW_OBSERVER FAIR_ACCESS } } } }';

describe('matching weights', () => {
  let bridge: TestBridge;
  let admin: string;
  let hr: string;
  let globex: string;

  const read = async (token: string) =>
    (
      await bridge.data<{ me: { organization: { matchingWeights: Record<string, number> } } }>(
        READ,
        {},
        token,
      )
    ).me.organization.matchingWeights;
  const stored = async (slug: string) =>
    (
      await bridge.sql<{ weights: unknown }>(
        'SELECT matching_weights AS weights FROM organization WHERE slug = $1',
        [slug],
      )
    )[0].weights;

  beforeAll(async () => {
    bridge = await TestBridge.start();
    [admin, hr, globex] = await Promise.all(
      ['admin@acme.test', 'hr@acme.test', 'hr@globex.test'].map((email) => bridge.signIn(email)),
    );
  });

  afterAll(async () => {
    await bridge.stop();
  });

  it("reads the engine's defaults until the organization chooses its own", async () => {
    expect(await stored('acme')).toBeNull();
    expect(await read(hr)).toEqual(DEFAULT_FIT_WEIGHTS);
  });

  it('lets admins and HR choose the weights, for their own organization only', async () => {
    const weights = { DEVELOPMENT: 5, SKILL: 0, INTEREST: 1.5, NEW_OBSERVER: 2, FAIR_ACCESS: 100 };
    const { setMatchingWeights } = await bridge.data<{ setMatchingWeights: { matchingWeights: unknown } }>(
      SET,
      { weights },
      admin,
    );
    expect(setMatchingWeights.matchingWeights).toEqual(weights);
    expect(await read(hr)).toEqual(weights);
    expect(await read(globex)).toEqual(DEFAULT_FIT_WEIGHTS);
    expect(await stored('globex')).toBeNull();
    await bridge.data(SET, { weights: { ...weights, SKILL: 1 } }, hr);
    expect((await read(admin))['SKILL']).toBe(1);
  });

  it('gives the matching facts reader the same weights', async () => {
    const [{ id }] = await bridge.sql<{ id: string }>("SELECT id FROM organization WHERE slug = 'acme'");
    // As a job (a matching round) reads them: in a transaction of its own for the organization.
    const fromService = await bridge
      .provider(TenantDatabase)
      .run(id, () => bridge.provider(OrganizationSettings).matchingWeights(id));
    expect(fromService).toEqual(await read(hr));
  });

  it('refuses a negative, too large or all-zero set, naming the factor, and changes nothing', async () => {
    const before = await stored('acme');
    const negative = onlyError(
      await bridge.graphql(SET, { weights: { ...DEFAULT_FIT_WEIGHTS, NEW_OBSERVER: -1 } }, admin),
    );
    expect(negative.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'weights.NEW_OBSERVER' });
    expect(negative.message).toContain('New observer');
    const tooLarge = onlyError(
      await bridge.graphql(SET, { weights: { ...DEFAULT_FIT_WEIGHTS, SKILL: 101 } }, admin),
    );
    expect(tooLarge.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'weights.SKILL' });
    const allZero = onlyError(
      await bridge.graphql(
        SET,
        { weights: { DEVELOPMENT: 0, SKILL: 0, INTEREST: 0, NEW_OBSERVER: 0, FAIR_ACCESS: 0 } },
        admin,
      ),
    );
    expect(allZero.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'weights' });
    const missing = await bridge.graphql(SET, { weights: { DEVELOPMENT: 1 } }, admin);
    expect(missing.errors?.[0].extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(await stored('acme')).toEqual(before);
  });

  it('refuses everyone but admins and HR', async () => {
    for (const email of ['sponsor@acme.test', 'candidate@acme.test', 'manager@acme.test']) {
      const error = onlyError(
        await bridge.graphql(SET, { weights: DEFAULT_FIT_WEIGHTS }, await bridge.signIn(email)),
      );
      expect(error.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'PERMISSION_REQUIRED' });
    }
  });
});
