import { graphql } from '../../../gql';

export const ReplyTemplateFieldsFragment = graphql(`
  fragment ReplyTemplateFields on ReplyTemplate {
    key
    name
    situation
    body
    shortBody
    builtIn
    customised
    enabled
    updatedAt
  }
`);

export const ReplyTemplatesQuery = graphql(`
  query ReplyTemplates {
    replyTemplates {
      ...ReplyTemplateFields
    }
  }
`);

export const PreviewReplyTemplateQuery = graphql(`
  query PreviewReplyTemplate($input: ReplyTemplateInput!) {
    previewReplyTemplate(input: $input) {
      sample
      reply
      check {
        compliant
        violations {
          code
          severity
          message
          start
          end
        }
      }
    }
  }
`);

export const CreateReplyTemplateMutation = graphql(`
  mutation CreateReplyTemplate($input: ReplyTemplateInput!) {
    createReplyTemplate(input: $input) {
      ...ReplyTemplateFields
    }
  }
`);

export const UpdateReplyTemplateMutation = graphql(`
  mutation UpdateReplyTemplate($input: UpdateReplyTemplateInput!) {
    updateReplyTemplate(input: $input) {
      ...ReplyTemplateFields
    }
  }
`);

export const ResetReplyTemplateMutation = graphql(`
  mutation ResetReplyTemplate($key: String!) {
    resetReplyTemplate(key: $key)
  }
`);
