import { useCallback } from 'react';
import { useLocation, useNavigate, useParams } from 'react-router';

export interface OpenCommentState {
  /** The comment shown in the detail pane, from `/inbox/:commentId`; null when the pane is closed. */
  openCommentId: string | null;
  openComment: (id: string, options?: { replace?: boolean }) => void;
  closeComment: () => void;
}

/** Which comment is open lives in the path, so a link to it opens it; the filters stay as they are. */
export function useOpenComment(): OpenCommentState {
  const { commentId } = useParams<{ commentId?: string }>();
  const navigate = useNavigate();
  const { search } = useLocation();

  const openComment = useCallback(
    (id: string, options: { replace?: boolean } = {}) => {
      void navigate(
        { pathname: `/inbox/${encodeURIComponent(id)}`, search },
        { replace: options.replace ?? false },
      );
    },
    [navigate, search],
  );

  const closeComment = useCallback(() => {
    void navigate({ pathname: '/inbox', search });
  }, [navigate, search]);

  return { openCommentId: commentId ?? null, openComment, closeComment };
}
