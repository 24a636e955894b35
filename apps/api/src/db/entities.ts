// Every entity, listed once: the ORM, the migrator and the tests discover them from here.
import { AccountToken } from '../modules/accounts/account-token.entity.ts';
import { Session } from '../modules/accounts/session.entity.ts';
import { User } from '../modules/accounts/user.entity.ts';
import { AdminAccount, ApiKey } from '../modules/api-keys/api-key.entity.ts';
import { Bill } from '../modules/billing/bill.entity.ts';
import { MeterReading } from '../modules/billing/meter-reading.entity.ts';
import { BusinessPartner } from '../modules/customers/business-partner.entity.ts';
import { CustomerRecordChange } from '../modules/customers/customer-record-change.entity.ts';
import { Installation } from '../modules/customers/installation.entity.ts';
import { PartnerRepresentative } from '../modules/customers/partner-representative.entity.ts';
import { CpfReclaim, TitularityCode, TitularityProof } from '../modules/customers/titularity-proof.entity.ts';
import { AccessGrantEvent } from '../modules/grants/access-grant-event.entity.ts';
import { AccessGrantInstallation } from '../modules/grants/access-grant-installation.entity.ts';
import { AccessGrant } from '../modules/grants/access-grant.entity.ts';
import { LiveEvent } from '../modules/events/live-event.entity.ts';
import { MailMessage } from '../modules/mail/mail-message.entity.ts';
import { StoredProtocol } from '../modules/protocol/stored-protocol.entity.ts';
import { ServiceRequest } from '../modules/service-requests/service-request.entity.ts';
import { WebhookCursor, WebhookDelivery } from '../modules/webhooks/webhook-delivery.entity.ts';
import { WebhookEndpoint } from '../modules/webhooks/webhook-endpoint.entity.ts';

export const entities = [
  User,
  Session,
  AccountToken,
  BusinessPartner,
  PartnerRepresentative,
  Installation,
  MeterReading,
  Bill,
  AccessGrant,
  AccessGrantInstallation,
  AccessGrantEvent,
  MailMessage,
  ApiKey,
  AdminAccount,
  TitularityProof,
  TitularityCode,
  CpfReclaim,
  CustomerRecordChange,
  LiveEvent,
  ServiceRequest,
  WebhookEndpoint,
  WebhookDelivery,
  WebhookCursor,
  StoredProtocol,
];
