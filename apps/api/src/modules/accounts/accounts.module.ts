import type { AppModule } from '../../app/module.ts';
import { AccountsResolver } from './accounts.resolver.ts';

export const accountsModule: AppModule = {
  resolvers: [AccountsResolver],
};
