import type { AppModule } from '../../app/module.ts';
import { InstallationEntityResolver } from './installation-entity.resolver.ts';

export const federationModule: AppModule = { resolvers: [InstallationEntityResolver] };
