import {
  type DraftAction,
  type Severity,
  TEMPLATE_SITUATIONS,
  type TemplateSituation,
  VIOLATION_CODES,
  type ViolationCode,
} from '@bedside/compliance';
import {
  REPLY_DELIVERIES,
  REPLY_SOURCES,
  REPLY_STATUSES,
  type ReplyDelivery,
  type ReplySource,
  type ReplyStatus,
} from '@bedside/domain';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

import { graphqlEnum } from '../../common/graphql-enums';

export const ViolationCodeEnum = graphqlEnum<ViolationCode>(VIOLATION_CODES);
export const SeverityEnum = graphqlEnum<Severity>(['block', 'warn']);
export const ReplyStatusEnum = graphqlEnum<ReplyStatus>(REPLY_STATUSES);
export const ReplySourceEnum = graphqlEnum<ReplySource>(REPLY_SOURCES);
export const ReplyDeliveryEnum = graphqlEnum<ReplyDelivery>(REPLY_DELIVERIES);
export const TemplateSituationEnum = graphqlEnum<TemplateSituation>(TEMPLATE_SITUATIONS);
export const DraftActionEnum = graphqlEnum<DraftAction>(['reply', 'hide']);

registerEnumType(ViolationCodeEnum, {
  name: 'ViolationCode',
  description:
    'A compliance rule a reply breaks (the codes of the check-reply CLI, in UPPER_SNAKE).',
});
registerEnumType(SeverityEnum, {
  name: 'ViolationSeverity',
  description:
    'BLOCK: cannot be sent until the text changes. WARN: a reviewer must acknowledge it.',
});
registerEnumType(ReplyStatusEnum, {
  name: 'ReplyStatus',
  description:
    'DRAFT -> (submit) PENDING_APPROVAL or APPROVED -> (send) SENT; a reviewer may send PENDING_APPROVAL back as REJECTED.',
});
registerEnumType(ReplySourceEnum, {
  name: 'ReplySource',
  description: 'Where the text came from: a template, the AI model, or typed by a person.',
});
registerEnumType(ReplyDeliveryEnum, {
  name: 'ReplyDelivery',
  description: 'PLATFORM: posted by the channel connector. MANUAL: copied to the platform by hand.',
});
registerEnumType(TemplateSituationEnum, {
  name: 'TemplateSituation',
  description: 'The kind of comment a template answers.',
});
registerEnumType(DraftActionEnum, {
  name: 'DraftAction',
  description: 'REPLY: post the draft. HIDE: spam or abuse, hide the comment rather than answer.',
});

@ObjectType('ReplyViolation', {
  description: 'One finding of the compliance checker; never quotes PHI.',
})
export class ReplyViolation {
  @Field(() => ViolationCodeEnum)
  code!: ViolationCode;

  @Field(() => SeverityEnum)
  severity!: Severity;

  @Field({ description: 'Why, in plain words, for the person editing.' })
  message!: string;

  @Field(() => Int, { description: 'Start of the offending text in the reply (UTF-16 offset).' })
  start!: number;

  @Field(() => Int, {
    description:
      'End of it, exclusive; equal to start when the finding is about something missing.',
  })
  end!: number;
}

@ObjectType('ReplyCheck', { description: "The compliance checker's verdict on a reply text." })
export class ReplyCheck {
  @Field({ description: 'True when nothing blocks sending.' })
  compliant!: boolean;

  @Field(() => [ReplyViolation])
  violations!: ReplyViolation[];

  @Field({ description: 'Version of the rule set that decided.' })
  rulesVersion!: string;
}

@ObjectType('SuggestedReply', {
  description:
    'A drafted reply for a comment; it passed the checker unless violations say otherwise.',
})
export class SuggestedReply {
  @Field({ description: 'The text; empty when action is HIDE.' })
  reply!: string;

  @Field({ description: 'Key of the template used, or "ai".' })
  template!: string;

  @Field(() => TemplateSituationEnum)
  situation!: TemplateSituation;

  @Field(() => DraftActionEnum)
  action!: DraftAction;

  @Field(() => ReplySourceEnum)
  source!: ReplySource;

  @Field(() => [ReplyViolation])
  violations!: ReplyViolation[];

  @Field(() => String, {
    nullable: true,
    description: 'Why the AI draft was not used (timeout, unreachable, failed the checker).',
  })
  fallbackReason!: string | null;
}

@ObjectType('Reply', { description: 'A public reply to a comment, from draft to sent.' })
export class Reply {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  commentId!: string;

  @Field()
  body!: string;

  @Field(() => ReplyStatusEnum)
  status!: ReplyStatus;

  @Field(() => ReplySourceEnum)
  source!: ReplySource;

  @Field(() => String, { nullable: true })
  templateKey!: string | null;

  @Field(() => [ReplyViolation], { description: "The checker's findings on the current text." })
  violations!: ReplyViolation[];

  @Field()
  rulesVersion!: string;

  @Field({ description: 'Who drafted it.' })
  authorName!: string;

  @Field(() => ID, { nullable: true })
  authorId!: string | null;

  @Field(() => Date, { nullable: true })
  submittedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'Who approved or rejected it.' })
  reviewerName!: string | null;

  @Field(() => Date, { nullable: true })
  reviewedAt!: Date | null;

  @Field(() => String, { nullable: true, description: "The reviewer's reason or note. Internal." })
  reviewNote!: string | null;

  @Field({ description: 'The approver acknowledged the warnings.' })
  warningsAcknowledged!: boolean;

  @Field(() => Date, { nullable: true })
  sentAt!: Date | null;

  @Field(() => ReplyDeliveryEnum, { nullable: true })
  delivery!: ReplyDelivery | null;

  @Field(() => Int, { description: 'Changes with every edit: pass it back to save safely.' })
  revision!: number;

  @Field()
  createdAt!: Date;

  @Field()
  updatedAt!: Date;
}

@InputType('SaveReplyInput', { description: "Saves the text of a comment's open reply." })
export class SaveReplyInput {
  @Field(() => ID)
  commentId!: string;

  @Field({ description: '1 to 5,000 characters.' })
  body!: string;

  @Field(() => ReplySourceEnum, { nullable: true, description: 'Omitted: HUMAN.' })
  source?: ReplySource | null;

  @Field(() => String, { nullable: true })
  templateKey?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'The revision the editor started from; a newer stored one is a CONFLICT.',
  })
  expectedRevision?: number | null;
}

@InputType('ApproveReplyInput')
export class ApproveReplyInput {
  @Field(() => ID)
  replyId!: string;

  @Field(() => Boolean, { nullable: true, description: 'Required when the reply has warnings.' })
  acknowledgeWarnings?: boolean | null;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

@InputType('RejectReplyInput')
export class RejectReplyInput {
  @Field(() => ID)
  replyId!: string;

  @Field({ description: 'What needs to change.' })
  reason!: string;
}

@ObjectType('ReplyTemplate', { description: 'A reply template with {TOKEN} variables.' })
export class ReplyTemplateType {
  @Field({ description: 'Stable key, e.g. complaint.wait-times.' })
  key!: string;

  @Field()
  name!: string;

  @Field(() => TemplateSituationEnum)
  situation!: TemplateSituation;

  @Field()
  body!: string;

  @Field(() => String, { nullable: true, description: 'Variant for tight limits (X: 280).' })
  shortBody?: string | null;

  @Field()
  builtIn!: boolean;

  @Field({ description: 'A built-in template whose text the team changed.' })
  customised!: boolean;

  @Field()
  enabled!: boolean;

  @Field(() => Date, { nullable: true })
  updatedAt!: Date | null;
}

@ObjectType('TemplatePreview', {
  description: 'A template filled for one sample comment, checked.',
})
export class TemplatePreview {
  @Field({ description: 'The sample comment.' })
  sample!: string;

  @Field()
  reply!: string;

  @Field(() => ReplyCheck)
  check!: ReplyCheck;
}

@InputType('ReplyTemplateInput')
export class ReplyTemplateInput {
  @Field()
  name!: string;

  @Field(() => TemplateSituationEnum)
  situation!: TemplateSituation;

  @Field()
  body!: string;

  @Field(() => String, { nullable: true })
  shortBody?: string | null;
}

@InputType('UpdateReplyTemplateInput', { description: 'Omitted fields stay as they are.' })
export class UpdateReplyTemplateInput {
  @Field()
  key!: string;

  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => TemplateSituationEnum, { nullable: true })
  situation?: TemplateSituation | null;

  @Field(() => String, { nullable: true })
  body?: string | null;

  @Field(() => String, { nullable: true })
  shortBody?: string | null;

  @Field(() => Boolean, { nullable: true })
  enabled?: boolean | null;
}
