import { useSubscription } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';

import { InboxChangedSubscription } from '../graphql/inbox-changed.subscription';

/** Bursts (an import, a webhook batch) become one refresh. */
export const LIVE_REFRESH_DELAY_MS = 800;

export interface LiveInboxOptions {
  /** Re-reads the first page (new comments). */
  refetchList: () => unknown;
  /** Re-reads the tab badges (any change). */
  refreshCounts: () => unknown;
  /** True while more than the first page is loaded: refreshing then would lose the reader's place. */
  isPaged: boolean;
}

/**
 * Keeps an open inbox current without reload: changed comments update in place through the
 * cache, tab badges follow, and new comments come in at the top — at once when the first page is
 * all that is shown, otherwise on the reader's click, so the list never jumps under them.
 */
export function useLiveInbox({ refetchList, refreshCounts, isPaged }: LiveInboxOptions) {
  const [waiting, setWaiting] = useState(0);
  const [announcement, setAnnouncement] = useState('');
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const pending = useRef({ list: false, counts: false });
  const latest = useRef({ refetchList, refreshCounts, isPaged });
  useEffect(() => {
    latest.current = { refetchList, refreshCounts, isPaged };
  }, [refetchList, refreshCounts, isPaged]);

  useEffect(
    () => () => {
      if (timer.current) {
        clearTimeout(timer.current);
      }
    },
    [],
  );

  const flush = () => {
    timer.current = null;
    const { list, counts } = pending.current;
    pending.current = { list: false, counts: false };
    if (list) {
      void latest.current.refetchList();
    } else if (counts) {
      void latest.current.refreshCounts();
    }
  };

  const schedule = (what: 'list' | 'counts') => {
    pending.current[what] = true;
    timer.current ??= setTimeout(flush, LIVE_REFRESH_DELAY_MS);
  };

  useSubscription(InboxChangedSubscription, {
    onData: ({ data }) => {
      const event = data.data?.inboxChanged;
      if (!event) {
        return;
      }
      if (event.kind === 'COMMENTS_ADDED') {
        const noun = event.count === 1 ? 'comment' : 'comments';
        setAnnouncement(`${event.count.toLocaleString('en-US')} new ${noun} arrived`);
        if (latest.current.isPaged) {
          setWaiting((count) => count + event.count);
          schedule('counts');
        } else {
          schedule('list');
        }
      } else {
        schedule('counts');
      }
    },
  });

  const showWaiting = () => {
    setWaiting(0);
    void latest.current.refetchList();
  };

  return { waiting, showWaiting, announcement };
}
