import { ROLE_LABELS } from '@bedside/domain';
import { Button, Combobox, Group, Kbd, Stack, Text, Textarea, useCombobox } from '@mantine/core';
import { type FormEvent, type KeyboardEvent, useRef, useState } from 'react';

import { describeError } from '../../../app/apollo-client';
import { AuthorAvatar } from '../../../ui/AuthorAvatar';
import { toDomainValue } from '../../../ui/vocabulary';
import { useViewer } from '../../session/ViewerContext';
import { useAddCommentNote } from '../hooks/useAddCommentNote';
import { useMentionAutocomplete } from '../hooks/useMentionAutocomplete';
import { useTeamMembers } from '../hooks/useTeamMembers';

/** The server's limit for one note. */
export const NOTE_MAX_LENGTH = 5000;

const IS_MAC = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/u.test(navigator.platform);

export interface NoteComposerProps {
  commentId: string;
}

/**
 * Writes an internal note. "@" plus letters suggests teammates (Enter, Tab or a click puts
 * "@Full Name " in); Ctrl/Cmd+Enter or "Add note" saves it. The text stays if saving fails.
 */
export function NoteComposer({ commentId }: NoteComposerProps) {
  const viewer = useViewer();
  const { members } = useTeamMembers();
  const [body, setBody] = useState('');
  const textareaRef = useRef<HTMLTextAreaElement>(null);
  const { addNote, isAdding, error, resetError } = useAddCommentNote(commentId);
  const mentions = useMentionAutocomplete({
    text: body,
    onTextChange: setBody,
    members: members.filter((member) => member.id !== viewer.id),
    textareaRef,
  });
  const combobox = useCombobox({
    opened: mentions.isOpen,
    onOpenedChange: (opened) => {
      if (!opened) {
        mentions.dismiss();
      }
    },
  });
  const canAdd = body.trim() !== '' && !isAdding;

  async function submit(): Promise<void> {
    if (!canAdd) {
      return;
    }
    if (await addNote(body.trim())) {
      setBody('');
    }
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>): void {
    if (mentions.onKeyDown(event)) {
      return;
    }
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void submit();
    }
  }

  function onSubmit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    void submit();
  }

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap={6}>
        <Combobox
          store={combobox}
          position="bottom-start"
          width={300}
          shadow="md"
          onOptionSubmit={(id) => {
            const member = mentions.suggestions.find((candidate) => candidate.id === id);
            if (member) {
              mentions.choose(member);
            }
          }}
        >
          <Combobox.Target withKeyboardNavigation={false} withAriaAttributes={false}>
            <Textarea
              ref={textareaRef}
              label="Add a note"
              placeholder="Write to your team. Type @ to mention someone."
              rows={3}
              resize="vertical"
              maxLength={NOTE_MAX_LENGTH}
              value={body}
              readOnly={isAdding}
              error={error ? `The note was not added: ${describeError(error).message}` : null}
              aria-autocomplete="list"
              aria-controls={mentions.isOpen ? mentions.listboxId : undefined}
              aria-activedescendant={
                mentions.isOpen ? mentions.optionId(mentions.active) : undefined
              }
              onChange={(event) => {
                setBody(event.currentTarget.value);
                mentions.sync(event.currentTarget);
                if (error) {
                  resetError();
                }
              }}
              onKeyDown={onKeyDown}
              onKeyUp={(event) => {
                if (['ArrowLeft', 'ArrowRight', 'Home', 'End'].includes(event.key)) {
                  mentions.sync(event.currentTarget);
                }
              }}
              onClick={(event) => mentions.sync(event.currentTarget)}
            />
          </Combobox.Target>
          <Combobox.Dropdown>
            <Combobox.Options id={mentions.listboxId} aria-label="Teammates to mention">
              {mentions.suggestions.map((member, index) => (
                <Combobox.Option
                  key={member.id}
                  value={member.id}
                  id={mentions.optionId(index)}
                  aria-label={`${member.displayName} (${ROLE_LABELS[toDomainValue(member.role)]})`}
                  selected={index === mentions.active}
                  aria-selected={index === mentions.active}
                  onMouseOver={() => mentions.setHighlighted(index)}
                >
                  <Group gap="xs" wrap="nowrap">
                    <AuthorAvatar name={member.displayName} size={22} />
                    <Text size="sm" truncate="end" style={{ flex: 1 }}>
                      {member.displayName}
                    </Text>
                    {/* Inherits the option's colour: dimmed grey is unreadable on the highlight. */}
                    <Text size="xs" c="inherit" opacity={0.75}>
                      {ROLE_LABELS[toDomainValue(member.role)]}
                    </Text>
                  </Group>
                </Combobox.Option>
              ))}
            </Combobox.Options>
          </Combobox.Dropdown>
        </Combobox>
        <Group justify="space-between" gap="xs" wrap="nowrap">
          <Text size="xs" c="dimmed">
            <Kbd size="xs">{IS_MAC ? '⌘' : 'Ctrl'}</Kbd> + <Kbd size="xs">Enter</Kbd> to add
          </Text>
          <Button type="submit" size="xs" loading={isAdding} disabled={body.trim() === ''}>
            Add note
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
