import type { AppModule } from '../../app/module.ts';

export const customersModule: AppModule = {
  resolvers: [],
};
