import { onlyError, TestBridge } from './bridge-test-app';

const SUGGEST = 'query($search: String, $first: Int) { skillSuggestions(search: $search, first: $first) }';
const CREATE = 'mutation($input: CreateOpportunityInput!) { createOpportunity(input: $input) { id } }';
const PUBLISH = 'mutation($id: ID!) { publishOpportunity(id: $id) { id } }';
const PROFILE =
  'mutation($input: CandidateProfileInput!) { updateCandidateProfile(input: $input) { skills } }';

describe('skill suggestions', () => {
  let bridge: TestBridge;
  let mentee: string;

  const suggest = async (token: string, search: string | null, first?: number): Promise<string[]> =>
    (await bridge.data<{ skillSuggestions: string[] }>(SUGGEST, { search, first }, token)).skillSuggestions;

  /** An opportunity with these skills; published unless `draft`. */
  const post = async (token: string, skills: string[], draft = false): Promise<void> => {
    const { createOpportunity } = await bridge.data<{ createOpportunity: { id: string } }>(
      CREATE,
      {
        input: {
          kind: 'STRETCH_PROJECT',
          title: `Skills check ${skills.join(', ')}`,
          description: 'An opportunity whose skills the suggestions should (or should not) offer.',
          seats: 1,
          hoursPerWeek: 2,
          capabilityKeys: ['delegation'],
          skills,
        },
      },
      token,
    );
    if (!draft) await bridge.data(PUBLISH, { id: createOpportunity.id }, token);
  };

  beforeAll(async () => {
    bridge = await TestBridge.start();
    const [sponsor, candidate, globex] = await Promise.all(
      ['sponsor@acme.test', 'candidate@acme.test', 'hr@globex.test'].map((email) => bridge.signIn(email)),
    );
    mentee = await bridge.signIn('mentee@acme.test');
    await post(sponsor, ['Kubernetes', 'Cloud costs']);
    await post(sponsor, ['KUBERNETES', 'Cloud security']);
    await post(sponsor, ['Board merger preparation'], true);
    await bridge.data(
      PROFILE,
      {
        input: {
          targetTransition: 'T1',
          capabilityKeys: ['delegation'],
          skills: ['Kubernetes', 'Cloud costs', 'C++'],
          hoursPerWeek: 4,
        },
      },
      candidate,
    );
    await post(globex, ['Kubernetes security', 'Quantum annealing']);
  });

  afterAll(async () => {
    await bridge.stop();
  });

  it('suggests skills starting with what was typed, in any case, most used first', async () => {
    expect(await suggest(mentee, 'cloud')).toEqual(['Cloud costs', 'Cloud security']);
    expect(await suggest(mentee, 'CLOUD', 1)).toEqual(['Cloud costs']);
  });

  it('matches the start of any word of a skill, not the middle of one', async () => {
    expect(await suggest(mentee, 'cost')).toEqual(['Cloud costs']);
    expect(await suggest(mentee, 'loud')).toEqual([]);
  });

  it('offers a skill once whatever its case, in its most used spelling', async () => {
    expect(await suggest(mentee, 'kub')).toEqual(['Kubernetes']);
  });

  it('reads what was typed as text, not as a pattern', async () => {
    expect(await suggest(mentee, 'c+')).toEqual(['C++']);
    expect(await suggest(mentee, '(')).toEqual([]);
    expect(await suggest(mentee, '.*')).toEqual([]);
  });

  it("never suggests a draft's skills, nor another organization's", async () => {
    expect(await suggest(mentee, 'board')).toEqual([]);
    expect(await suggest(mentee, 'quantum')).toEqual([]);
    const globex = await bridge.signIn('hr@globex.test');
    expect(await suggest(globex, 'kub')).toEqual(['Kubernetes security']);
    expect(await suggest(globex, 'cloud')).toEqual([]);
  });

  it('without a search, suggests the most used skills of the organization, each once', async () => {
    const all = await suggest(mentee, null, 20);
    expect(new Set(all.map((skill) => skill.toLowerCase())).size).toBe(all.length);
    expect(all).toEqual(expect.arrayContaining(['Kubernetes', 'Cloud costs', 'C++']));
    expect(all).not.toContain('Quantum annealing');
    expect(all).not.toContain('Board merger preparation');
    expect(await suggest(mentee, null, 3)).toEqual(all.slice(0, 3));
    expect(await suggest(mentee, '  ')).toEqual(all.slice(0, 10));
  });

  it.each([
    ['a search longer than a skill', { search: 'x'.repeat(61) }, 'search'],
    ['a search with a NUL byte', { search: 'Kube\u0000rnetes' }, 'search'],
    ['more than 20 suggestions', { search: 'k', first: 21 }, 'first'],
    ['no suggestions at all', { search: 'k', first: 0 }, 'first'],
  ])('refuses %s as BAD_USER_INPUT naming the field', async (_label, variables, field) => {
    const error = onlyError(await bridge.graphql(SUGGEST, variables, mentee));
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(error.message).toContain(field);
  });

  it('is for signed-in people only', async () => {
    const error = onlyError(await bridge.graphql(SUGGEST, { search: 'kub' }));
    expect(error.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
