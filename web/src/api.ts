import { Client, cacheExchange, fetchExchange, type CombinedError } from 'urql';

/** The hub's GraphQL API on the same origin, with the signed-in person's token when there is one. */
export function createApiClient(token: string | null): Client {
  return new Client({
    url: '/graphql',
    exchanges: [cacheExchange, fetchExchange],
    preferGetMethod: false,
    fetchOptions: () => (token ? { headers: { Authorization: `Bearer ${token}` } } : {}),
  });
}

/** The cities the hub says could not answer (errors whose extensions name a tenant), for a notice above partial results. */
export function missingCities(error: CombinedError | undefined): string[] {
  if (!error) return [];
  const cities = error.graphQLErrors.map((e) => e.extensions?.tenant).filter((t): t is string => typeof t === 'string');
  return [...new Set(cities)];
}

/** The field a refusal names, and its message, for showing at the form field. */
export function fieldErrors(error: CombinedError | undefined): Record<string, string> {
  const errors: Record<string, string> = {};
  error?.graphQLErrors.forEach((e) => {
    const field = e.extensions?.field;
    if (typeof field === 'string') errors[field] = e.message;
  });
  return errors;
}
