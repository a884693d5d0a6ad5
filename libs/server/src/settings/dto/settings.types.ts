import { type ApprovalPolicy } from '@bedside/compliance';
import { Field, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum ApprovalPolicyEnum {
  ALL = 'all',
  FLAGGED = 'flagged',
  NONE = 'none',
}

registerEnumType(ApprovalPolicyEnum, {
  name: 'ApprovalPolicy',
  description: 'Which replies need a reviewer before they can be sent.',
  valuesMap: {
    ALL: { description: 'Every reply.' },
    FLAGGED: {
      description:
        'Replies with checker warnings, and replies to critical or high-urgency comments or to comments holding PHI.',
    },
    NONE: { description: 'None: a reply that passes the checker can be sent at once.' },
  },
});

@ObjectType('OrganisationSettings', {
  description:
    "The organisation's reply settings: the only contacts a public reply may contain, and the approval policy.",
})
export class OrganisationSettingsType {
  @Field({ description: 'Hospital name as replies say it.' })
  hospitalName!: string;

  @Field({ description: 'Patient Relations phone: complaint replies must carry a PR contact.' })
  patientRelationsPhone!: string;

  @Field({ description: 'Patient Relations e-mail.' })
  patientRelationsEmail!: string;

  @Field({ description: 'Patient Relations secure web form.' })
  patientRelationsUrl!: string;

  @Field({ description: 'Nurse advice line.' })
  nurseLine!: string;

  @Field({ description: 'Main switchboard.' })
  mainPhone!: string;

  @Field({ description: 'Billing office.' })
  billingPhone!: string;

  @Field({ description: 'Emergency number (911 in the US).' })
  emergencyNumber!: string;

  @Field({ description: 'Crisis line (988 in the US).' })
  crisisLine!: string;

  @Field({ description: 'Poison Help line.' })
  poisonLine!: string;

  @Field({ description: 'Visiting hours page.' })
  visitorUrl!: string;

  @Field({ description: 'Parking and directions page.' })
  parkingUrl!: string;

  @Field({ description: 'Medical records request page.' })
  recordsUrl!: string;

  @Field(() => [String], { description: 'Domains a link in a reply may point to.' })
  trustedDomains!: string[];

  @Field({ description: 'Sign-off appended to drafts when it fits; empty for none.' })
  signOff!: string;

  @Field(() => ApprovalPolicyEnum, { description: 'Which replies need a reviewer.' })
  approvalPolicy!: ApprovalPolicy;

  @Field({ description: 'Whether "Draft with AI" is available (an admin configured a model).' })
  aiDraftingEnabled!: boolean;
}

@InputType('UpdateOrganisationSettingsInput', {
  description: 'Changes organisation settings; omitted fields stay as they are.',
})
export class UpdateOrganisationSettingsInput {
  @Field(() => String, { nullable: true })
  hospitalName?: string | null;

  @Field(() => String, { nullable: true })
  patientRelationsPhone?: string | null;

  @Field(() => String, { nullable: true })
  patientRelationsEmail?: string | null;

  @Field(() => String, { nullable: true })
  patientRelationsUrl?: string | null;

  @Field(() => String, { nullable: true })
  nurseLine?: string | null;

  @Field(() => String, { nullable: true })
  mainPhone?: string | null;

  @Field(() => String, { nullable: true })
  billingPhone?: string | null;

  @Field(() => String, { nullable: true })
  emergencyNumber?: string | null;

  @Field(() => String, { nullable: true })
  crisisLine?: string | null;

  @Field(() => String, { nullable: true })
  poisonLine?: string | null;

  @Field(() => String, { nullable: true })
  visitorUrl?: string | null;

  @Field(() => String, { nullable: true })
  parkingUrl?: string | null;

  @Field(() => String, { nullable: true })
  recordsUrl?: string | null;

  @Field(() => [String], { nullable: true })
  trustedDomains?: string[] | null;

  @Field(() => String, { nullable: true })
  signOff?: string | null;

  @Field(() => ApprovalPolicyEnum, { nullable: true })
  approvalPolicy?: ApprovalPolicy | null;
}

@ObjectType('AiDraftingSettings', {
  description:
    'The optional AI drafting endpoint (OpenAI-compatible chat completions). The key is never returned.',
})
export class AiDraftingSettingsType {
  @Field({ description: 'Whether drafts may come from the model.' })
  enabled!: boolean;

  @Field({ description: 'Base URL, e.g. http://localhost:11434/v1 (…/chat/completions is added).' })
  baseUrl!: string;

  @Field({ description: 'Model name sent with each request.' })
  model!: string;

  @Field({ description: 'Whether a key is stored (the key itself never leaves the server).' })
  hasApiKey!: boolean;

  @Field(() => Int, { description: 'How long to wait for the model before using a template.' })
  timeoutMs!: number;
}

@InputType('UpdateAiDraftingInput', {
  description: 'Changes the AI drafting endpoint; omitted fields stay as they are.',
})
export class UpdateAiDraftingInput {
  @Field(() => Boolean, { nullable: true })
  enabled?: boolean | null;

  @Field(() => String, { nullable: true })
  baseUrl?: string | null;

  @Field(() => String, { nullable: true })
  model?: string | null;

  @Field(() => String, { nullable: true, description: 'A new key; omitted keeps the stored one.' })
  apiKey?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'True removes the stored key.' })
  clearApiKey?: boolean | null;

  @Field(() => Int, { nullable: true, description: '500 to 60,000 milliseconds.' })
  timeoutMs?: number | null;
}
