import { Table, Text } from '@mantine/core';
import { IconShieldCheck } from '@tabler/icons-react';

import { describeError } from '../../../app/apollo-client';
import type { FragmentType } from '../../../gql';
import { EmptyState } from '../../../ui/EmptyState';
import { useDeleteModerationRule } from '../hooks/useDeleteModerationRule';
import { useSaveModerationRule } from '../hooks/useSaveModerationRule';
import { ModerationRuleRow, type ModerationRuleRowFragment } from './ModerationRuleRow';

export interface ModerationRulesTableProps {
  rules: readonly ({ id: string } & FragmentType<typeof ModerationRuleRowFragment>)[];
  onEdit: (id: string) => void;
}

/** The rules, oldest first, each switchable on and off in place. */
export function ModerationRulesTable({ rules, onEdit }: ModerationRulesTableProps) {
  const { setEnabled, isSaving, error: saveError } = useSaveModerationRule();
  const { deleteRule, isDeleting, error: deleteError } = useDeleteModerationRule();
  const error = saveError ?? deleteError;

  if (rules.length === 0) {
    return (
      <EmptyState
        icon={<IconShieldCheck size={26} />}
        title="No rules yet"
        description="Add a rule to hide spam, hold links to unknown sites, or hand misinformation to the communications team as it arrives."
      />
    );
  }
  return (
    <>
      {error ? (
        <Text size="sm" c="red" role="alert" mb="xs">
          The rule did not change: {describeError(error).message}
        </Text>
      ) : null}
      <Table aria-label="Moderation rules" verticalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={60}>On</Table.Th>
            <Table.Th>Rule</Table.Th>
            <Table.Th>Last changed</Table.Th>
            <Table.Th aria-label="Actions" />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rules.map((rule) => (
            <ModerationRuleRow
              key={rule.id}
              rule={rule}
              isBusy={isSaving || isDeleting}
              onToggle={(id, enabled) => void setEnabled(id, enabled)}
              onEdit={onEdit}
              onDelete={(id) => void deleteRule(id)}
            />
          ))}
        </Table.Tbody>
      </Table>
    </>
  );
}
