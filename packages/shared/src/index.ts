export * from './documents/index.ts';
export * from './installation-file/index.ts';
export * from './errors/index.ts';
export * from './people/index.ts';
export * from './invites/index.ts';
export * from './billing/index.ts';
export * from './brand/index.ts';
