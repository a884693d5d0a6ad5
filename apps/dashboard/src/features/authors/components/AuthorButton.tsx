import { Button } from '@mantine/core';
import { IconUserSearch } from '@tabler/icons-react';
import { useState } from 'react';

import { type FragmentType, getFragmentData, graphql } from '../../../gql';
import { AuthorDrawer } from './AuthorDrawer';

export const AuthorButtonFragment = graphql(`
  fragment AuthorButton_comment on Comment {
    id
    authorName
    authorHandle
  }
`);

export interface AuthorButtonProps {
  comment: FragmentType<typeof AuthorButtonFragment>;
}

/** Opens the author panel: everything this person wrote, the team's notes and their flag. */
export function AuthorButton({ comment: commentRef }: AuthorButtonProps) {
  const comment = getFragmentData(AuthorButtonFragment, commentRef);
  const [opened, setOpened] = useState(false);
  const name = comment.authorName ?? (comment.authorHandle ? `@${comment.authorHandle}` : null);
  if (!name) {
    return null;
  }
  return (
    <>
      <Button
        variant="subtle"
        size="compact-sm"
        leftSection={<IconUserSearch size={15} aria-hidden />}
        onClick={() => setOpened(true)}
        aria-haspopup="dialog"
        style={{ alignSelf: 'flex-start' }}
      >
        {`${name}: history and notes`}
      </Button>
      <AuthorDrawer commentId={comment.id} opened={opened} onClose={() => setOpened(false)} />
    </>
  );
}
