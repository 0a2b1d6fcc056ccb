import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema } from 'graphql';
import { GraphqlResponse, TestBridge } from './bridge-test-app';

/**
 * Every root operation × every persona → allowed, or the exact error. The operations come from the
 * committed schema: an operation added without a row here fails the first test.
 */

type Persona =
  | 'signedOut'
  | 'admin'
  | 'hr'
  | 'sponsor'
  | 'candidate'
  | 'mentee'
  | 'noRoles'
  | 'otherTenantAdmin';
type Outcome = 'ALLOWED' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'BAD_USER_INPUT';

const PERSONAS: Persona[] = [
  'signedOut',
  'admin',
  'hr',
  'sponsor',
  'candidate',
  'mentee',
  'noRoles',
  'otherTenantAdmin',
];
const SIGN_IN: Record<Exclude<Persona, 'signedOut' | 'noRoles'>, string> = {
  admin: 'admin@acme.test',
  hr: 'hr@acme.test',
  sponsor: 'sponsor@acme.test',
  candidate: 'candidate@acme.test',
  mentee: 'mentee@acme.test',
  otherTenantAdmin: 'hr@globex.test',
};

/** Ids in Acme that the rows use; the other tenant's admin must never reach them. */
interface AcmeIds {
  mentee: string;
  unit: string;
  peopleImport: string;
}

interface CellContext {
  ids: AcmeIds;
  /** A new session of its own, for a cell whose operation ends sessions or spends a refresh token. */
  signInAgain: (email: string) => Promise<{ token: string; refreshToken: string }>;
}

interface MatrixRow {
  document: string;
  variables?: (context: CellContext) => Record<string, unknown> | Promise<Record<string, unknown>>;
  /** What a caller who passes the access check gets, when the call itself is meant to fail (e.g. a wrong password). */
  allowedOutcome?: Outcome;
  /** The call ends the caller's session(s): make it with a session of its own, and sign the persona in again after. */
  endsSessions?: boolean;
  /** Who in Acme may call it. `everyone` = any signed-in person; `public` = also signed out. */
  allowed: 'public' | 'everyone' | Persona[];
  /** What the other tenant's admin gets: NOT_FOUND for an Acme id, ALLOWED when the answer is their own data. */
  otherTenant: Outcome;
}

const signedIn = (...personas: Persona[]): Persona[] => personas;

const MATRIX: Record<string, MatrixRow> = {
  login: {
    document: 'mutation { login(email: "mentee@acme.test", password: "bridge-demo") { token } }',
    allowed: 'public',
    otherTenant: 'ALLOWED',
  },
  me: { document: '{ me { id email } }', allowed: 'everyone', otherTenant: 'ALLOWED' },
  signInOptions: {
    document: '{ signInOptions { singleSignOn { name } } }',
    allowed: 'public',
    otherTenant: 'ALLOWED',
  },
  leadershipFramework: {
    document: '{ leadershipFramework { capabilities { key } } }',
    allowed: 'everyone',
    otherTenant: 'ALLOWED',
  },
  updateCapability: {
    document: 'mutation { updateCapability(input: { key: "coaching", name: "Coaching" }) { key } }',
    allowed: signedIn('admin'),
    otherTenant: 'ALLOWED',
  },
  addIndicator: {
    document:
      'mutation { addIndicator(input: { capabilityKey: "coaching", kind: POSITIVE, text: "Asks before telling" }) { id } }',
    allowed: signedIn('admin'),
    otherTenant: 'ALLOWED',
  },
  person: {
    document: 'query($id: ID!) { person(id: $id) { id email } }',
    variables: ({ ids }) => ({ id: ids.mentee }),
    allowed: 'everyone',
    otherTenant: 'NOT_FOUND',
  },
  people: {
    document:
      'query($unitId: ID) { people(filter: { unitId: $unitId }, first: 100) { edges { node { id email } } } }',
    variables: ({ ids }) => ({ unitId: ids.unit }),
    allowed: 'everyone',
    otherTenant: 'ALLOWED',
  },
  orgUnits: { document: '{ orgUnits { id name } }', allowed: 'everyone', otherTenant: 'ALLOWED' },
  orgChartRoots: { document: '{ orgChartRoots { id email } }', allowed: 'everyone', otherTenant: 'ALLOWED' },
  importPeople: {
    document:
      'mutation { importPeople(csv: "id,name,email\\nM1,Matrix Person,matrix@x.test", dryRun: true) { status } }',
    allowed: signedIn('admin'),
    otherTenant: 'ALLOWED',
  },
  peopleImport: {
    document: 'query($id: ID!) { peopleImport(id: $id) { id status } }',
    variables: ({ ids }) => ({ id: ids.peopleImport }),
    allowed: signedIn('admin'),
    otherTenant: 'NOT_FOUND',
  },
  peopleImports: { document: '{ peopleImports { id } }', allowed: signedIn('admin'), otherTenant: 'ALLOWED' },
  setPersonRoles: {
    // Sets the roles the mentee already has: the call is checked, nothing changes.
    document: 'mutation($id: ID!) { setPersonRoles(personId: $id, roles: [MENTEE]) { id roles } }',
    variables: ({ ids }) => ({ id: ids.mentee }),
    allowed: signedIn('admin'),
    otherTenant: 'NOT_FOUND',
  },
  auditLog: {
    document: '{ auditLog(first: 100) { edges { node { id summary } } } }',
    allowed: signedIn('admin'),
    otherTenant: 'ALLOWED',
  },
  refreshSession: {
    document: 'mutation($t: String!) { refreshSession(refreshToken: $t) { token } }',
    variables: async ({ signInAgain }) => ({ t: (await signInAgain('mentee@acme.test')).refreshToken }),
    allowed: 'public',
    otherTenant: 'ALLOWED',
  },
  signOut: {
    document: 'mutation { signOut }',
    allowed: 'everyone',
    otherTenant: 'ALLOWED',
    endsSessions: true,
  },
  signOutEverywhere: {
    document: 'mutation { signOutEverywhere }',
    allowed: 'everyone',
    otherTenant: 'ALLOWED',
    endsSessions: true,
  },
  changePassword: {
    // A wrong current password: the access check passes, the change does not happen.
    document:
      'mutation { changePassword(currentPassword: "not-the-password", newPassword: "a long new password") }',
    allowed: 'everyone',
    allowedOutcome: 'BAD_USER_INPUT',
    otherTenant: 'BAD_USER_INPUT',
  },
  createPasswordResetLink: {
    document: 'mutation($id: ID!) { createPasswordResetLink(personId: $id) { expiresAt } }',
    variables: ({ ids }) => ({ id: ids.mentee }),
    allowed: signedIn('admin'),
    otherTenant: 'NOT_FOUND',
  },
  resetPassword: {
    document: 'mutation { resetPassword(token: "not-a-reset-token", newPassword: "a long new password") }',
    allowed: 'public',
    allowedOutcome: 'BAD_USER_INPUT',
    otherTenant: 'BAD_USER_INPUT',
  },
};

function expectedOutcome(row: MatrixRow, persona: Persona): Outcome {
  const allowed = row.allowedOutcome ?? 'ALLOWED';
  if (row.allowed === 'public') return persona === 'otherTenantAdmin' ? row.otherTenant : allowed;
  if (persona === 'signedOut') return 'UNAUTHENTICATED';
  if (persona === 'otherTenantAdmin') return row.otherTenant;
  if (row.allowed === 'everyone') return allowed;
  return row.allowed.includes(persona) ? allowed : 'FORBIDDEN';
}

function outcomeOf(response: GraphqlResponse<unknown>): Outcome | string {
  if (!response.errors?.length) return 'ALLOWED';
  return String(response.errors[0].extensions?.code);
}

describe('authorization matrix', () => {
  let bridge: TestBridge;
  const tokens = new Map<Persona, string | undefined>();
  let ids: AcmeIds;
  let acmeEmails: Set<string>;
  const emailOf = new Map<Persona, string>();
  const signInAgain = async (email: string) =>
    (
      await bridge.data<{ login: { token: string; refreshToken: string } }>(
        'mutation($e: String!) { login(email: $e, password: "bridge-demo") { token refreshToken } }',
        { e: email },
      )
    ).login;

  beforeAll(async () => {
    bridge = await TestBridge.start();
    for (const [persona, email] of Object.entries(SIGN_IN)) {
      tokens.set(persona as Persona, await bridge.signIn(email));
      emailOf.set(persona as Persona, email);
    }
    const [noRoles] = await bridge.sql<{ email: string }>(
      "SELECT p.email FROM person p JOIN organization o ON o.id = p.organization_id WHERE o.slug = 'acme' AND p.roles = '{}' ORDER BY p.email LIMIT 1",
    );
    tokens.set('noRoles', await bridge.signIn(noRoles.email));
    emailOf.set('noRoles', noRoles.email);
    tokens.set('signedOut', undefined);

    const admin = tokens.get('admin');
    const { importPeople } = await bridge.data<{ importPeople: { id: string } }>(
      'mutation { importPeople(csv: "id,name,email\\nM0,Seed Person,seed@x.test", dryRun: true) { id } }',
      {},
      admin,
    );
    const [row] = await bridge.sql<{ mentee: string; unit: string }>(
      "SELECT p.id AS mentee, p.unit_id AS unit FROM person p WHERE p.email = 'mentee@acme.test'",
    );
    ids = { mentee: row.mentee, unit: row.unit, peopleImport: importPeople.id };
    acmeEmails = new Set(
      (await bridge.sql<{ email: string }>("SELECT email FROM person WHERE email LIKE '%@acme.test'")).map(
        (r) => r.email,
      ),
    );
  });

  afterAll(async () => {
    await bridge.stop();
  });

  it('has a row for every query and mutation of the schema, and none for anything else', () => {
    const schema = buildSchema(readFileSync(join(__dirname, '../schema.gql'), 'utf8'));
    const operations = [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]
      .flatMap((type) => (type ? Object.keys(type.getFields()) : []))
      .sort();
    expect(Object.keys(MATRIX).sort()).toEqual(operations);
  });

  const cells = Object.entries(MATRIX).flatMap(([operation, row]) =>
    PERSONAS.map((persona) => [operation, persona, expectedOutcome(row, persona)] as const),
  );

  it.each(cells)('%s as %s → %s', async (operation, persona, expected) => {
    const row = MATRIX[operation];
    const email = emailOf.get(persona);
    const token = row.endsSessions && email ? (await signInAgain(email)).token : tokens.get(persona);
    const variables = (await row.variables?.({ ids, signInAgain })) ?? {};
    const response = await bridge.graphql(row.document, variables, token);
    expect(outcomeOf(response)).toBe(expected);
    // Signing out everywhere ended the persona's usual session too: give them a new one for the next rows.
    if (row.endsSessions && email) tokens.set(persona, await bridge.signIn(email));
    if (persona === 'otherTenantAdmin' && expected === 'ALLOWED' && operation !== 'login') {
      // Allowed for the other tenant means: answered from their own data, nothing of Acme in it.
      const text = JSON.stringify(response.data);
      expect([...acmeEmails].filter((email) => text.includes(email))).toEqual([]);
      expect(text).not.toContain(ids.mentee);
      expect(text).not.toContain(ids.peopleImport);
    }
  });
});
