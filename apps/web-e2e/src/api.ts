import type { APIRequestContext } from '@playwright/test';
import { DEMO_PASSWORD } from './sign-in';

/**
 * GraphQL as one person, for setting a journey's scene quickly (what the journey itself checks is
 * done in the browser).
 */
export class Api {
  private constructor(
    private readonly request: APIRequestContext,
    private readonly token: string,
  ) {}

  static async as(request: APIRequestContext, email: string): Promise<Api> {
    const response = await request.post('/graphql', {
      data: {
        query:
          'mutation($email: String!, $password: String!) { login(email: $email, password: $password) { token } }',
        variables: { email, password: DEMO_PASSWORD },
      },
    });
    const body = (await response.json()) as { data?: { login: { token: string } } };
    if (!body.data) throw new Error(`Could not sign in ${email}: ${JSON.stringify(body)}`);
    return new Api(request, body.data.login.token);
  }

  async data<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const response = await this.request.post('/graphql', {
      headers: { authorization: `Bearer ${this.token}` },
      data: { query, variables },
    });
    const body = (await response.json()) as { data?: T; errors?: unknown[] };
    if (body.errors?.length || !body.data) throw new Error(`GraphQL failed: ${JSON.stringify(body.errors)}`);
    return body.data;
  }

  /** A published stretch project of this sponsor's; returns its id. */
  async postProject(title: string, hoursPerWeek = 2): Promise<string> {
    const { createOpportunity } = await this.data<{ createOpportunity: { id: string } }>(
      `mutation($input: CreateOpportunityInput!) { createOpportunity(input: $input) { id } }`,
      {
        input: {
          kind: 'STRETCH_PROJECT',
          title,
          description: 'A stretch project set up for a browser journey.',
          seats: 2,
          hoursPerWeek,
          capabilityKeys: ['delegation'],
          skills: [],
          crossFunctional: false,
        },
      },
    );
    await this.data('mutation($id: ID!) { publishOpportunity(id: $id) { id } }', {
      id: createOpportunity.id,
    });
    return createOpportunity.id;
  }

  async apply(opportunityId: string): Promise<string> {
    const { applyToOpportunity } = await this.data<{ applyToOpportunity: { id: string } }>(
      'mutation($id: ID!) { applyToOpportunity(opportunityId: $id, motivation: "I would like to lead this.") { id } }',
      { id: opportunityId },
    );
    return applyToOpportunity.id;
  }

  consent(applicationId: string): Promise<unknown> {
    return this.data('mutation($id: ID!) { decideConsent(applicationId: $id, approve: true) { id } }', {
      id: applicationId,
    });
  }

  offer(applicationId: string): Promise<unknown> {
    return this.data('mutation($id: ID!) { offerPlacement(applicationId: $id) { id } }', {
      id: applicationId,
    });
  }

  accept(applicationId: string): Promise<unknown> {
    return this.data('mutation($id: ID!) { respondToOffer(applicationId: $id, accept: true) { id } }', {
      id: applicationId,
    });
  }
}
