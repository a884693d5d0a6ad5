import { createServer, type IncomingMessage, type Server } from 'node:http';
import { type AddressInfo } from 'node:net';

import { DataSource } from 'typeorm';

import { commentRow, INGEST } from './fixtures';
import { type SignedInUser, signInAs } from './sessions';
import { createTestApp, type Credentials, type TestApp } from './test-app';

const SETTINGS = {
  hospitalName: 'Riverbend Medical Center',
  patientRelationsPhone: '(555) 014-2200',
  patientRelationsEmail: 'patientrelations@riverbend.example.org',
  patientRelationsUrl: 'https://riverbend.example.org/feedback',
  nurseLine: '(555) 014-3300',
  mainPhone: '(555) 014-1000',
  trustedDomains: ['cdc.gov', 'riverbend.example.org'],
};

const REPLY_FIELDS = /* GraphQL */ `
  fragment ReplyFields on Reply {
    id
    commentId
    body
    status
    source
    templateKey
    authorName
    reviewerName
    reviewNote
    warningsAcknowledged
    sentAt
    delivery
    revision
    violations {
      code
      severity
      message
      start
      end
    }
  }
`;

const SAVE = /* GraphQL */ `
  mutation Save($input: SaveReplyInput!) {
    saveReply(input: $input) {
      ...ReplyFields
    }
  }
  ${REPLY_FIELDS}
`;
const SUBMIT = /* GraphQL */ `
  mutation Submit($id: ID!) {
    submitReply(replyId: $id) {
      ...ReplyFields
    }
  }
  ${REPLY_FIELDS}
`;
const APPROVE = /* GraphQL */ `
  mutation Approve($input: ApproveReplyInput!) {
    approveReply(input: $input) {
      ...ReplyFields
    }
  }
  ${REPLY_FIELDS}
`;
const REJECT = /* GraphQL */ `
  mutation Reject($input: RejectReplyInput!) {
    rejectReply(input: $input) {
      ...ReplyFields
    }
  }
  ${REPLY_FIELDS}
`;
const SEND = /* GraphQL */ `
  mutation Send($id: ID!) {
    sendReply(replyId: $id) {
      ...ReplyFields
    }
  }
  ${REPLY_FIELDS}
`;
const SUGGEST = /* GraphQL */ `
  query Suggest($id: ID!, $ai: Boolean) {
    suggestReply(commentId: $id, ai: $ai) {
      reply
      template
      situation
      action
      source
      fallbackReason
      violations {
        code
      }
    }
  }
`;
const UPDATE_SETTINGS = /* GraphQL */ `
  mutation UpdateSettings($input: UpdateOrganisationSettingsInput!) {
    updateOrganisationSettings(input: $input) {
      hospitalName
      patientRelationsPhone
      approvalPolicy
    }
  }
`;
const UPDATE_AI = /* GraphQL */ `
  mutation UpdateAi($input: UpdateAiDraftingInput!) {
    updateAiDrafting(input: $input) {
      enabled
      baseUrl
      model
      hasApiKey
      timeoutMs
    }
  }
`;

interface ReplyShape {
  id: string;
  commentId: string;
  body: string;
  status: string;
  source: string;
  authorName: string;
  reviewerName: string | null;
  reviewNote: string | null;
  warningsAcknowledged: boolean;
  sentAt: string | null;
  delivery: string | null;
  revision: number;
  violations: { code: string; severity: string; message: string; start: number; end: number }[];
}

interface SuggestionShape {
  reply: string;
  template: string;
  situation: string;
  action: string;
  source: string;
  fallbackReason: string | null;
  violations: { code: string }[];
}

const COMPLAINT =
  'Waited six hours in your ER with my son Jake and nobody even told us why. Awful.';
const COMPLIANT_REPLY =
  "We're sorry to hear about the wait you described. We'd like to learn more: please contact our Patient Relations team at (555) 014-2200.";

describe('compliant replies: drafting, approval and sending', () => {
  let test: TestApp;
  let agent: SignedInUser;
  let reviewer: SignedInUser;
  let manager: SignedInUser;
  let seq = 0;

  const as = (user: SignedInUser): Credentials => ({ cookie: user.cookie });

  async function ingest(text: string): Promise<string> {
    const externalId = `reply-${(seq += 1)}`;
    const result = await test.gql(INGEST, { comments: [commentRow(externalId, text, seq)] });
    expect(result.errors).toBeUndefined();
    const found = await test.gql<{
      comments: { edges: { node: { id: string; externalId: string } }[] };
    }>('{ comments(first: 200) { edges { node { id externalId } } } }');
    return found.data!.comments.edges.find((edge) => edge.node.externalId === externalId)!.node.id;
  }

  async function setPolicy(policy: 'ALL' | 'FLAGGED' | 'NONE'): Promise<void> {
    const result = await test.gql(UPDATE_SETTINGS, { input: { approvalPolicy: policy } });
    expect(result.errors).toBeUndefined();
  }

  async function save(user: SignedInUser, commentId: string, body: string): Promise<ReplyShape> {
    const result = await test.gql<{ saveReply: ReplyShape }>(
      SAVE,
      { input: { commentId, body } },
      as(user),
    );
    expect(result.errors).toBeUndefined();
    return result.data!.saveReply;
  }

  beforeAll(async () => {
    test = await createTestApp();
    agent = await signInAs(test, {
      email: 'ari@example.org',
      displayName: 'Ari Chen',
      role: 'agent',
    });
    reviewer = await signInAs(test, {
      email: 'rhea@example.org',
      displayName: 'Rhea Singh',
      role: 'reviewer',
    });
    manager = await signInAs(test, {
      email: 'max@example.org',
      displayName: 'Max Ortiz',
      role: 'manager',
    });
    const updated = await test.gql(UPDATE_SETTINGS, { input: SETTINGS });
    if (updated.errors) {
      throw new Error(`Settings were not saved: ${JSON.stringify(updated.errors)}`);
    }
  });

  afterAll(() => test.close());

  describe('organisation settings', () => {
    it('are read by the team and changed only by an admin, with contacts validated', async () => {
      const read = await test.gql<{ organisationSettings: { hospitalName: string } }>(
        '{ organisationSettings { hospitalName patientRelationsPhone trustedDomains approvalPolicy } }',
        {},
        as(agent),
      );
      expect(read.data!.organisationSettings.hospitalName).toBe('Riverbend Medical Center');

      const byManager = await test.gql(
        UPDATE_SETTINGS,
        { input: { signOff: '– Max' } },
        as(manager),
      );
      expect(byManager.errors?.[0].extensions?.code).toBe('FORBIDDEN');

      const badPhone = await test.gql(UPDATE_SETTINGS, {
        input: { patientRelationsPhone: 'call the front desk' },
      });
      expect(badPhone.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(badPhone.errors?.[0].message).toMatch(/phone number/);
    });

    it('never return the AI key, and record its change without the key', async () => {
      const result = await test.gql<{ updateAiDrafting: { hasApiKey: boolean } }>(UPDATE_AI, {
        input: { baseUrl: 'http://127.0.0.1:9/v1', model: 'local', apiKey: 'sk-secret-value-123' },
      });
      expect(result.errors).toBeUndefined();
      expect(result.data!.updateAiDrafting.hasApiKey).toBe(true);
      expect(JSON.stringify(result)).not.toContain('sk-secret-value-123');
      const audit: unknown[] = await test.app
        .get(DataSource)
        .query(`SELECT details FROM audit_events WHERE action = 'settings.ai_drafting_updated'`);
      expect(audit).toHaveLength(1);
      expect(JSON.stringify(audit)).not.toContain('sk-secret-value-123');
    });
  });

  describe('suggested drafts', () => {
    it('answers a complaint with the Patient Relations contact and nothing from the comment', async () => {
      const id = await ingest(COMPLAINT);
      const result = await test.gql<{ suggestReply: SuggestionShape }>(SUGGEST, { id }, as(agent));
      expect(result.errors).toBeUndefined();
      const draft = result.data!.suggestReply;
      expect(draft.source).toBe('TEMPLATE');
      expect(draft.action).toBe('REPLY');
      expect(draft.violations).toEqual([]);
      expect(draft.reply).toMatch(
        /\(555\) 014-2200|patientrelations@riverbend|riverbend\.example\.org\/feedback/,
      );
      expect(draft.reply).not.toMatch(/Jake|six hours/i);
    });

    it('sends an emergency to 911 and suggests hiding spam instead of answering', async () => {
      const emergency = await ingest(
        'my dad has crushing chest pain right now and cant breathe what do i do',
      );
      const urgent = await test.gql<{ suggestReply: SuggestionShape }>(
        SUGGEST,
        { id: emergency },
        as(agent),
      );
      expect(urgent.data!.suggestReply.reply).toMatch(/911/);
      expect(urgent.data!.suggestReply.situation).toBe('EMERGENCY');

      const spam = await ingest(
        'Earn $5000 a week from home!!! DM me now, crypto recovery guaranteed www.quick-cash.biz',
      );
      const hidden = await test.gql<{ suggestReply: SuggestionShape }>(
        SUGGEST,
        { id: spam },
        as(agent),
      );
      expect(hidden.data!.suggestReply.action).toBe('HIDE');
      expect(hidden.data!.suggestReply.reply).toBe('');
    });
  });

  describe('the approval workflow', () => {
    it('checks every save, blocks submission of a violating reply, and runs draft -> rejected -> approved -> sent', async () => {
      await setPolicy('ALL');
      const commentId = await ingest(COMPLAINT);

      const bad = await save(
        agent,
        commentId,
        'So sorry Jake had to wait during your visit. We will make sure it never happens again.',
      );
      expect(bad.status).toBe('DRAFT');
      const codes = bad.violations.map((violation) => violation.code);
      expect(codes).toEqual(
        expect.arrayContaining([
          'CONFIRMS_PATIENT_RELATIONSHIP',
          'DISCLOSES_PHI',
          'PROMISES_OUTCOME',
        ]),
      );
      const flagged = bad.violations.find((v) => v.code === 'CONFIRMS_PATIENT_RELATIONSHIP')!;
      expect(bad.body.slice(flagged.start, flagged.end).toLowerCase()).toContain('visit');
      expect(JSON.stringify(bad.violations.map((v) => v.message))).not.toContain('Jake');

      const refused = await test.gql(SUBMIT, { id: bad.id }, as(agent));
      expect(refused.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(refused.errors?.[0].message).toMatch(/compliance check/);

      const fixed = await save(agent, commentId, COMPLIANT_REPLY);
      expect(fixed.id).toBe(bad.id);
      expect(fixed.violations.filter((v) => v.severity === 'BLOCK')).toEqual([]);

      const submitted = await test.gql<{ submitReply: ReplyShape }>(
        SUBMIT,
        { id: fixed.id },
        as(agent),
      );
      expect(submitted.errors).toBeUndefined();
      expect(submitted.data!.submitReply.status).toBe('PENDING_APPROVAL');

      const queue = await test.gql<{ replyApprovals: { id: string; comment: { id: string } }[] }>(
        '{ replyApprovals { id comment { id } } }',
        {},
        as(reviewer),
      );
      expect(queue.data!.replyApprovals.map((reply) => reply.comment.id)).toContain(commentId);
      const agentQueue = await test.gql('{ replyApprovals { id } }', {}, as(agent));
      expect(agentQueue.errors?.[0].extensions?.code).toBe('FORBIDDEN');

      const agentApproves = await test.gql(APPROVE, { input: { replyId: fixed.id } }, as(agent));
      expect(agentApproves.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      const sendTooEarly = await test.gql(SEND, { id: fixed.id }, as(agent));
      expect(sendTooEarly.errors?.[0].message).toMatch(/Only an approved reply/);

      const noReason = await test.gql(
        REJECT,
        { input: { replyId: fixed.id, reason: ' ' } },
        as(reviewer),
      );
      expect(noReason.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      const rejected = await test.gql<{ rejectReply: ReplyShape }>(
        REJECT,
        { input: { replyId: fixed.id, reason: 'Add the e-mail address too.' } },
        as(reviewer),
      );
      expect(rejected.data!.rejectReply).toMatchObject({
        status: 'REJECTED',
        reviewerName: 'Rhea Singh',
        reviewNote: 'Add the e-mail address too.',
      });

      const edited = await save(
        agent,
        commentId,
        `${COMPLIANT_REPLY.slice(0, -1)} or patientrelations@riverbend.example.org.`,
      );
      expect(edited.status).toBe('DRAFT');
      const resubmitted = await test.gql<{ submitReply: ReplyShape }>(
        SUBMIT,
        { id: edited.id },
        as(agent),
      );
      expect(resubmitted.data!.submitReply.status).toBe('PENDING_APPROVAL');
      const approved = await test.gql<{ approveReply: ReplyShape }>(
        APPROVE,
        { input: { replyId: edited.id } },
        as(reviewer),
      );
      expect(approved.errors).toBeUndefined();
      expect(approved.data!.approveReply.status).toBe('APPROVED');

      const sent = await test.gql<{ sendReply: ReplyShape }>(SEND, { id: edited.id }, as(agent));
      expect(sent.errors).toBeUndefined();
      expect(sent.data!.sendReply).toMatchObject({ status: 'SENT', delivery: 'MANUAL' });
      const again = await test.gql(SEND, { id: edited.id }, as(agent));
      expect(again.errors?.[0].message).toMatch(/already sent/);

      const comment = await test.gql<{
        comment: {
          status: string;
          sla: { firstRespondedAt: string | null };
          teamReplies: { status: string }[];
        };
      }>(
        'query($id: ID!) { comment(id: $id) { status sla { firstRespondedAt } teamReplies { status } } }',
        { id: commentId },
        as(agent),
      );
      expect(comment.data!.comment.status).toBe('REPLIED');
      expect(comment.data!.comment.sla.firstRespondedAt).not.toBeNull();
      expect(comment.data!.comment.teamReplies.map((reply) => reply.status)).toEqual(['SENT']);

      const trail: { action: string; details: string }[] = await test.app
        .get(DataSource)
        .query(
          `SELECT action, details FROM audit_events WHERE target_id = '${commentId}' ORDER BY seq`,
        );
      expect(trail.map((row) => row.action)).toEqual(
        expect.arrayContaining([
          'reply.drafted',
          'reply.edited',
          'reply.submitted',
          'reply.rejected',
          'reply.approved',
          'reply.sent',
          'comment.status_changed',
        ]),
      );
      // Reply texts may echo what the commenter wrote: the trail names decisions, not words.
      expect(JSON.stringify(trail)).not.toContain('Jake');
      expect(JSON.stringify(trail)).not.toContain('Patient Relations team');
    });

    it('does not let a reviewer approve their own reply', async () => {
      await setPolicy('ALL');
      const commentId = await ingest('Why is parking $20 a day?? Ridiculous.');
      const own = await save(reviewer, commentId, COMPLIANT_REPLY);
      await test.gql(SUBMIT, { id: own.id }, as(reviewer));
      const result = await test.gql(APPROVE, { input: { replyId: own.id } }, as(reviewer));
      expect(result.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect(result.errors?.[0].message).toMatch(/Another reviewer/);
    });

    it('approves at once when the policy needs no reviewer, and an edit withdraws an approval', async () => {
      await setPolicy('NONE');
      const commentId = await ingest('Your billing office never answers the phone. Ridiculous.');
      const draft = await save(agent, commentId, COMPLIANT_REPLY);
      const submitted = await test.gql<{ submitReply: ReplyShape }>(
        SUBMIT,
        { id: draft.id },
        as(agent),
      );
      expect(submitted.data!.submitReply.status).toBe('APPROVED');

      const edited = await save(agent, commentId, `${COMPLIANT_REPLY} Thank you.`);
      expect(edited.status).toBe('DRAFT');
      const stale = await test.gql(
        SAVE,
        { input: { commentId, body: COMPLIANT_REPLY, expectedRevision: draft.revision } },
        as(agent),
      );
      expect(stale.errors?.[0].extensions?.code).toBe('CONFLICT');
      await setPolicy('ALL');
    });
  });

  describe('templates', () => {
    const CREATE = /* GraphQL */ `
      mutation Create($input: ReplyTemplateInput!) {
        createReplyTemplate(input: $input) {
          key
          name
          builtIn
          enabled
        }
      }
    `;

    it('lets managers add templates that pass the checker, and refuses ones that do not', async () => {
      const good = {
        name: 'Wait times (short)',
        situation: 'COMPLAINT',
        body: "We're sorry for the frustration. Our Patient Relations team would like to hear more at {PATIENT_RELATIONS_PHONE}.",
      };
      const byAgent = await test.gql(CREATE, { input: good }, as(agent));
      expect(byAgent.errors?.[0].extensions?.code).toBe('FORBIDDEN');

      const created = await test.gql<{ createReplyTemplate: { key: string; builtIn: boolean } }>(
        CREATE,
        { input: good },
        as(manager),
      );
      expect(created.errors).toBeUndefined();
      expect(created.data!.createReplyTemplate.builtIn).toBe(false);

      const bad = await test.gql(
        CREATE,
        {
          input: {
            name: 'Welcome back',
            situation: 'PRAISE',
            body: 'Welcome back! We hope your stay was comfortable and your recovery goes well.',
          },
        },
        as(manager),
      );
      expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(bad.errors?.[0].message).toMatch(/compliance check/);

      const preview = await test.gql<{
        previewReplyTemplate: { reply: string; check: { compliant: boolean } }[];
      }>(
        'query($input: ReplyTemplateInput!) { previewReplyTemplate(input: $input) { sample reply check { compliant } } }',
        { input: good },
        as(agent),
      );
      expect(preview.data!.previewReplyTemplate.length).toBeGreaterThan(0);
      expect(preview.data!.previewReplyTemplate[0].reply).toContain('(555) 014-2200');
      expect(preview.data!.previewReplyTemplate.every((run) => run.check.compliant)).toBe(true);
    });
  });

  describe('AI drafting against a local model server', () => {
    let server: Server;
    let answer: (body: string) => { status: number; content?: string; delayMs?: number };
    const requests: string[] = [];
    const timers = new Set<NodeJS.Timeout>();

    beforeAll(async () => {
      server = createServer((request: IncomingMessage, response) => {
        let body = '';
        request.on('data', (chunk: Buffer) => (body += chunk.toString()));
        request.on('end', () => {
          requests.push(body);
          const reply = answer(body);
          const send = () => {
            response.writeHead(reply.status, { 'content-type': 'application/json' });
            response.end(
              JSON.stringify({
                choices: [{ message: { role: 'assistant', content: reply.content } }],
              }),
            );
          };
          if (reply.delayMs) {
            const timer = setTimeout(() => {
              timers.delete(timer);
              send();
            }, reply.delayMs);
            timers.add(timer);
          } else {
            send();
          }
        });
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      const { port } = server.address() as AddressInfo;
      const configured = await test.gql(UPDATE_AI, {
        input: {
          enabled: true,
          baseUrl: `http://127.0.0.1:${port}/v1`,
          model: 'stub-model',
          timeoutMs: 1000,
        },
      });
      if (configured.errors) {
        throw new Error(`AI drafting was not configured: ${JSON.stringify(configured.errors)}`);
      }
    });

    afterAll(async () => {
      timers.forEach((timer) => clearTimeout(timer));
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    });

    it('uses a compliant model draft, and never sends the comment PHI to the model', async () => {
      answer = () => ({ status: 200, content: COMPLIANT_REPLY });
      const id = await ingest(
        'My name is Dana Whitfield, call me at 555-0188. The ER wait was 6 hours!',
      );
      requests.length = 0;
      const result = await test.gql<{ suggestReply: SuggestionShape }>(
        SUGGEST,
        { id, ai: true },
        as(agent),
      );
      expect(result.errors).toBeUndefined();
      expect(result.data!.suggestReply).toMatchObject({
        source: 'AI',
        reply: COMPLIANT_REPLY,
        fallbackReason: null,
      });
      expect(requests).toHaveLength(1);
      const sent = JSON.parse(requests[0]) as { model: string; messages: { content: string }[] };
      expect(sent.model).toBe('stub-model');
      expect(requests[0]).not.toContain('555-0188');
      expect(requests[0]).not.toContain('Whitfield');
      expect(requests[0]).toContain('[phone]');
    });

    it('falls back to a template when the model draft fails the checker', async () => {
      answer = () => ({
        status: 200,
        content: 'Sorry about your stay! Give him 10 mg of ibuprofen and he will be fine.',
      });
      const id = await ingest(
        'ER took forever and the nurse was rude to my husband. Unacceptable.',
      );
      const result = await test.gql<{ suggestReply: SuggestionShape }>(
        SUGGEST,
        { id, ai: true },
        as(agent),
      );
      const draft = result.data!.suggestReply;
      expect(draft.source).toBe('TEMPLATE');
      expect(draft.fallbackReason).toMatch(/failed the compliance check/);
      expect(draft.violations).toEqual([]);
      expect(draft.reply).not.toMatch(/ibuprofen/);
    });

    it('falls back to a template when the model is too slow or broken', async () => {
      const id = await ingest('Your parking garage is a nightmare, 40 minutes to find a spot.');
      answer = () => ({ status: 200, content: COMPLIANT_REPLY, delayMs: 3000 });
      const started = Date.now();
      const slow = await test.gql<{ suggestReply: SuggestionShape }>(
        SUGGEST,
        { id, ai: true },
        as(agent),
      );
      expect(Date.now() - started).toBeLessThan(2900);
      expect(slow.data!.suggestReply).toMatchObject({ source: 'TEMPLATE' });
      expect(slow.data!.suggestReply.fallbackReason).toMatch(/did not answer in time/);

      answer = () => ({ status: 500 });
      const broken = await test.gql<{ suggestReply: SuggestionShape }>(
        SUGGEST,
        { id, ai: true },
        as(agent),
      );
      expect(broken.data!.suggestReply.source).toBe('TEMPLATE');
      expect(broken.data!.suggestReply.fallbackReason).toMatch(/could not read/);
    });
  });
});
