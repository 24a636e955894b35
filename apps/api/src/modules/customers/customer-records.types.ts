// The port between the customer records and the grants domain: the customers domain says whose
// authority ended; the grants domain ends, in the same transaction, exactly what it affects.
import type { EntityManager } from '@mikro-orm/postgresql';

export type AuthorityEndReasonCode =
  'TITULARITY_CHANGED' | 'INSTALLATION_DEACTIVATED' | 'REPRESENTATIVE_REMOVED' | 'PARTNER_ENDED';

/** Which grants lost their titular's authority. */
export type AuthorityScope =
  /** Grants of `partnerId` covering the installation (it left the partner, or was deactivated). */
  | { kind: 'INSTALLATION'; installationId: string; partnerId: string }
  /** Grants of the partner made by the CPF, which is no longer titular of it. */
  | { kind: 'REPRESENTATIVE'; partnerId: string; cpf: string }
  /** Every grant of the partner. */
  | { kind: 'PARTNER'; partnerId: string };

export interface AuthorityChange {
  reason: AuthorityEndReasonCode;
  scope: AuthorityScope;
  /** Who told us (`api-key:<name>`, `cli:<operator>`), for the audit trail. */
  source: string;
}

export interface AuthorityEndResult {
  /** Grants ended whole (accepted grants revoked, open invites cancelled). */
  grantsEnded: number;
  /** Grants that lost some installations and go on. */
  grantsReduced: number;
  grantIds: string[];
}

/** Implemented by the grants domain (AccessGrantService.endByAuthority). */
export interface GrantAuthority {
  endByAuthority(tx: EntityManager, change: AuthorityChange): Promise<AuthorityEndResult>;
}
