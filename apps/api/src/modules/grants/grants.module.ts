import type { AppModule } from '../../app/module.ts';

export const grantsModule: AppModule = {
  resolvers: [],
};
