import { Alert, Text } from '@mantine/core';
import { IconTrashX } from '@tabler/icons-react';

import { DELETED_ON_PLATFORM_COLOR } from '../../../app/theme';
import { formatExactTime } from '../../../ui/format-time';

export interface DeletedCommentNoticeProps {
  platform: string;
  deletedAt: string;
}

/** Replying is over: the comment is gone from the platform, so there is nothing to answer there. */
export function DeletedCommentNotice({ platform, deletedAt }: DeletedCommentNoticeProps) {
  return (
    <Alert
      color={DELETED_ON_PLATFORM_COLOR}
      variant="light"
      icon={<IconTrashX size={18} />}
      title={`The author deleted this comment on ${platform}`}
    >
      <Text size="sm">
        Replying is not possible: there is nothing left to answer on {platform}. Deleted{' '}
        {formatExactTime(deletedAt)}.
      </Text>
    </Alert>
  );
}
