import { inject, type Provider } from '@angular/core';
import { Router } from '@angular/router';
import { ApolloLink, CombinedGraphQLErrors, type FieldPolicy, InMemoryCache } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { provideApollo } from 'apollo-angular';
import { HttpLink } from 'apollo-angular/http';
import { Session } from './session';

/** Sign-in answers wrong credentials with UNAUTHENTICATED too; that is the form's to show, not a session end. */
const OPERATIONS_WITHOUT_SESSION = new Set(['SignIn']);

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
    const router = inject(Router);
    const httpLink = inject(HttpLink);

    const authLink = new SetContextLink((previous) => {
      const token = session.token();
      return token ? { headers: { ...previous['headers'], Authorization: `Bearer ${token}` } } : {};
    });

    const sessionEndLink = new ErrorLink(({ error, operation }) => {
      if (OPERATIONS_WITHOUT_SESSION.has(operation.operationName ?? '')) return;
      const unauthenticated =
        CombinedGraphQLErrors.is(error) && error.errors.some((problem) => problem.extensions?.['code'] === 'UNAUTHENTICATED');
      if (!unauthenticated) return;
      session.end();
      void operation.client.clearStore();
      void router.navigate(['/sign-in'], { queryParams: { reason: 'expired' } });
    });

    return {
      link: ApolloLink.from([sessionEndLink, authLink, httpLink.create({ uri: '/graphql' })]),
      cache: createBridgeCache(),
    };
  });
}
