export * from './lib/types';
export * from './lib/weights';
