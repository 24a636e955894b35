import type { AppModule } from '../../app/module.ts';
import { GrantActivityRequestResolver, ServiceRequestsResolver } from './service-requests.resolver.ts';

export const serviceRequestsModule: AppModule = {
  resolvers: [ServiceRequestsResolver, GrantActivityRequestResolver],
};
