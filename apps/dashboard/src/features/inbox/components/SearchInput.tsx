import { CloseButton, Kbd, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { type Ref, useEffect, useRef, useState } from 'react';

/** Milliseconds of quiet typing before the search runs. */
export const SEARCH_DEBOUNCE_MS = 300;

export interface SearchInputProps {
  /** The search in the URL. */
  value: string;
  onSearch: (value: string) => void;
  inputRef?: Ref<HTMLInputElement>;
}

/** Full-text search over comment text and author; runs once typing pauses. */
export function SearchInput({ value, onSearch, inputRef }: SearchInputProps) {
  const [draft, setDraft] = useState(value);
  const [debounced] = useDebouncedValue(draft, SEARCH_DEBOUNCE_MS);
  const lastSent = useRef(value);
  const latestOnSearch = useRef(onSearch);
  useEffect(() => {
    latestOnSearch.current = onSearch;
  });

  // The URL changed from outside (clear filters, back button): show what it says.
  useEffect(() => {
    if (value !== lastSent.current) {
      lastSent.current = value;
      setDraft(value);
    }
  }, [value]);

  // Only a settled draft searches: a stale one must not undo a change made from outside.
  useEffect(() => {
    const next = debounced.trim();
    if (next !== lastSent.current.trim()) {
      lastSent.current = next;
      latestOnSearch.current(next);
    }
  }, [debounced]);

  return (
    <TextInput
      ref={inputRef}
      type="search"
      aria-label="Search comments"
      placeholder="Search text or author"
      value={draft}
      onChange={(event) => setDraft(event.currentTarget.value)}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.currentTarget.blur();
        }
      }}
      leftSection={<IconSearch size={16} aria-hidden />}
      rightSection={
        draft ? (
          <CloseButton size="sm" aria-label="Clear search" onClick={() => setDraft('')} />
        ) : (
          <Kbd size="xs" aria-hidden>
            /
          </Kbd>
        )
      }
      w={{ base: 220, xl: 280 }}
    />
  );
}
