import type { AppModule } from '../../app/module.ts';

export const mailModule: AppModule = {
  resolvers: [],
};
