import type { AppModule } from '../../app/module.ts';
import { jobHandler } from '../jobs/job-definitions.ts';
import { PROTOCOL_RENDER, protocolRenderJob } from './protocol.jobs.ts';
import { ProtocolResolver } from './protocol.resolver.ts';
import { protocolPdfRoute } from './protocol.route.ts';

export const protocolModule: AppModule = {
  resolvers: [ProtocolResolver],
  routes: [protocolPdfRoute],
  jobs: {
    queues: () => [PROTOCOL_RENDER],
    handlers: (services) => [jobHandler(protocolRenderJob(services))],
  },
};
