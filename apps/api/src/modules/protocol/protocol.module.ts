import type { AppModule } from '../../app/module.ts';
import { ProtocolResolver } from './protocol.resolver.ts';
import { protocolPdfRoute } from './protocol.route.ts';

export const protocolModule: AppModule = {
  resolvers: [ProtocolResolver],
  routes: [protocolPdfRoute],
};
