import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum AlertsEventKind {
  RAISED = 'raised',
  ACKNOWLEDGED = 'acknowledged',
}

registerEnumType(AlertsEventKind, {
  name: 'AlertsEventKind',
  description: 'What happened to critical alerts.',
  valuesMap: {
    RAISED: { description: 'New alerts: an emergency or self-harm comment arrived.' },
    ACKNOWLEDGED: { description: 'A team member acknowledged an alert.' },
  },
});

@ObjectType('AlertsEvent', {
  description:
    'A change to the open critical alerts, pushed to every open dashboard at once (banner and sound). Read `openAlerts` for the details.',
})
export class AlertsEvent {
  @Field(() => AlertsEventKind, { description: 'Raised or acknowledged.' })
  kind!: AlertsEventKind;

  @Field(() => [ID], { description: 'The alerts concerned.' })
  alertIds!: string[];
}
