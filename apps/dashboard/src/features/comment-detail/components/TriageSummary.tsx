import { Group, Text } from '@mantine/core';

import { type FragmentType, getFragmentData, graphql } from '../../../gql';
import { PHI_TYPE_LABELS } from '../../../ui/labels';
import { TriageBadge } from '../../../ui/TriageBadge';
import { toDomainValue } from '../../../ui/vocabulary';

export const TriageSummaryFragment = graphql(`
  fragment TriageSummary_comment on Comment {
    id
    urgency
    sentiment
    sentimentScore
    hasPhi
    phi {
      type
    }
    intents {
      label
      confidence
    }
    triageReasons {
      label
      cues
    }
    triageModelVersion
  }
`);

export interface TriageSummaryProps {
  comment: FragmentType<typeof TriageSummaryFragment>;
}

/** The triage labels of the open comment; each badge's tooltip lists the cues behind it. */
export function TriageSummary({ comment: commentRef }: TriageSummaryProps) {
  const comment = getFragmentData(TriageSummaryFragment, commentRef);
  const cuesFor = (label: string): string[] =>
    comment.triageReasons
      .filter((reason) => reason.label === label)
      .flatMap((reason) => reason.cues);
  const phiTypes = [
    ...new Set(comment.phi.map((span) => PHI_TYPE_LABELS[toDomainValue(span.type)])),
  ];
  const isTriaged =
    comment.triageModelVersion !== null ||
    comment.urgency !== null ||
    comment.sentiment !== null ||
    comment.intents.length > 0;

  return (
    <Group gap={6} component="section" aria-label="Triage">
      {comment.urgency ? (
        <TriageBadge
          kind="urgency"
          value={toDomainValue(comment.urgency)}
          cues={cuesFor('urgency')}
        />
      ) : null}
      {comment.sentiment ? (
        <TriageBadge
          kind="sentiment"
          value={toDomainValue(comment.sentiment)}
          cues={cuesFor('sentiment')}
        />
      ) : null}
      {comment.intents.map((intent) => {
        const label = toDomainValue(intent.label);
        return (
          <TriageBadge
            key={label}
            kind="intent"
            value={label}
            confidence={intent.confidence}
            cues={cuesFor(label)}
          />
        );
      })}
      {comment.hasPhi ? <TriageBadge kind="phi" types={phiTypes} /> : null}
      {isTriaged ? null : (
        <Text size="xs" c="dimmed">
          Not triaged yet: urgency, sentiment and intents appear once triage has read it.
        </Text>
      )}
    </Group>
  );
}
