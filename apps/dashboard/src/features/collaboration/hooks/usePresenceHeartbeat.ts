import { useApolloClient, useSubscription } from '@apollo/client/react';
import { useEffect } from 'react';

import type { FragmentType } from '../../../gql';
import type { PresenceActivity } from '../../../gql/graphql';
import {
  CommentPresenceQuery,
  type PresenceEntriesFragment,
} from '../graphql/comment-presence.query';
import { PresenceChangedSubscription } from '../graphql/presence-changed.subscription';
import { ReportPresenceMutation } from '../graphql/report-presence.mutation';
import { isDraftingLocally, onDraftingChange } from '../utils/drafting-store';

/** The server lists someone for 45 s after their last report: renewing every 20 s survives one lost report. */
export const PRESENCE_RENEW_MS = 20_000;

/**
 * While a comment is open and the tab is visible, tells the team the viewer is on it (VIEWING, or
 * DRAFTING while a reply composer says so) every 20 s, and LEFT when the pane closes, the tab is
 * hidden or the page goes away. Keeps the shared presence cache entry current from the answers
 * and from `presenceChanged` pushes. Call it once per open comment.
 */
export function usePresenceHeartbeat(commentId: string): void {
  const client = useApolloClient();

  useSubscription(PresenceChangedSubscription, {
    variables: { commentId },
    onData: ({ data }) => {
      const presence = data.data?.presenceChanged;
      if (presence) {
        writePresence(client.cache, commentId, presence);
      }
    },
  });

  useEffect(() => {
    let timer: ReturnType<typeof setInterval> | undefined;

    const send = (activity: PresenceActivity) => {
      // Best effort: a lost report only means the entry lapses (or shows) a little late.
      client
        .mutate({
          mutation: ReportPresenceMutation,
          variables: { input: { commentId, activity } },
          // LEFT is often sent as the tab closes: keepalive lets the request outlive the page.
          context: activity === 'LEFT' ? { fetchOptions: { keepalive: true } } : undefined,
        })
        .then(({ data }) => {
          if (activity !== 'LEFT' && data) {
            writePresence(client.cache, commentId, data.reportPresence);
          }
        })
        .catch(() => undefined);
    };
    const activityNow = (): PresenceActivity =>
      isDraftingLocally(commentId) ? 'DRAFTING' : 'VIEWING';
    const start = () => {
      clearInterval(timer);
      send(activityNow());
      timer = setInterval(() => send(activityNow()), PRESENCE_RENEW_MS);
    };
    const stop = () => {
      if (timer !== undefined) {
        clearInterval(timer);
        timer = undefined;
        send('LEFT');
      }
    };
    const onVisibilityChange = () => (document.visibilityState === 'hidden' ? stop() : start());
    const stopDraftingListener = onDraftingChange((changed) => {
      if (changed === commentId && timer !== undefined) {
        start();
      }
    });

    if (document.visibilityState !== 'hidden') {
      start();
    }
    document.addEventListener('visibilitychange', onVisibilityChange);
    // A closing tab fires pagehide; one restored from the back/forward cache fires pageshow.
    window.addEventListener('pagehide', stop);
    window.addEventListener('pageshow', start);
    return () => {
      stopDraftingListener();
      document.removeEventListener('visibilitychange', onVisibilityChange);
      window.removeEventListener('pagehide', stop);
      window.removeEventListener('pageshow', start);
      stop();
    };
  }, [client, commentId]);
}

function writePresence(
  cache: ReturnType<typeof useApolloClient>['cache'],
  commentId: string,
  presence: FragmentType<typeof PresenceEntriesFragment>,
): void {
  cache.writeQuery({
    query: CommentPresenceQuery,
    variables: { commentId },
    data: { commentPresence: presence },
  });
}
