import { Button, Group, Popover, Stack, Text, TextInput } from '@mantine/core';
import { IconCalendar } from '@tabler/icons-react';

import { formatShortDate } from '../../../ui/format-time';

export interface DateRange {
  from: string | null;
  to: string | null;
}

export interface DateRangeFilterProps extends DateRange {
  onChange: (range: DateRange) => void;
  /** Today as `YYYY-MM-DD`, for the presets; injected so specs control the clock. */
  today: string;
}

function shiftDay(day: string, days: number): string {
  const [year, month, date] = day.split('-').map(Number);
  const shifted = new Date(year, month - 1, date + days);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${shifted.getFullYear()}-${pad(shifted.getMonth() + 1)}-${pad(shifted.getDate())}`;
}

function describeRange({ from, to }: DateRange): string {
  const at = (day: string) => formatShortDate(new Date(`${day}T12:00:00`));
  if (from && to) {
    return from === to ? at(from) : `${at(from)} – ${at(to)}`;
  }
  if (from) {
    return `Since ${at(from)}`;
  }
  if (to) {
    return `Until ${at(to)}`;
  }
  return 'Any date';
}

/** When the comment was written: presets for the usual questions, exact days for the rest. */
export function DateRangeFilter({ from, to, onChange, today }: DateRangeFilterProps) {
  const isActive = from !== null || to !== null;
  const presets = [
    { label: 'Today', range: { from: today, to: today } },
    { label: 'Last 7 days', range: { from: shiftDay(today, -6), to: today } },
    { label: 'Last 30 days', range: { from: shiftDay(today, -29), to: today } },
  ];
  return (
    <Popover position="bottom-start" shadow="md" withinPortal trapFocus>
      <Popover.Target>
        <Button
          variant={isActive ? 'light' : 'default'}
          leftSection={<IconCalendar size={16} aria-hidden />}
          aria-label={`Date written: ${describeRange({ from, to })}`}
          fw={isActive ? 600 : 400}
        >
          {describeRange({ from, to })}
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap="sm" w={260}>
          <Text size="xs" fw={600} c="dimmed" tt="uppercase">
            Written
          </Text>
          <Group gap={6}>
            {presets.map((preset) => (
              <Button
                key={preset.label}
                size="compact-sm"
                variant="light"
                onClick={() => onChange(preset.range)}
              >
                {preset.label}
              </Button>
            ))}
          </Group>
          <Group gap="xs" grow>
            <TextInput
              type="date"
              label="From"
              value={from ?? ''}
              max={to ?? undefined}
              onChange={(event) => onChange({ from: event.currentTarget.value || null, to })}
            />
            <TextInput
              type="date"
              label="To"
              value={to ?? ''}
              min={from ?? undefined}
              onChange={(event) => onChange({ from, to: event.currentTarget.value || null })}
            />
          </Group>
          <Button
            variant="subtle"
            color="slate"
            size="compact-sm"
            disabled={!isActive}
            onClick={() => onChange({ from: null, to: null })}
          >
            Any date
          </Button>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
