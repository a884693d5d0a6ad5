import { CHANNEL_KIND_LABELS } from '@bedside/domain';

import type { AlertKind, ChannelKind } from '../../../gql/graphql';
import { toDomainValue } from '../../../ui/vocabulary';

const KIND_LABELS: Record<AlertKind, string> = {
  EMERGENCY: 'Emergency',
  SELF_HARM: 'Self-harm',
};

/** "Emergency comment on Facebook": what an alert is about, without anything the comment says. */
export function describeAlert(kind: AlertKind, channel: ChannelKind): string {
  return `${KIND_LABELS[kind]} comment on ${CHANNEL_KIND_LABELS[toDomainValue(channel)]}`;
}
