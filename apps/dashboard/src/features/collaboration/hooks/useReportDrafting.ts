import { useEffect } from 'react';

import { beginDrafting } from '../utils/drafting-store';

/**
 * For a reply composer: while `isDrafting` is true (e.g. the draft is not empty), teammates see
 * "… is drafting a reply" on this comment. The open pane's presence heartbeat sends it at once
 * and renews it; when drafting stops or the composer unmounts, the person is back to viewing.
 */
export function useReportDrafting(commentId: string, isDrafting: boolean): void {
  useEffect(() => (isDrafting ? beginDrafting(commentId) : undefined), [commentId, isDrafting]);
}
