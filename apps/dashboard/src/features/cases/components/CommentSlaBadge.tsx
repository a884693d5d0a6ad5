import { type FragmentType, getFragmentData, graphql } from '../../../gql';
import { useTicker } from '../hooks/useTicker';
import { describeCommentSla } from '../utils/sla-display';
import { SlaText } from './SlaText';

export const CommentSlaBadgeFragment = graphql(`
  fragment CommentSlaBadge_comment on Comment {
    id
    sla {
      state
      dueAt
      stoppedAt
      firstResponseSeconds
    }
  }
`);

export interface CommentSlaBadgeProps {
  comment: FragmentType<typeof CommentSlaBadgeFragment>;
}

/**
 * The open comment's first-response SLA: "Due in 12 min" ticking, red once breached, or how fast
 * the team answered. Nothing when its urgency has no deadline.
 */
export function CommentSlaBadge({ comment: commentRef }: CommentSlaBadgeProps) {
  const { sla } = getFragmentData(CommentSlaBadgeFragment, commentRef);
  const now = useTicker();
  const display = describeCommentSla({
    now,
    dueAt: sla.dueAt,
    stoppedAt: sla.stoppedAt,
    firstResponseSeconds: sla.firstResponseSeconds,
  });
  if (display.state === 'none') {
    return null;
  }
  return <SlaText sla={display} dueAt={sla.dueAt} size="xs" label="First response" />;
}
