import type { AppModule } from '../../app/module.ts';
import {
  BusinessPartnerFieldsResolver,
  CustomersResolver,
  InstallationConnectionFieldsResolver,
  InstallationFieldsResolver,
} from './customers.resolver.ts';
import { CustomerRecordsResolver } from './customer-records.resolver.ts';
import { TitularityResolver } from './titularity.resolver.ts';

export const customersModule: AppModule = {
  resolvers: [
    CustomersResolver,
    BusinessPartnerFieldsResolver,
    InstallationFieldsResolver,
    InstallationConnectionFieldsResolver,
    TitularityResolver,
    CustomerRecordsResolver,
  ],
};
