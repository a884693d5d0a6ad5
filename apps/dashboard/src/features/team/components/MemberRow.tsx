import { ROLE_LABELS, ROLES } from '@bedside/domain';
import { ActionIcon, Badge, Group, Menu, Select, Stack, Table, Text, Tooltip } from '@mantine/core';
import { IconDots, IconKey, IconUserCheck, IconUserOff } from '@tabler/icons-react';

import { type FragmentType, getFragmentData, graphql } from '../../../gql';
import type { MemberRow_UserFragment } from '../../../gql/graphql';
import { formatExactTime } from '../../../ui/format-time';
import { TimeAgo } from '../../../ui/TimeAgo';
import { toDomainValue, toGraphqlValue } from '../../../ui/vocabulary';
import { MEMBER_STATUS_LABELS, memberStatus } from '../utils/member-status';

export const MemberRowFragment = graphql(`
  fragment MemberRow_user on User {
    id
    email
    displayName
    role
    active
    deactivatedAt
    lastSignInAt
    lockedUntil
    createdAt
  }
`);

export type Member = MemberRow_UserFragment;

const STATUS_COLORS = { active: 'teal', locked: 'orange', deactivated: 'slate' } as const;

const ROLE_OPTIONS = ROLES.map((role) => ({
  value: toGraphqlValue(role),
  label: ROLE_LABELS[role],
}));

export interface MemberRowProps {
  member: FragmentType<typeof MemberRowFragment>;
  /** The signed-in admin's own row: their role and activation are not theirs to change. */
  isViewer: boolean;
  now: number;
  onChangeRole: (member: Member, role: Member['role']) => void;
  onResetPassword: (member: Member) => void;
  onSetActive: (member: Member, active: boolean) => void;
}

/** One account: who, role (changeable), status, last sign-in, and the admin's actions. */
export function MemberRow({
  isViewer,
  now,
  onChangeRole,
  onResetPassword,
  onSetActive,
  ...props
}: MemberRowProps) {
  const member = getFragmentData(MemberRowFragment, props.member);
  const status = memberStatus(member, now);
  return (
    <Table.Tr style={{ opacity: member.active ? 1 : 0.65 }}>
      <Table.Td>
        <Stack gap={0}>
          <Group gap={6} wrap="nowrap">
            <Text size="sm" fw={600}>
              {member.displayName}
            </Text>
            {isViewer ? (
              <Badge size="xs" variant="light">
                You
              </Badge>
            ) : null}
          </Group>
          <Text size="xs" c="dimmed">
            {member.email}
          </Text>
        </Stack>
      </Table.Td>
      <Table.Td>
        <Tooltip label="Ask another admin to change your role" disabled={!isViewer}>
          <Select
            aria-label={`Role of ${member.displayName}`}
            data={ROLE_OPTIONS}
            value={member.role}
            allowDeselect={false}
            disabled={isViewer}
            size="xs"
            w={130}
            onChange={(role) => {
              if (role && role !== member.role) {
                onChangeRole(member, role);
              }
            }}
          />
        </Tooltip>
      </Table.Td>
      <Table.Td>
        <Tooltip
          label={`Until ${formatExactTime(member.lockedUntil ?? now)}: too many wrong passwords`}
          disabled={status !== 'locked'}
        >
          <Badge variant="light" color={STATUS_COLORS[status]}>
            {MEMBER_STATUS_LABELS[status]}
          </Badge>
        </Tooltip>
      </Table.Td>
      <Table.Td>
        {member.lastSignInAt ? (
          <TimeAgo value={member.lastSignInAt} size="sm" />
        ) : (
          <Text size="sm" c="dimmed">
            Never
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        <Menu position="bottom-end" shadow="md" width={220}>
          <Menu.Target>
            <ActionIcon
              variant="subtle"
              color="slate"
              aria-label={`Actions for ${member.displayName}`}
            >
              <IconDots size={18} />
            </ActionIcon>
          </Menu.Target>
          <Menu.Dropdown>
            <Menu.Item leftSection={<IconKey size={16} />} onClick={() => onResetPassword(member)}>
              Reset password…
            </Menu.Item>
            {member.active ? (
              <Menu.Item
                color="red"
                leftSection={<IconUserOff size={16} />}
                disabled={isViewer}
                onClick={() => onSetActive(member, false)}
              >
                Deactivate…
              </Menu.Item>
            ) : (
              <Menu.Item
                leftSection={<IconUserCheck size={16} />}
                onClick={() => onSetActive(member, true)}
              >
                Reactivate…
              </Menu.Item>
            )}
          </Menu.Dropdown>
        </Menu>
      </Table.Td>
    </Table.Tr>
  );
}

export function memberRoleLabel(role: Member['role']): string {
  return ROLE_LABELS[toDomainValue(role)];
}
