import 'reflect-metadata';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { PUBLIC_OPERATION, REQUIRED_PERMISSION, SIGNED_IN_OPERATION } from './access.decorators';

const ROOT_OPERATION_TYPES = new Set(['Query', 'Mutation', 'Subscription']);
const ACCESS_MARKERS = [PUBLIC_OPERATION, SIGNED_IN_OPERATION, REQUIRED_PERMISSION];

type ResolverClass = { name: string; prototype: Record<string, unknown> };

/** Every resolver class of the API, found the way the schema tool finds them. */
function resolverClasses(): ResolverClass[] {
  const source = join(__dirname, '..');
  return readdirSync(source, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.resolver.ts'))
    .flatMap((file) => Object.values(require(join(source, file)) as Record<string, unknown>))
    .filter((value): value is ResolverClass => typeof value === 'function');
}

function rootOperations(resolver: ResolverClass): { name: string; handler: object }[] {
  return Object.getOwnPropertyNames(resolver.prototype)
    .filter((name) => name !== 'constructor')
    .map((name) => ({ name, handler: resolver.prototype[name] as object }))
    .filter(
      ({ handler }) =>
        typeof handler === 'function' &&
        ROOT_OPERATION_TYPES.has(Reflect.getMetadata('graphql:resolver_type', handler)),
    );
}

const declares = (target: object) =>
  ACCESS_MARKERS.some((marker) => Reflect.getMetadata(marker, target) !== undefined);

describe('access markers', () => {
  const resolvers = resolverClasses();

  it('finds the resolvers and their operations', () => {
    const names = resolvers.flatMap((resolver) =>
      rootOperations(resolver).map((operation) => operation.name),
    );
    expect(names).toEqual(
      expect.arrayContaining([
        'login',
        'me',
        'searchPeople',
        'person',
        'importPeople',
        'orgUnits',
        'setPersonRoles',
        'readAuditLog',
      ]),
    );
  });

  it('has every query, mutation and subscription declare who may call it', () => {
    const undeclared = resolvers.flatMap((resolver) =>
      rootOperations(resolver)
        .filter(({ handler }) => !declares(handler) && !declares(resolver))
        .map(({ name }) => `${resolver.name}.${name}`),
    );
    expect(undeclared).toEqual([]);
  });
});
