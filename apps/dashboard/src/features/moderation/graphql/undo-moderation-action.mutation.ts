import { graphql } from '../../../gql';

/** Undoes a moderation action; the answer refreshes the action and its comment's status. */
export const UndoModerationActionMutation = graphql(`
  mutation UndoModerationAction($input: ModerationActionInput!) {
    undoModerationAction(input: $input) {
      id
      state
      canUndo
      decidedByName
      decidedAt
      caseId
      platform
      platformNote
      comment {
        id
        status
      }
    }
  }
`);
