import { Button, Group, Paper, Stack, Switch, Text, Title } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { type ReactNode, useId, useState } from 'react';

export interface ReportSectionProps {
  title: string;
  description?: ReactNode;
  /** The CSV export of this section's numbers, with the page's filter. */
  csvHref?: string;
  /**
   * A chart's content: given whether the reader asked for the numbers as a table. Without it the
   * section has no "Show as table" switch (it is a table or a list already).
   */
  render?: (showTable: boolean) => ReactNode;
  children?: ReactNode;
}

/**
 * One block of the report, a landmark screen readers can jump to: a title, the CSV download, and
 * for charts a switch that shows the same numbers as an accessible table. Prints one per block.
 */
export function ReportSection({
  title,
  description,
  csvHref,
  render,
  children,
}: ReportSectionProps) {
  const [showTable, setShowTable] = useState(false);
  const titleId = useId();
  return (
    <Paper
      component="section"
      withBorder
      p="md"
      aria-labelledby={titleId}
      className="bedside-report-block"
    >
      <Group justify="space-between" align="flex-start" wrap="nowrap" mb="sm">
        <Stack gap={2}>
          <Title order={2} size="h5" id={titleId}>
            {title}
          </Title>
          {description ? (
            <Text size="sm" c="dimmed">
              {description}
            </Text>
          ) : null}
        </Stack>
        <Group gap="md" wrap="nowrap" className="bedside-no-print">
          {render ? (
            <Switch
              size="sm"
              label="Show as table"
              checked={showTable}
              onChange={(event) => setShowTable(event.currentTarget.checked)}
            />
          ) : null}
          {csvHref ? (
            <Button
              component="a"
              href={csvHref}
              download
              size="compact-sm"
              variant="default"
              leftSection={<IconDownload size={14} aria-hidden />}
              aria-label={`${title}: download CSV`}
            >
              CSV
            </Button>
          ) : null}
        </Group>
      </Group>
      {render ? render(showTable) : null}
      {children}
    </Paper>
  );
}
