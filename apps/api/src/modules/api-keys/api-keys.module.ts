import type { AppModule } from '../../app/module.ts';
import { ServiceKeysResolver } from './service-keys.resolver.ts';

export const apiKeysModule: AppModule = { resolvers: [ServiceKeysResolver] };
