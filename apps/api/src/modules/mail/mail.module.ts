import type { AppModule } from '../../app/module.ts';
import { jobHandler } from '../jobs/job-queue.ts';
import { mailboxRoute } from './mailbox.route.ts';
import { MAIL_RETENTION, MAIL_SEND_DEAD, mailLeaseSeconds, mailSendQueue } from './mail.jobs.ts';

export const mailModule: AppModule = {
  resolvers: [],
  routes: [mailboxRoute],
  jobs: {
    queues: (config) => [MAIL_SEND_DEAD, mailSendQueue(mailLeaseSeconds(config)), MAIL_RETENTION],
    handlers: (services) => {
      const delivery = services.mail.createDelivery(services.orm);
      const pollSeconds = services.config.MAIL_POLL_MS / 1000;
      const queue = mailSendQueue(mailLeaseSeconds(services.config));
      return [
        jobHandler({ queue, handle: (job) => delivery.send(job), concurrency: 4, pollSeconds }),
        jobHandler({ queue: MAIL_SEND_DEAD, handle: (job) => delivery.giveUp(job), pollSeconds }),
        jobHandler({ queue: MAIL_RETENTION, handle: () => delivery.sweep(), cron: '*/10 * * * *' }),
      ];
    },
  },
};
