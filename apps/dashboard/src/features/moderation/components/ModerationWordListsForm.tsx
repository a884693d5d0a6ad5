import { Alert, Button, Group, Stack, TagsInput, Text } from '@mantine/core';
import { type FormEvent, useState } from 'react';

import { describeError } from '../../../app/apollo-client';
import { type FragmentType, getFragmentData, graphql } from '../../../gql';
import { TimeAgo } from '../../../ui/TimeAgo';
import { useUpdateWordLists } from '../hooks/useUpdateWordLists';

export const ModerationWordListsFormFragment = graphql(`
  fragment ModerationWordListsForm_lists on ModerationWordLists {
    banned
    suspect
    trustedDomains
    updatedAt
    updatedByName
  }
`);

export interface ModerationWordListsFormProps {
  lists: FragmentType<typeof ModerationWordListsFormFragment>;
}

interface ListValues {
  banned: string[];
  suspect: string[];
  trustedDomains: string[];
}

const same = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((entry, index) => entry === b[index]);

/** The banned and suspect words and the trusted domains, edited together and saved at once. */
export function ModerationWordListsForm({ lists: listsRef }: ModerationWordListsFormProps) {
  const lists = getFragmentData(ModerationWordListsFormFragment, listsRef);
  const [values, setValues] = useState<ListValues>(() => ({
    banned: [...lists.banned],
    suspect: [...lists.suspect],
    trustedDomains: [...lists.trustedDomains],
  }));
  const [saved, setSaved] = useState(false);
  const { saveLists, isSaving, error } = useUpdateWordLists();
  const isDirty =
    !same(values.banned, lists.banned) ||
    !same(values.suspect, lists.suspect) ||
    !same(values.trustedDomains, lists.trustedDomains);

  const set = (key: keyof ListValues) => (entries: string[]) => {
    setSaved(false);
    setValues((current) => ({ ...current, [key]: entries }));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (await saveLists(values)) {
      setSaved(true);
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} aria-label="Word lists">
      <Stack gap="md">
        <TagsInput
          label="Banned words"
          description="Whole words or phrases; case, accents and leetspeak (sc4m) are ignored. Press Enter after each."
          value={values.banned}
          onChange={set('banned')}
          clearable
        />
        <TagsInput
          label="Suspect words"
          description="Words that usually mean trouble but need a person to decide."
          value={values.suspect}
          onChange={set('suspect')}
          clearable
        />
        <TagsInput
          label="Trusted domains"
          description="Links to these (and their subdomains) never trip an untrusted-link rule: cdc.gov."
          value={values.trustedDomains}
          onChange={set('trustedDomains')}
          clearable
        />
        {error ? (
          <Alert color="red" variant="light" role="alert">
            The lists were not saved: {describeError(error).message} Check that each domain looks
            like cdc.gov.
          </Alert>
        ) : null}
        <Group justify="space-between">
          <Text size="xs" c="dimmed" aria-live="polite">
            {saved ? 'Saved. New comments are checked against these lists. ' : ''}
            {lists.updatedAt ? (
              <>
                Last changed <TimeAgo value={lists.updatedAt} withTooltip={false} />
                {lists.updatedByName ? ` by ${lists.updatedByName}` : ''}
              </>
            ) : null}
          </Text>
          <Button type="submit" loading={isSaving} disabled={!isDirty}>
            Save lists
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
