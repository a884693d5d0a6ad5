import type { Mentionable } from '@bedside/domain';
import { type KeyboardEvent, type RefObject, useEffect, useId, useRef, useState } from 'react';

import {
  type ActiveMention,
  findActiveMention,
  insertMention,
  suggestMembers,
} from '../utils/mention-autocomplete';

export interface MentionAutocompleteOptions<Member extends Mentionable> {
  text: string;
  onTextChange: (text: string) => void;
  /** Who may be mentioned (the writer is usually left out). */
  members: readonly Member[];
  textareaRef: RefObject<HTMLTextAreaElement | null>;
}

/**
 * The state behind "@" suggestions in a textarea: which mention is being typed at the caret, the
 * matching teammates, the highlighted one, and the keys that move through and pick them. Keys are
 * handled here rather than by a library so Enter and Tab pick a teammate only while suggestions
 * show, and otherwise keep their usual meaning in the text.
 */
export function useMentionAutocomplete<Member extends Mentionable>({
  text,
  onTextChange,
  members,
  textareaRef,
}: MentionAutocompleteOptions<Member>) {
  const listboxId = useId();
  const [mention, setMention] = useState<ActiveMention | null>(null);
  const [caret, setCaret] = useState(0);
  const [highlighted, setHighlighted] = useState(0);
  // Escape closes the suggestions for the mention being typed, until another "@" starts.
  const [dismissedStart, setDismissedStart] = useState<number | null>(null);
  const pendingCaret = useRef<number | null>(null);

  const suggestions =
    mention && mention.start !== dismissedStart ? suggestMembers(members, mention.query) : [];
  const isOpen = suggestions.length > 0;
  const active = Math.min(highlighted, Math.max(suggestions.length - 1, 0));

  // After a mention is inserted, the caret goes after it once React has put the new text in.
  useEffect(() => {
    const element = textareaRef.current;
    if (pendingCaret.current !== null && element) {
      element.setSelectionRange(pendingCaret.current, pendingCaret.current);
      pendingCaret.current = null;
    }
  }, [text, textareaRef]);

  /** Re-reads the mention at the caret; call on input, click and caret-moving keys. */
  const sync = (element: HTMLTextAreaElement) => {
    const position = element.selectionStart;
    const next = findActiveMention(element.value, position);
    setCaret(position);
    if (next?.start !== mention?.start || next?.query !== mention?.query) {
      setHighlighted(0);
    }
    if (next === null || next.start !== dismissedStart) {
      setDismissedStart(null);
    }
    setMention(next);
  };

  const choose = (member: Member) => {
    if (!mention) {
      return;
    }
    const result = insertMention(text, mention, caret, member.displayName);
    pendingCaret.current = result.caret;
    setMention(null);
    setCaret(result.caret);
    onTextChange(result.text);
    textareaRef.current?.focus();
  };

  const dismiss = () => {
    if (mention) {
      setDismissedStart(mention.start);
    }
  };

  /** Handles the key if the suggestions want it; returns whether it did. */
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>): boolean => {
    if (!isOpen || event.nativeEvent.isComposing) {
      return false;
    }
    const count = suggestions.length;
    switch (event.key) {
      case 'ArrowDown':
        setHighlighted((active + 1) % count);
        break;
      case 'ArrowUp':
        setHighlighted((active - 1 + count) % count);
        break;
      case 'Enter':
      case 'Tab':
        if (event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) {
          return false;
        }
        choose(suggestions[active]);
        break;
      case 'Escape':
        dismiss();
        break;
      default:
        return false;
    }
    event.preventDefault();
    event.stopPropagation();
    return true;
  };

  return {
    suggestions,
    isOpen,
    active,
    setHighlighted,
    choose,
    dismiss,
    sync,
    onKeyDown,
    listboxId,
    optionId: (index: number) => `${listboxId}-option-${index}`,
  };
}
