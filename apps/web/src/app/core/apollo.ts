import { inject, Injector, type Provider } from '@angular/core';
import { ApolloLink, CombinedGraphQLErrors, type FieldPolicy, InMemoryCache } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { provideApollo } from 'apollo-angular';
import { HttpLink } from 'apollo-angular/http';
import { from, of, switchMap } from 'rxjs';
import { Session } from './session';
import { SessionKeeper } from './session-keeper';

/**
 * Operations that need no session and carry no token. Sign-in answers wrong credentials, and renewal a
 * spent refresh token, with UNAUTHENTICATED too; that is theirs to handle, not a reason to renew.
 */
const PUBLIC_OPERATIONS = new Set(['SignIn', 'RefreshSession', 'ResetPassword']);
const RETRIED_WITH_RENEWED_SESSION = 'retriedWithRenewedSession';

function isUnauthenticated(error: unknown): boolean {
  return CombinedGraphQLErrors.is(error) && error.errors.some((problem) => problem.extensions?.['code'] === 'UNAUTHENTICATED');
}

/** A connection read page by page: a page fetched with `after` is appended, a first page starts over. */
function appendedPages(keyArgs: string[]): FieldPolicy<{ edges: unknown[] }> {
  return {
    keyArgs,
    merge(existing, incoming, { args }) {
      if (!existing || !args?.['after']) return incoming;
      return { ...incoming, edges: [...existing.edges, ...incoming.edges] };
    },
  };
}

export function createBridgeCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: {
      Query: {
        fields: {
          people: appendedPages(['filter', 'first']),
          auditLog: appendedPages(['first']),
        },
      },
    },
  });
}

export function provideBridgeApollo(): Provider {
  return provideApollo(() => {
    const session = inject(Session);
    const injector = inject(Injector);
    const httpLink = inject(HttpLink);

    const authLink = new SetContextLink((previous, operation) => {
      const token = session.token();
      if (!token || PUBLIC_OPERATIONS.has(operation.operationName ?? '')) return {};
      return { headers: { ...previous['headers'], Authorization: `Bearer ${token}` }, sessionToken: token };
    });

    // An expired access token is renewed and the operation sent once more; a second refusal ends the session.
    const renewalLink = new ErrorLink(({ error, result, operation, forward }) => {
      if (PUBLIC_OPERATIONS.has(operation.operationName ?? '') || !result || !isUnauthenticated(error)) return;
      // The keeper uses Apollo itself, so it is looked up when needed rather than injected into Apollo's factory.
      const keeper = injector.get(SessionKeeper);
      const context = operation.getContext();
      if (context[RETRIED_WITH_RENEWED_SESSION]) {
        keeper.endLocally('expired');
        return;
      }
      const sentWith = typeof context['sessionToken'] === 'string' ? context['sessionToken'] : null;
      return from(keeper.renew(sentWith)).pipe(
        switchMap((renewed) => {
          if (!renewed) return of(result);
          operation.setContext({ [RETRIED_WITH_RENEWED_SESSION]: true });
          return forward(operation);
        }),
      );
    });

    return {
      link: ApolloLink.from([renewalLink, authLink, httpLink.create({ uri: '/graphql' })]),
      cache: createBridgeCache(),
    };
  });
}
