import type { AppModule } from '../../app/module.ts';
import { InstallationAccessFieldResolver, InstallationHomeResolver } from './installation-home.resolver.ts';

/** The installation home and "Minhas instalações" (own and granted installations). */
export const installationHomeModule: AppModule = {
  resolvers: [InstallationHomeResolver, InstallationAccessFieldResolver],
};
