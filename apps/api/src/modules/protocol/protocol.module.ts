import type { AppModule } from '../../app/module.ts';

export const protocolModule: AppModule = {
  resolvers: [],
};
