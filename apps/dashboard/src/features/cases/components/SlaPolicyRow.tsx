import { useMutation } from '@apollo/client/react';
import { Button, Group, Table, Text, TextInput } from '@mantine/core';
import { type FormEvent, useId, useState } from 'react';

import { describeError } from '../../../app/apollo-client';
import type { SlaPoliciesQuery } from '../../../gql/graphql';
import { formatRelativeTime } from '../../../ui/format-time';
import { TriageBadge } from '../../../ui/TriageBadge';
import { useNow } from '../../../ui/useNow';
import { toDomainValue } from '../../../ui/vocabulary';
import { UpdateSlaPolicyMutation } from '../graphql/update-sla-policy.mutation';
import { formatSlaMinutes, parseSlaMinutes } from '../utils/sla-minutes';

export interface SlaPolicyRowProps {
  policy: SlaPoliciesQuery['slaPolicies'][number];
  canEdit: boolean;
}

/** One urgency's deadline: a minutes box and Save for managers, the value for everyone else. */
export function SlaPolicyRow({ policy, canEdit }: SlaPolicyRowProps) {
  const urgency = toDomainValue(policy.urgency);
  const [text, setText] = useState(policy.minutes === null ? '' : String(policy.minutes));
  const [update, { loading, error }] = useMutation(UpdateSlaPolicyMutation);
  const now = useNow();
  const formId = useId();
  const parsed = parseSlaMinutes(text);
  const isChanged = 'minutes' in parsed && parsed.minutes !== policy.minutes;

  async function onSubmit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    if (!('minutes' in parsed) || !isChanged) {
      return;
    }
    try {
      await update({ variables: { input: { urgency: policy.urgency, minutes: parsed.minutes } } });
    } catch {
      // Shown under the box from `error`.
    }
  }

  return (
    <Table.Tr>
      <Table.Td>
        <TriageBadge kind="urgency" value={urgency} interactive={false} />
      </Table.Td>
      <Table.Td>
        {canEdit ? (
          <form id={formId} onSubmit={(event) => void onSubmit(event)} noValidate>
            <TextInput
              aria-label={`Minutes for ${urgency} urgency`}
              placeholder="No deadline"
              rightSection={
                <Text size="xs" c="dimmed">
                  min
                </Text>
              }
              rightSectionWidth={40}
              inputMode="numeric"
              value={text}
              onChange={(event) => setText(event.currentTarget.value)}
              description={'minutes' in parsed ? formatSlaMinutes(parsed.minutes) : undefined}
              inputWrapperOrder={['input', 'description', 'error']}
              error={
                'error' in parsed
                  ? parsed.error
                  : error
                    ? `Not saved: ${describeError(error).message}`
                    : undefined
              }
              w={200}
            />
          </form>
        ) : (
          <Text size="sm" fw={600}>
            {formatSlaMinutes(policy.minutes)}
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        <Text size="sm" c="dimmed">
          {formatSlaMinutes(policy.defaultMinutes)}
        </Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm" c="dimmed">
          {policy.updatedAt
            ? `${formatRelativeTime(policy.updatedAt, now)}${policy.updatedBy ? ` by ${policy.updatedBy}` : ''}`
            : 'Default'}
        </Text>
      </Table.Td>
      {canEdit ? (
        <Table.Td>
          <Group justify="flex-end">
            <Button
              type="submit"
              form={formId}
              size="xs"
              disabled={!isChanged}
              loading={loading}
              aria-label={`Save the ${urgency} deadline`}
            >
              Save
            </Button>
          </Group>
        </Table.Td>
      ) : null}
    </Table.Tr>
  );
}
