import { graphql } from '../../../gql';

/** The moderation page: the rules, the lists they read and the latest automatic actions. */
export const ModerationPageQuery = graphql(`
  query ModerationPage {
    moderationRules {
      id
      ...ModerationRuleRow_rule
      ...ModerationRuleModal_rule
    }
    moderationWordLists {
      ...ModerationWordListsForm_lists
    }
    moderationActions(automatic: true, first: 50) {
      totalCount
      edges {
        node {
          id
          ...ModerationActionItem_action
        }
      }
    }
  }
`);
