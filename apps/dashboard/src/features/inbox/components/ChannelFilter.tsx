import { CHANNEL_KIND_LABELS, CHANNEL_KINDS, type ChannelKind } from '@bedside/domain';
import { Button, Checkbox, Group, Popover, Stack, Text } from '@mantine/core';
import { IconChevronDown } from '@tabler/icons-react';

import { ChannelIcon } from '../../../ui/ChannelIcon';
import { toGraphqlValue } from '../../../ui/vocabulary';

export interface ChannelFilterProps {
  value: ChannelKind[];
  onChange: (channels: ChannelKind[]) => void;
}

function describe(value: ChannelKind[]): string {
  if (value.length === 0) {
    return 'All channels';
  }
  if (value.length === 1) {
    return CHANNEL_KIND_LABELS[value[0]];
  }
  return `${value.length} channels`;
}

/**
 * Which platforms to show. A button that keeps its size however many are picked, opening a
 * checklist, so the filter bar stays on one line.
 */
export function ChannelFilter({ value, onChange }: ChannelFilterProps) {
  const isActive = value.length > 0;
  return (
    <Popover position="bottom-start" shadow="md" withinPortal trapFocus>
      <Popover.Target>
        <Button
          variant={isActive ? 'light' : 'default'}
          fw={isActive ? 600 : 400}
          rightSection={<IconChevronDown size={14} aria-hidden />}
          leftSection={
            value.length === 1 ? (
              <ChannelIcon kind={toGraphqlValue(value[0])} size={16} decorative />
            ) : undefined
          }
          aria-label={`Channel: ${describe(value)}`}
          miw={160}
          justify="space-between"
        >
          {describe(value)}
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap="xs" w={220}>
          <Checkbox.Group
            label="Channels"
            value={value}
            onChange={(next) => onChange(CHANNEL_KINDS.filter((kind) => next.includes(kind)))}
          >
            <Stack gap={8} mt={6}>
              {CHANNEL_KINDS.map((kind) => (
                <Checkbox
                  key={kind}
                  value={kind}
                  label={
                    <Group gap={6} wrap="nowrap">
                      <ChannelIcon kind={toGraphqlValue(kind)} size={15} decorative />
                      <Text size="sm" span>
                        {CHANNEL_KIND_LABELS[kind]}
                      </Text>
                    </Group>
                  }
                />
              ))}
            </Stack>
          </Checkbox.Group>
          <Button
            variant="subtle"
            color="slate"
            size="compact-sm"
            disabled={!isActive}
            onClick={() => onChange([])}
          >
            All channels
          </Button>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
