import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

import { Comment } from '../../comments/dto/comment.type';
import { type AlertKind } from '../alert.entity';
import { type AlertTransport, type DeliveryStatus } from '../alert-delivery.entity';

/** GraphQL spells enum values UPPER_SNAKE; services keep the stored lower_snake values. */
export const AlertKindEnum = { EMERGENCY: 'emergency', SELF_HARM: 'self_harm' } as const;
export const AlertTransportEnum = { WEBHOOK: 'webhook', EMAIL: 'email' } as const;
export const AlertDeliveryStatusEnum = {
  PENDING: 'pending',
  SENT: 'sent',
  FAILED: 'failed',
} as const;

registerEnumType(AlertKindEnum, {
  name: 'AlertKind',
  description: 'Why a comment raised a critical alert.',
  valuesMap: {
    EMERGENCY: { description: 'Triaged as a medical emergency happening now or about to.' },
    SELF_HARM: { description: 'Triaged as suicidal thoughts, intent or self-harm.' },
  },
});
registerEnumType(AlertTransportEnum, {
  name: 'AlertTransport',
  description: 'How an alert is sent outside Bedside.',
  valuesMap: {
    WEBHOOK: { description: 'A signed JSON POST to the configured webhook URL.' },
    EMAIL: { description: 'An e-mail over the configured SMTP server.' },
  },
});
registerEnumType(AlertDeliveryStatusEnum, {
  name: 'AlertDeliveryStatus',
  description: 'Where an outbound alert notification stands.',
  valuesMap: {
    PENDING: { description: 'Not sent yet: waiting for its first attempt or a retry.' },
    SENT: { description: 'Accepted by the webhook receiver or the SMTP server.' },
    FAILED: { description: 'Every attempt failed; nobody was notified this way.' },
  },
});

@ObjectType('AlertDelivery', {
  description:
    'One outbound notification of an alert (webhook or e-mail). It carries ids, labels and a link, never comment text.',
})
export class AlertDelivery {
  @Field(() => AlertTransportEnum, { description: 'How it is sent.' })
  transport!: AlertTransport;

  @Field(() => AlertDeliveryStatusEnum, { description: 'Whether it went out.' })
  status!: DeliveryStatus;

  @Field(() => Int, { description: 'Attempts made so far (failed ones are retried with backoff).' })
  attempts!: number;

  @Field(() => Date, { nullable: true, description: 'When it was accepted; null until then.' })
  sentAt!: Date | null;

  @Field(() => String, {
    nullable: true,
    description: 'Why the last attempt failed, e.g. "HTTP 500" or "timeout"; null if none did.',
  })
  lastError!: string | null;
}

@ObjectType('Alert', {
  description:
    'A comment triaged as an emergency or self-harm: the team must act now. Open until someone acknowledges it.',
})
export class Alert {
  @Field(() => ID, { description: 'Bedside id of the alert.' })
  id!: string;

  /** For the comment field resolver; not a GraphQL field. */
  commentId!: string;

  @Field(() => AlertKindEnum, { description: 'Why it was raised.' })
  kind!: AlertKind;

  @Field({ description: 'When Bedside stored the comment and raised the alert.' })
  raisedAt!: Date;

  @Field(() => Comment, { description: 'The comment that raised it.' })
  comment?: Comment;

  @Field(() => Date, {
    nullable: true,
    description: 'When a team member acknowledged it; null while it is open.',
  })
  acknowledgedAt!: Date | null;

  @Field(() => String, {
    nullable: true,
    description: 'Who acknowledged it (a person or an API token’s name); null while it is open.',
  })
  acknowledgedBy!: string | null;

  @Field(() => [AlertDelivery], {
    description: 'Its webhook and e-mail notifications, one per configured transport.',
  })
  deliveries!: AlertDelivery[];
}

@InputType('AcknowledgeAlertInput', { description: 'The alert a team member is taking on.' })
export class AcknowledgeAlertInput {
  @Field(() => ID, { description: 'Bedside id of the alert.' })
  id!: string;
}
