import { useLazyQuery, useQuery } from '@apollo/client/react';
import { CHANNEL_KIND_LABELS, REPLY_STATUS_LABELS } from '@bedside/domain';
import {
  Alert,
  Badge,
  Button,
  Group,
  Kbd,
  Paper,
  Skeleton,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { IconEyeOff, IconRefresh, IconSend, IconSparkles } from '@tabler/icons-react';
import { type ReactNode, useRef, useState } from 'react';

import { describeError } from '../../../app/apollo-client';
import { type FragmentType, getFragmentData, graphql } from '../../../gql';
import type { ReplyFieldsFragment as ReplyFieldsData, ReplySource } from '../../../gql/graphql';
import { TimeAgo } from '../../../ui/TimeAgo';
import { toDomainValue } from '../../../ui/vocabulary';
import { useReportDrafting } from '../../collaboration/hooks/useReportDrafting';
import { useViewer, useViewerCan } from '../../session/ViewerContext';
import { ReplyFieldsFragment } from '../graphql/reply-fields.fragment';
import { SuggestReplyQuery } from '../graphql/suggest-reply.query';
import { useReplyActions } from '../hooks/useReplyActions';
import { useReplyCheck, useReplySettings } from '../hooks/useReplyCheck';
import { useReplyPostingPoll } from '../hooks/useReplyPostingPoll';
import { CHANNEL_REPLY_LIMITS } from '../utils/violation-labels';
import { ApprovedReplyActions, PostingFailedAlert } from './ApprovedReplyActions';
import { DeletedCommentNotice } from './DeletedCommentNotice';
import { ReplyEditor } from './ReplyEditor';
import { ReplyPostingProgress } from './ReplyPostingProgress';
import { ReplyReviewControls } from './ReplyReviewControls';
import { SentReply } from './SentReply';
import { type ListedViolation, ViolationList } from './ViolationList';

export const ReplyComposerFragment = graphql(`
  fragment ReplyComposer_comment on Comment {
    id
    text
    authorName
    status
    deletedAt
    channel {
      id
      kind
      connection {
        state
        canPostReplies
      }
    }
    intents {
      label
    }
    phi {
      type
      start
      end
    }
    teamReplies {
      ...ReplyFields
    }
  }
`);

/**
 * The reply region, the same element whatever state the reply is in: swapping it would drop the
 * focus and make screen readers announce a new region after every step.
 */
function ReplyFrame({ children }: { children: ReactNode }) {
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label="Reply">
      {children}
    </Paper>
  );
}

const IS_MAC = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/u.test(navigator.platform);

export interface ReplyComposerProps {
  comment: FragmentType<typeof ReplyComposerFragment>;
  /** Asks first when a teammate is answering the same comment (the double-reply guard). */
  confirmReply: (reply: () => void) => void;
  /** Hides the comment (spam and abuse get no public reply). */
  onHide: () => void;
  onReplied?: () => void;
}

/**
 * The reply to the open comment: a checked draft, edited with the findings underlined as the
 * person types, then submitted (to a reviewer when the policy asks), approved and sent. A
 * connected channel's connector posts it; otherwise (or by choice) sending copies the reply for
 * pasting and records it as sent by hand.
 */
export function ReplyComposer({
  comment: commentRef,
  confirmReply,
  onHide,
  onReplied,
}: ReplyComposerProps) {
  const comment = getFragmentData(ReplyComposerFragment, commentRef);
  const replies = getFragmentData(ReplyFieldsFragment, comment.teamReplies);
  const viewer = useViewer();
  const canReview = useViewerCan('reviewer');
  const open = replies.find((reply) => reply.status !== 'SENT') ?? null;
  const lastSent = replies.find((reply) => reply.status === 'SENT') ?? null;
  const { settings } = useReplySettings();
  const actions = useReplyActions(comment.id);
  const editorRef = useRef<HTMLTextAreaElement>(null);
  const platform = CHANNEL_KIND_LABELS[toDomainValue(comment.channel.kind)];
  const connection = comment.channel.connection;
  // The connector posts only for an active connection that can reply, to a comment still up.
  const canPost = !comment.deletedAt && connection?.state === 'ACTIVE' && connection.canPostReplies;
  const posting = open?.status === 'APPROVED' ? (open.posting ?? null) : null;
  const isPosting = posting?.state === 'QUEUED' || posting?.state === 'POSTING';
  useReplyPostingPoll({
    commentId: comment.id,
    postingReplyId: isPosting && open ? open.id : null,
    sentReplyId: lastSent?.id ?? null,
    onPosted: onReplied,
  });

  const [body, setBody] = useState<string | null>(open?.body ?? null);
  const [source, setSource] = useState<ReplySource>(open?.source ?? 'TEMPLATE');
  const [templateKey, setTemplateKey] = useState<string | null>(open?.templateKey ?? null);
  const [message, setMessage] = useState<{ tone: 'error' | 'info'; text: string } | null>(null);
  const [writingAnother, setWritingAnother] = useState(false);

  // The stored reply changed (saved, submitted, or replaced by a teammate): start from it again.
  const storedKey = open ? `${open.id}:${open.revision}` : null;
  const [seenKey, setSeenKey] = useState(storedKey);
  if (seenKey !== storedKey) {
    setSeenKey(storedKey);
    setBody(open?.body ?? null);
    setSource(open?.source ?? 'TEMPLATE');
    setTemplateKey(open?.templateKey ?? null);
  }

  const wantsSuggestion =
    !comment.deletedAt && open === null && (lastSent === null || writingAnother);
  const suggestion = useQuery(SuggestReplyQuery, {
    variables: { commentId: comment.id, ai: false },
    skip: !wantsSuggestion,
    fetchPolicy: 'network-only',
  });
  const suggested = suggestion.data?.suggestReply ?? null;
  // Until the person types, the text is the suggested draft.
  const untouchedSuggestion =
    body === null && wantsSuggestion && suggested?.action === 'REPLY' ? suggested : null;

  const [requestAiDraft] = useLazyQuery(SuggestReplyQuery, { fetchPolicy: 'network-only' });
  const [isDraftingWithAi, setDraftingWithAi] = useState(false);

  const text = body ?? untouchedSuggestion?.reply ?? '';
  const check = useReplyCheck(text, comment, settings);
  const violations = (check?.violations ?? []) as ListedViolation[];
  const blocking = violations.some((violation) => violation.severity === 'block');
  const dirty = open ? text !== open.body : text.trim() !== '';
  // Drafting means the person is writing: an untouched suggested draft is not that yet.
  useReportDrafting(comment.id, body !== null && dirty && text.trim() !== '');

  const status = open?.status ?? null;
  const editable = status === null || status === 'DRAFT' || status === 'REJECTED';
  const limit = CHANNEL_REPLY_LIMITS[toDomainValue(comment.channel.kind)] ?? null;

  async function save(): Promise<ReplyFieldsData | null> {
    const result = await actions.save({
      body: text,
      source: untouchedSuggestion?.source ?? (open && text !== open.body ? 'HUMAN' : source),
      templateKey: untouchedSuggestion?.template ?? templateKey,
      expectedRevision: open?.revision ?? null,
    });
    if (!result.ok) {
      setMessage({ tone: 'error', text: `The draft was not saved: ${result.message}` });
      return null;
    }
    setMessage({ tone: 'info', text: 'Draft saved.' });
    return getFragmentData(ReplyFieldsFragment, result.value);
  }

  async function submit(): Promise<void> {
    const saved = dirty || !open ? await save() : open;
    if (!saved) {
      return;
    }
    const result = await actions.submit(saved.id);
    if (!result.ok) {
      setMessage({ tone: 'error', text: result.message });
      return;
    }
    const submitted = getFragmentData(ReplyFieldsFragment, result.value);
    setMessage({
      tone: 'info',
      text:
        submitted.status === 'APPROVED'
          ? 'Approved: no review needed. Send it when ready.'
          : 'Submitted: a reviewer will approve it from the approvals queue.',
    });
  }

  async function copyAndMarkReplied(reply: ReplyFieldsData): Promise<void> {
    try {
      await navigator.clipboard.writeText(reply.body);
    } catch {
      // Clipboard access can be refused (no focus, permissions); the text stays on screen.
    }
    // Always `manual`: the person pastes it, so a connector (even one added meanwhile) must not
    // post it a second time.
    const result = await actions.send(reply.id, true);
    if (!result.ok) {
      setMessage({ tone: 'error', text: result.message });
      return;
    }
    setWritingAnother(false);
    setMessage({
      tone: 'info',
      text: 'Copied and marked as replied: paste it on the platform under the comment.',
    });
    onReplied?.();
  }

  /** Hands the reply to the connector; the pane then follows its posting. */
  async function post(reply: ReplyFieldsData): Promise<void> {
    const result = await actions.send(reply.id, false);
    setMessage(result.ok ? null : { tone: 'error', text: result.message });
  }

  async function retryPosting(reply: ReplyFieldsData): Promise<void> {
    const result = await actions.retryDelivery(reply.id);
    setMessage(result.ok ? null : { tone: 'error', text: result.message });
  }

  async function draftWithAi(): Promise<void> {
    setDraftingWithAi(true);
    try {
      const result = await requestAiDraft({ variables: { commentId: comment.id, ai: true } });
      const draft = result.data?.suggestReply;
      if (draft) {
        setBody(draft.reply);
        setSource(draft.source);
        setTemplateKey(draft.template);
        setMessage(
          draft.fallbackReason
            ? { tone: 'info', text: `${draft.fallbackReason} The template draft is shown instead.` }
            : {
                tone: 'info',
                text: 'Drafted by the AI model and checked: read it before sending.',
              },
        );
      }
    } catch (error) {
      setMessage({ tone: 'error', text: `No AI draft: ${describeError(error).message}` });
    } finally {
      setDraftingWithAi(false);
    }
  }

  function selectViolation(violation: ListedViolation): void {
    const editor = editorRef.current;
    if (editor) {
      editor.focus();
      editor.setSelectionRange(violation.start, violation.end);
    }
  }

  const header = (
    <Group justify="space-between" gap="xs">
      <Title order={3} size="h5">
        Reply
      </Title>
      {status ? (
        <Badge variant="light" color={STATUS_COLORS[status]} data-testid="reply-status">
          {REPLY_STATUS_LABELS[toDomainValue(status)]}
        </Badge>
      ) : null}
    </Group>
  );

  const deletedNotice = comment.deletedAt ? (
    <DeletedCommentNotice platform={platform} deletedAt={comment.deletedAt} />
  ) : null;

  if (lastSent && !open && !writingAnother) {
    return (
      <ReplyFrame>
        <SentReply
          reply={lastSent}
          platform={platform}
          header={header}
          message={message?.text ?? null}
          onWriteAnother={comment.deletedAt ? undefined : () => setWritingAnother(true)}
        >
          {deletedNotice}
        </SentReply>
      </ReplyFrame>
    );
  }

  if (open && isPosting) {
    return (
      <ReplyFrame>
        <ReplyPostingProgress reply={open} platform={platform} header={header} />
      </ReplyFrame>
    );
  }

  if (deletedNotice) {
    return (
      <ReplyFrame>
        <Stack gap="sm">
          {header}
          {deletedNotice}
          {open ? (
            <Button
              size="xs"
              variant="default"
              w="fit-content"
              disabled={actions.isBusy}
              onClick={() => void actions.discard(open.id)}
            >
              Discard the unsent reply
            </Button>
          ) : null}
        </Stack>
      </ReplyFrame>
    );
  }

  if (suggested?.action === 'HIDE' && body === null) {
    return (
      <ReplyFrame>
        <Stack gap="sm">
          {header}
          <Alert
            color="orange"
            variant="light"
            icon={<IconEyeOff size={18} />}
            title="Suggested: hide, don't reply"
          >
            This looks like spam or abuse. Hospitals hide these under their community rules rather
            than answering them.
          </Alert>
          <Group gap="xs">
            <Button
              size="xs"
              color="orange"
              leftSection={<IconEyeOff size={14} />}
              onClick={onHide}
            >
              Hide comment
            </Button>
            <Button size="xs" variant="default" onClick={() => setBody('')}>
              Write a reply anyway
            </Button>
          </Group>
        </Stack>
      </ReplyFrame>
    );
  }

  const loadingDraft = body === null && wantsSuggestion && suggestion.loading;
  return (
    <ReplyFrame>
      <Stack gap="sm">
        {header}
        {status === 'REJECTED' && open?.reviewNote ? (
          <Alert
            color="orange"
            variant="light"
            title={`Changes requested by ${open.reviewerName ?? 'a reviewer'}`}
          >
            {open.reviewNote}
          </Alert>
        ) : null}
        {status === 'PENDING_APPROVAL' && open ? (
          <Alert color="blue" variant="light" title="Awaiting approval">
            Submitted by {open.authorName}
            {open.submittedAt ? (
              <>
                {' '}
                <TimeAgo value={open.submittedAt} />
              </>
            ) : null}
            . Editing it takes it back to draft.
          </Alert>
        ) : null}
        {suggestion.error && body === null ? (
          <Text size="sm" c="red" role="alert">
            No draft could be suggested: {describeError(suggestion.error).message} Write one below.
          </Text>
        ) : null}
        {loadingDraft ? (
          <Skeleton h={132} radius="sm" aria-label="Drafting a reply" />
        ) : (
          <ReplyEditor
            ref={editorRef}
            value={text}
            onChange={(value) => {
              setBody(value);
              setMessage(null);
            }}
            ranges={violations}
            limit={limit}
            describedBy="reply-findings"
            onKeyDown={(event) => {
              if ((event.ctrlKey || event.metaKey) && event.key === 'Enter') {
                event.preventDefault();
                if (!blocking && text.trim() !== '') {
                  confirmReply(() => void submit());
                }
              } else if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') {
                event.preventDefault();
                void save();
              }
            }}
          />
        )}
        {check ? (
          <ViolationList id="reply-findings" violations={violations} onSelect={selectViolation} />
        ) : null}
        {posting?.state === 'FAILED' ? (
          <PostingFailedAlert platform={platform} error={posting.error ?? null} />
        ) : null}
        {message ? (
          <Text
            size="sm"
            c={message.tone === 'error' ? 'red' : 'teal.8'}
            role={message.tone === 'error' ? 'alert' : 'status'}
          >
            {message.text}
          </Text>
        ) : null}
        <Group justify="space-between" gap="xs">
          <Group gap="xs">
            {status === 'APPROVED' && open && !dirty ? (
              <ApprovedReplyActions
                canPost={canPost}
                postingState={posting?.state ?? null}
                busy={actions.isBusy}
                onPost={() => confirmReply(() => void post(open))}
                onRetry={() => void retryPosting(open)}
                onCopy={() => confirmReply(() => void copyAndMarkReplied(open))}
              />
            ) : (
              <Button
                size="xs"
                leftSection={<IconSend size={14} />}
                loading={actions.isBusy}
                disabled={
                  blocking || text.trim() === '' || (status === 'PENDING_APPROVAL' && !dirty)
                }
                title={blocking ? 'Fix the red findings first' : undefined}
                onClick={() => confirmReply(() => void submit())}
              >
                {settings?.approvalPolicy === 'NONE'
                  ? 'Approve for sending'
                  : 'Submit for approval'}
              </Button>
            )}
            <Button
              size="xs"
              variant="default"
              disabled={!dirty || text.trim() === '' || actions.isBusy}
              onClick={() => void save()}
            >
              Save draft
            </Button>
            {open && status !== 'PENDING_APPROVAL' ? (
              <Button
                size="xs"
                variant="subtle"
                color="gray"
                disabled={actions.isBusy}
                onClick={() =>
                  void actions.discard(open.id).then((result) => {
                    setBody(null);
                    setMessage(result.ok ? null : { tone: 'error', text: result.message });
                  })
                }
              >
                Discard
              </Button>
            ) : null}
          </Group>
          <Group gap="xs">
            <Button
              size="xs"
              variant="subtle"
              leftSection={<IconRefresh size={14} />}
              disabled={!editable}
              onClick={() => {
                if (suggested?.action === 'REPLY') {
                  setBody(suggested.reply);
                  setSource(suggested.source);
                  setTemplateKey(suggested.template);
                } else {
                  void suggestion.refetch();
                  setBody(null);
                }
              }}
            >
              Use suggested draft
            </Button>
            {settings?.aiDraftingEnabled ? (
              <Button
                size="xs"
                variant="light"
                color="grape"
                leftSection={<IconSparkles size={14} />}
                loading={isDraftingWithAi}
                disabled={!editable}
                onClick={() => void draftWithAi()}
              >
                Draft with AI
              </Button>
            ) : null}
          </Group>
        </Group>
        {open && status === 'PENDING_APPROVAL' && canReview && open.authorId !== viewer.id ? (
          <ReplyReviewControls
            reply={open}
            actions={actions}
            onDone={(text) => setMessage({ tone: 'info', text })}
          />
        ) : null}
        <Text size="xs" c="dimmed">
          <Kbd size="xs">{IS_MAC ? '⌘' : 'Ctrl'}</Kbd> + <Kbd size="xs">Enter</Kbd> submits,{' '}
          <Kbd size="xs">{IS_MAC ? '⌘' : 'Ctrl'}</Kbd> + <Kbd size="xs">S</Kbd> saves the draft.
        </Text>
      </Stack>
    </ReplyFrame>
  );
}

const STATUS_COLORS: Record<string, string> = {
  DRAFT: 'gray',
  PENDING_APPROVAL: 'blue',
  APPROVED: 'teal',
  REJECTED: 'orange',
  SENT: 'teal',
};
