import { Group, Stack, Text } from '@mantine/core';

import { type FragmentType, getFragmentData, graphql } from '../../../gql';
import { PHI_TYPE_LABELS } from '../../../ui/labels';
import { TriageBadge } from '../../../ui/TriageBadge';
import { toDomainValue } from '../../../ui/vocabulary';
import { correctorName, latestCorrectionByField } from '../utils/triage-corrections';
import { CorrectTriagePopover } from './CorrectTriagePopover';
import { TriageCorrectionsNote } from './TriageCorrectionsNote';

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
    triageCorrections {
      id
      field
      previous
      corrected
      correctedBy
      correctedAt
      modelVersion
    }
  }
`);

export interface TriageSummaryProps {
  comment: FragmentType<typeof TriageSummaryFragment>;
}

/**
 * The triage labels of the open comment; each badge's tooltip lists the cues behind it, or who
 * corrected it. "Correct labels" lets a team member set the right ones.
 */
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
  const latest = latestCorrectionByField(comment.triageCorrections);
  const correctionOf = (field: keyof typeof latest) => {
    const correction = latest[field];
    return correction ? { by: correctorName(correction.correctedBy) } : undefined;
  };
  // A corrected intent list is a person's whole answer: every intent in it is theirs.
  const intentsCorrection = correctionOf('intents');

  return (
    <Stack gap={6} component="section" aria-label="Triage">
      <Group gap={6} justify="space-between" wrap="nowrap" align="flex-start">
        <Group gap={6}>
          {comment.urgency ? (
            <TriageBadge
              kind="urgency"
              value={toDomainValue(comment.urgency)}
              cues={cuesFor('urgency')}
              correction={correctionOf('urgency')}
            />
          ) : null}
          {comment.sentiment ? (
            <TriageBadge
              kind="sentiment"
              value={toDomainValue(comment.sentiment)}
              cues={cuesFor('sentiment')}
              correction={correctionOf('sentiment')}
            />
          ) : null}
          {comment.intents.map((intent) => {
            const label = toDomainValue(intent.label);
            return (
              <TriageBadge
                key={label}
                kind="intent"
                value={label}
                confidence={intentsCorrection ? undefined : intent.confidence}
                cues={cuesFor(label)}
                correction={intentsCorrection}
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
        <CorrectTriagePopover
          commentId={comment.id}
          current={{
            sentiment: comment.sentiment ? toDomainValue(comment.sentiment) : null,
            intents: comment.intents.map((intent) => toDomainValue(intent.label)),
            urgency: comment.urgency ? toDomainValue(comment.urgency) : null,
          }}
        />
      </Group>
      <TriageCorrectionsNote corrections={comment.triageCorrections} />
    </Stack>
  );
}
