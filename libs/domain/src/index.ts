export * from './lib/roles';
export * from './lib/people';
export * from './lib/permissions';
export * from './lib/leadership-framework';
export * from './lib/marketplace';
