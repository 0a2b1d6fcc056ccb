import { effect, inject, Injector, type Provider } from '@angular/core';
import {
  type ApolloCache,
  ApolloLink,
  CombinedGraphQLErrors,
  type FieldPolicy,
  InMemoryCache,
  type Reference,
  type StoreObject,
} from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { provideApollo } from 'apollo-angular';
import { HttpLink } from 'apollo-angular/http';
import { OperationTypeNode } from 'graphql';
import { createClient } from 'graphql-ws';
import { from, of, switchMap } from 'rxjs';
import { Session } from './session';
import { SessionKeeper } from './session-keeper';

/**
 * Operations that need no session and carry no token. Sign-in answers wrong credentials, and renewal a
 * spent refresh token, with UNAUTHENTICATED too; that is theirs to handle, not a reason to renew.
 */
const PUBLIC_OPERATIONS = new Set(['SignIn', 'RefreshSession', 'ResetPassword']);
const RETRIED_WITH_RENEWED_SESSION = 'retriedWithRenewedSession';

/** How the API closes a live connection whose token it refuses (graphql-ws Forbidden). */
export const REFUSED_TOKEN_CLOSE_CODE = 4403;
/** How this client closes a live connection to open it again with a new token; graphql-ws retries it. */
export const RESTART_CLOSE_CODE = 4205;
const MAX_RECONNECT_WAIT_MS = 30_000;

function isUnauthenticated(error: unknown): boolean {
  return (
    CombinedGraphQLErrors.is(error) &&
    error.errors.some((problem) => problem.extensions?.['code'] === 'UNAUTHENTICATED')
  );
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

interface StoredConnection {
  edges: readonly { node: Reference }[];
  totalCount?: number;
}

/**
 * Forgets a deleted object: drops its edge from every stored page of a connection field (each
 * filter's own), counts it out of the total, and evicts the object, so no list shows it or refetches.
 */
export function forgetFromConnections(cache: ApolloCache, field: string, object: StoreObject): void {
  const id = cache.identify(object);
  if (!id) return;
  cache.modify<Record<string, StoredConnection>>({
    fields: {
      [field]: (existing, { readField }) => {
        const connection = existing as StoredConnection;
        if (!connection?.edges) return existing;
        const edges = connection.edges.filter((edge) => readField('id', edge.node) !== object['id']);
        const removed = connection.edges.length - edges.length;
        return {
          ...connection,
          edges,
          ...(connection.totalCount === undefined ? {} : { totalCount: connection.totalCount - removed }),
        };
      },
    },
  });
  cache.evict({ id });
  cache.gc();
}

export function createBridgeCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: {
      Query: {
        fields: {
          people: appendedPages(['filter', 'first']),
          auditLog: appendedPages(['first']),
          opportunities: appendedPages(['filter', 'first']),
          notifications: appendedPages(['unreadOnly', 'first']),
        },
      },
      // A value without an id: a saved set of weights replaces the old one whole.
      FitWeights: { merge: false },
    },
  });
}

function closeCode(event: unknown): number | undefined {
  return typeof event === 'object' && event !== null && 'code' in event && typeof event.code === 'number'
    ? event.code
    : undefined;
}

/**
 * Subscriptions over graphql-ws. The socket opens with the first subscription and sends the token of that
 * moment; the API checks it only then. So when the token changes (renewed, or someone else signed in) the
 * socket is closed and opened again with the new one, and graphql-ws resubscribes. A refused token is
 * renewed before the next attempt; once signed out, nothing retries.
 */
function createLiveLink(session: Session, injector: Injector): GraphQLWsLink {
  let socket: WebSocket | null = null;
  let sentToken: string | null = null;
  let renewal: Promise<unknown> = Promise.resolve();

  const client = createClient({
    url: () => `${location.protocol === 'https:' ? 'wss:' : 'ws:'}//${location.host}/graphql`,
    lazy: true,
    retryAttempts: Number.POSITIVE_INFINITY,
    shouldRetry: () => session.isSignedIn(),
    retryWait: async (retries) => {
      await renewal;
      await new Promise((resolve) =>
        setTimeout(resolve, Math.min(1000 * 2 ** retries, MAX_RECONNECT_WAIT_MS)),
      );
    },
    connectionParams: () => {
      sentToken = session.token();
      return sentToken ? { authorization: `Bearer ${sentToken}` } : {};
    },
    on: {
      opened: (opened) => (socket = opened as WebSocket),
      closed: (event) => {
        socket = null;
        if (closeCode(event) === REFUSED_TOKEN_CLOSE_CODE && sentToken && session.isSignedIn()) {
          renewal = injector.get(SessionKeeper).renew(sentToken);
        }
      },
    },
  });

  effect(() => {
    const token = session.token();
    if (socket?.readyState === WebSocket.OPEN && token !== sentToken)
      socket.close(RESTART_CLOSE_CODE, 'Token changed');
  });

  return new GraphQLWsLink(client);
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
      if (PUBLIC_OPERATIONS.has(operation.operationName ?? '') || !result || !isUnauthenticated(error))
        return;
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
      link: ApolloLink.split(
        (operation) => operation.operationType === OperationTypeNode.SUBSCRIPTION,
        createLiveLink(session, injector),
        ApolloLink.from([renewalLink, authLink, httpLink.create({ uri: '/graphql' })]),
      ),
      cache: createBridgeCache(),
    };
  });
}
