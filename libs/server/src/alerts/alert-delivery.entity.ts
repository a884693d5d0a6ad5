import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  Unique,
} from 'typeorm';

import { inListCheck, TimestampColumn } from '../database/columns';
import { AlertEntity } from './alert.entity';

export const ALERT_TRANSPORTS = ['webhook', 'email'] as const;
export type AlertTransport = (typeof ALERT_TRANSPORTS)[number];

export const DELIVERY_STATUSES = ['pending', 'sent', 'failed'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/**
 * One outbound notification of one alert through one transport: the outbox row the dispatcher
 * works through. `pending` until it is sent, or `failed` once every attempt has failed.
 */
@Entity('alert_deliveries')
@Check('CHK_alert_deliveries_transport', inListCheck('transport', ALERT_TRANSPORTS))
@Check('CHK_alert_deliveries_status', inListCheck('status', DELIVERY_STATUSES))
@Unique('UQ_alert_deliveries_alert_transport', ['alertId', 'transport'])
@Index('IDX_alert_deliveries_due', ['status', 'nextAttemptAt'])
export class AlertDeliveryEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ type: 'varchar', length: 36 })
  alertId!: string;

  @ManyToOne(() => AlertEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'alert_id', foreignKeyConstraintName: 'FK_alert_deliveries_alert' })
  alert?: AlertEntity;

  @Column({ type: 'varchar', length: 16 })
  transport!: AlertTransport;

  @Column({ type: 'varchar', length: 16, default: 'pending' })
  status!: DeliveryStatus;

  @Column({ type: 'integer', default: 0 })
  attempts!: number;

  /**
   * When the dispatcher may next try. While an attempt runs it is pushed a lease ahead, so a
   * second dispatcher skips the row and a crashed attempt is retried once the lease ends.
   */
  @TimestampColumn()
  nextAttemptAt!: Date;

  /** Why the last attempt failed, e.g. `HTTP 500` or `timeout`: never a response body or PHI. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  lastError!: string | null;

  @TimestampColumn({ nullable: true })
  sentAt!: Date | null;
}
