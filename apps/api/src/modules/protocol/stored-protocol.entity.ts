import { Entity, OneToOne, Property } from '@mikro-orm/decorators/legacy';
import { AccessGrant } from '../grants/access-grant.entity.ts';

/**
 * A grant's protocol PDF as last rendered (table `protocol_document`), with the fingerprint of
 * everything it shows (protocol-store.ts). A download serves these bytes while the fingerprint still
 * matches the grant; otherwise it renders again and replaces them. Read and written with raw SQL.
 */
@Entity({ tableName: 'protocol_document' })
export class StoredProtocol {
  @OneToOne(() => AccessGrant, { primary: true, deleteRule: 'cascade', owner: true })
  grant!: AccessGrant;

  @Property({ columnType: 'text' })
  fingerprint!: string;

  @Property({ columnType: 'bytea', type: 'blob' })
  pdf!: Buffer;

  @Property({ columnType: 'timestamptz' })
  renderedAt!: Date;
}
