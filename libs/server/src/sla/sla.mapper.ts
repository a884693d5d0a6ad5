import { DEFAULT_SLA_MINUTES } from '@bedside/domain';

import { type SlaPolicy } from './dto/sla.types';
import { type SlaPolicyEntity } from './sla-policy.entity';

export function toSlaPolicyType(entity: SlaPolicyEntity): SlaPolicy {
  return {
    urgency: entity.urgency,
    minutes: entity.minutes,
    defaultMinutes: DEFAULT_SLA_MINUTES[entity.urgency],
    updatedAt: entity.updatedAt,
    updatedBy: entity.updatedBy?.displayName ?? null,
  };
}
