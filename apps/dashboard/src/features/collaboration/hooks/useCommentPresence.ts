import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';

import { getFragmentData } from '../../../gql';
import { useViewer } from '../../session/ViewerContext';
import { CommentPresenceQuery, PresenceEntriesFragment } from '../graphql/comment-presence.query';
import { othersOnComment } from '../utils/presence';

/**
 * Who is on a comment, from the cache entry the open pane's heartbeat keeps current. `others`
 * leaves out the viewer, who never needs to be told they are here.
 */
export function useCommentPresence(commentId: string) {
  const viewer = useViewer();
  const { data } = useQuery(CommentPresenceQuery, { variables: { commentId } });
  const presence = data ? getFragmentData(PresenceEntriesFragment, data.commentPresence) : null;
  const entries = useMemo(() => presence?.entries ?? [], [presence]);
  const others = useMemo(() => othersOnComment(entries, viewer.id), [entries, viewer.id]);
  return { entries, others };
}
