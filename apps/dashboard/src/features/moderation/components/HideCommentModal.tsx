import { useMutation } from '@apollo/client/react';
import { Button, Group, Modal, Radio, Stack, Text } from '@mantine/core';
import { useState } from 'react';

import { describeError } from '../../../app/apollo-client';
import type { ModerationReasonCode } from '../../../gql/graphql';
import { HideCommentMutation } from '../graphql/hide-comment.mutation';

/** The community-guidelines reasons a comment may be hidden for (C22), as the team reads them. */
export const HIDE_REASONS: { value: ModerationReasonCode; label: string }[] = [
  { value: 'SPAM_SCAM', label: 'Spam or scam' },
  { value: 'COMMERCIAL_PROMOTION', label: 'Off-topic commercial promotion' },
  { value: 'HARASSMENT_THREATS', label: 'Harassment or threats' },
  { value: 'PROFANITY_HATE', label: 'Profanity or hate' },
  { value: 'PRIVATE_INFORMATION', label: "Someone else's private or health information" },
  { value: 'IMPERSONATION', label: 'Impersonation' },
  { value: 'ILLEGAL_CONTENT', label: 'Illegal content' },
];

/** The reason the comment's labels point to: spam for spam, harassment for abuse. */
export function suggestedHideReason(intents: readonly string[]): ModerationReasonCode | null {
  if (intents.includes('SPAM')) {
    return 'SPAM_SCAM';
  }
  if (intents.includes('ABUSE')) {
    return 'HARASSMENT_THREATS';
  }
  return null;
}

export interface HideCommentModalProps {
  commentId: string | null;
  suggested: ModerationReasonCode | null;
  onClose: () => void;
  onHidden: () => void;
}

/**
 * Asks which community guideline a comment breaks before hiding it: a hospital hides only under
 * its published rules, never because a comment is negative (COMPLIANCE.md C22).
 */
export function HideCommentModal({
  commentId,
  suggested,
  onClose,
  onHidden,
}: HideCommentModalProps) {
  const [reason, setReason] = useState<ModerationReasonCode | null>(suggested);
  const [hide, { loading, error, reset }] = useMutation(HideCommentMutation);

  async function confirm(): Promise<void> {
    if (!commentId || !reason) {
      return;
    }
    try {
      await hide({ variables: { input: { commentId, reasonCode: reason } } });
      onHidden();
      onClose();
    } catch {
      // Shown from `error`.
    }
  }

  return (
    <Modal
      opened={commentId !== null}
      onClose={() => {
        reset();
        onClose();
      }}
      title="Hide this comment"
    >
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          Hide only under your community guidelines. Negative feedback and complaints are never a
          reason to hide.
        </Text>
        <Radio.Group
          label="Reason"
          value={reason ?? ''}
          onChange={(value) => setReason(value as ModerationReasonCode)}
        >
          <Stack gap={6} mt={6}>
            {HIDE_REASONS.map((option) => (
              <Radio key={option.value} value={option.value} label={option.label} />
            ))}
          </Stack>
        </Radio.Group>
        {error ? (
          <Text size="sm" c="red" role="alert">
            The comment was not hidden: {describeError(error).message}
          </Text>
        ) : null}
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button
            color="orange"
            loading={loading}
            disabled={!reason}
            onClick={() => void confirm()}
          >
            Hide comment
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
