import { Paper, Stack, Text, Timeline, Title } from '@mantine/core';
import {
  IconArrowsExchange,
  IconFlag,
  IconLink,
  IconNote,
  IconUser,
  IconUsersGroup,
} from '@tabler/icons-react';

import { SURFACE } from '../../../app/theme';
import { type FragmentType, getFragmentData, graphql } from '../../../gql';
import type { CaseEventKind } from '../../../gql/graphql';
import { TimeAgo } from '../../../ui/TimeAgo';
import { describeCaseEvent } from '../utils/case-events';

export const CaseTimelineFragment = graphql(`
  fragment CaseTimeline_case on Case {
    id
    events {
      id
      at
      kind
      actorName
      from
      to
      text
    }
  }
`);

const ICONS: Record<CaseEventKind, typeof IconFlag> = {
  OPENED: IconFlag,
  COMMENT_LINKED: IconLink,
  ASSIGNED: IconUser,
  TEAM_CHANGED: IconUsersGroup,
  CATEGORY_CHANGED: IconArrowsExchange,
  PRIORITY_CHANGED: IconArrowsExchange,
  STATUS_CHANGED: IconArrowsExchange,
  NOTE_ADDED: IconNote,
};

export interface CaseTimelineProps {
  case: FragmentType<typeof CaseTimelineFragment>;
}

/** Every event of the case, oldest first, with who did it and when; notes in full. */
export function CaseTimeline({ case: caseRef }: CaseTimelineProps) {
  const { events } = getFragmentData(CaseTimelineFragment, caseRef);
  return (
    <Stack gap="sm" component="section" aria-labelledby="case-timeline-title">
      <Title order={2} size="h5" id="case-timeline-title">
        Timeline
      </Title>
      <Timeline bulletSize={26} lineWidth={2} active={events.length - 1}>
        {events.map((event) => {
          const Glyph = ICONS[event.kind];
          return (
            <Timeline.Item
              key={event.id}
              bullet={<Glyph size={14} aria-hidden />}
              title={
                <Text size="sm">
                  <Text span fw={600} size="sm">
                    {event.actorName ?? 'Bedside'}
                  </Text>{' '}
                  {describeCaseEvent(event)}
                </Text>
              }
            >
              <TimeAgo value={event.at} />
              {event.text ? (
                <Paper withBorder p="sm" mt={6} radius="sm" bg={SURFACE.page}>
                  <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                    {event.text}
                  </Text>
                </Paper>
              ) : null}
            </Timeline.Item>
          );
        })}
      </Timeline>
    </Stack>
  );
}
