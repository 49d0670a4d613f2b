import type { Client as SseClient } from 'graphql-sse';
import { Client, cacheExchange, fetchExchange, subscriptionExchange, type CombinedError } from 'urql';

/**
 * The hub's GraphQL API on the same origin, with the signed-in person's token when there is one;
 * subscriptions over GraphQL over Server-Sent Events, as the hub serves them (the SSE client
 * loads with the first subscription, so the portal's first page does not carry it).
 */
export function createApiClient(token: string | null): Client {
  const headers: Record<string, string> = token ? { Authorization: `Bearer ${token}` } : {};
  let sse: Promise<SseClient> | null = null;
  return new Client({
    url: '/graphql',
    exchanges: [cacheExchange, fetchExchange, subscriptionExchange({
      forwardSubscription: (operation) => ({
        subscribe: (sink) => {
          let unsubscribe: (() => void) | null = null;
          let ended = false;
          sse ??= import('graphql-sse').then(({ createClient }) => createClient({ url: '/graphql', headers, retryAttempts: 5 }));
          sse.then((client) => {
            if (!ended) unsubscribe = client.subscribe({ ...operation, query: operation.query ?? '' }, sink);
          }).catch((error: unknown) => sink.error(error));
          return { unsubscribe: () => { ended = true; unsubscribe?.(); } };
        },
      }),
    })],
    preferGetMethod: false,
    fetchOptions: () => ({ headers }),
  });
}

/** The cities the hub says could not answer (errors whose extensions name a tenant), for a notice above partial results. */
export function missingCities(error: CombinedError | undefined): string[] {
  if (!error) return [];
  const cities = error.graphQLErrors.map((e) => e.extensions?.tenant).filter((t): t is string => typeof t === 'string');
  return [...new Set(cities)];
}
