import { MODERATION_REASON_LABELS } from '@bedside/domain';
import { Button, Group, Switch, Table, Text } from '@mantine/core';
import { IconPencil, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';

import { type FragmentType, getFragmentData, graphql } from '../../../gql';
import { TimeAgo } from '../../../ui/TimeAgo';
import { toDomainValue } from '../../../ui/vocabulary';

export const ModerationRuleRowFragment = graphql(`
  fragment ModerationRuleRow_rule on ModerationRule {
    id
    name
    enabled
    summary
    reasonCode
    updatedAt
    updatedByName
  }
`);

export interface ModerationRuleRowProps {
  rule: FragmentType<typeof ModerationRuleRowFragment>;
  isBusy: boolean;
  onToggle: (id: string, enabled: boolean) => void;
  onEdit: (id: string) => void;
  onDelete: (id: string) => void;
}

/** One rule: what it does, whether it is on, and its edit and delete buttons. */
export function ModerationRuleRow({
  rule: ruleRef,
  isBusy,
  onToggle,
  onEdit,
  onDelete,
}: ModerationRuleRowProps) {
  const rule = getFragmentData(ModerationRuleRowFragment, ruleRef);
  const [isConfirming, setConfirming] = useState(false);

  return (
    <Table.Tr>
      <Table.Td>
        <Switch
          checked={rule.enabled}
          onChange={(event) => onToggle(rule.id, event.currentTarget.checked)}
          disabled={isBusy}
          aria-label={`Use the rule ${rule.name}`}
        />
      </Table.Td>
      <Table.Td>
        <Text size="sm" fw={600}>
          {rule.name}
        </Text>
        <Text size="sm" c="dimmed">
          {rule.summary}
          {rule.reasonCode ? ` · ${MODERATION_REASON_LABELS[toDomainValue(rule.reasonCode)]}` : ''}
        </Text>
      </Table.Td>
      <Table.Td>
        <Group gap={4} wrap="nowrap">
          <TimeAgo value={rule.updatedAt} />
          {rule.updatedByName ? (
            <Text size="xs" c="dimmed">
              by {rule.updatedByName}
            </Text>
          ) : null}
        </Group>
      </Table.Td>
      <Table.Td>
        <Group gap={6} justify="flex-end" wrap="nowrap">
          {isConfirming ? (
            <>
              <Button
                size="xs"
                color="red"
                onClick={() => onDelete(rule.id)}
                loading={isBusy}
                aria-label={`Delete the rule ${rule.name} for good`}
              >
                Delete
              </Button>
              <Button size="xs" variant="default" onClick={() => setConfirming(false)}>
                Keep
              </Button>
            </>
          ) : (
            <>
              <Button
                size="xs"
                variant="default"
                leftSection={<IconPencil size={14} aria-hidden />}
                onClick={() => onEdit(rule.id)}
                aria-label={`Edit the rule ${rule.name}`}
              >
                Edit
              </Button>
              <Button
                size="xs"
                variant="subtle"
                color="red"
                leftSection={<IconTrash size={14} aria-hidden />}
                onClick={() => setConfirming(true)}
                aria-label={`Delete the rule ${rule.name}`}
              >
                Delete
              </Button>
            </>
          )}
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}
