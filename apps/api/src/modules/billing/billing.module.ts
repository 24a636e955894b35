import type { AppModule } from '../../app/module.ts';
import { billPdfRoute } from './bill.route.ts';
import { BillingResolver } from './billing.resolver.ts';

export const billingModule: AppModule = {
  resolvers: [BillingResolver],
  routes: [billPdfRoute],
};
