import DataLoader from 'dataloader';

const loadersByRequest = new WeakMap<object, Map<string, DataLoader<unknown, unknown, unknown>>>();

/**
 * A DataLoader that lives as long as one request (keyed on the request's context object), so field
 * resolvers batch their lookups into one query per kind and never share a cache across users.
 * Declared only in loaders.ts; `name` includes the tenant, e.g. `person.byId:<organizationId>`.
 */
export function requestLoader<K, V, C = K>(
  requestContext: object,
  name: string,
  batch: (keys: readonly K[]) => Promise<readonly (V | Error)[]>,
  cacheKey?: (key: K) => C,
): DataLoader<K, V, C> {
  let loaders = loadersByRequest.get(requestContext);
  if (!loaders) {
    loaders = new Map();
    loadersByRequest.set(requestContext, loaders);
  }
  let loader = loaders.get(name) as DataLoader<K, V, C> | undefined;
  if (!loader) {
    loader = new DataLoader<K, V, C>(batch, {
      maxBatchSize: 1000,
      ...(cacheKey ? { cacheKeyFn: cacheKey } : {}),
    });
    loaders.set(name, loader as DataLoader<unknown, unknown, unknown>);
  }
  return loader;
}

/** Orders batch results to match the keys DataLoader asked for. */
export function byKeys<K, V>(keys: readonly K[], rows: readonly V[], keyOf: (row: V) => K): (V | null)[] {
  const found = new Map(rows.map((row) => [keyOf(row), row]));
  return keys.map((key) => found.get(key) ?? null);
}

/** Groups batch results by key, in the order the keys were asked (an empty list for none). */
export function groupedByKeys<K, V>(keys: readonly K[], rows: readonly V[], keyOf: (row: V) => K): V[][] {
  const groups = new Map<K, V[]>(keys.map((key) => [key, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((key) => groups.get(key) ?? []);
}

/** Loads a row a foreign key guarantees (an application's opportunity): missing is a bug, not a NOT_FOUND. */
export async function loadRequired<V>(
  loader: DataLoader<string, V | null>,
  key: string,
  what: string,
): Promise<V> {
  const row = await loader.load(key);
  if (row === null) throw new Error(`${what} ${key} is missing`);
  return row;
}
