import DataLoader from 'dataloader';

const loadersByRequest = new WeakMap<object, Map<string, DataLoader<unknown, unknown>>>();

/**
 * A DataLoader that lives as long as one request (keyed on the request's context object), so field
 * resolvers batch their lookups into one query per kind and never share a cache across users.
 * `name` must include the tenant, e.g. `person.byId:<organizationId>`.
 */
export function requestLoader<K, V>(
  requestContext: object,
  name: string,
  batch: (keys: readonly K[]) => Promise<readonly (V | Error)[]>,
): DataLoader<K, V> {
  let loaders = loadersByRequest.get(requestContext);
  if (!loaders) {
    loaders = new Map();
    loadersByRequest.set(requestContext, loaders);
  }
  let loader = loaders.get(name) as DataLoader<K, V> | undefined;
  if (!loader) {
    loader = new DataLoader<K, V>(batch, { maxBatchSize: 1000 });
    loaders.set(name, loader as DataLoader<unknown, unknown>);
  }
  return loader;
}

/** Orders batch results to match the keys DataLoader asked for. */
export function byKeys<K, V>(
  keys: readonly K[],
  rows: readonly V[],
  keyOf: (row: V) => K,
  missing: V | null = null,
): (V | null)[] {
  const found = new Map(rows.map((row) => [keyOf(row), row]));
  return keys.map((key) => found.get(key) ?? missing);
}
