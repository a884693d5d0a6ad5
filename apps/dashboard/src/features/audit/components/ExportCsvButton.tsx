import { Button, Tooltip } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';

export interface ExportCsvButtonProps {
  /** The export URL with the page's filter. */
  href: string;
}

/**
 * A plain download link: the browser sends the session cookie and saves the streamed file, so a
 * trail of millions of events never passes through the page's memory.
 */
export function ExportCsvButton({ href }: ExportCsvButtonProps) {
  return (
    <Tooltip label="Every event matching the filters; the export is itself recorded.">
      <Button
        component="a"
        href={href}
        download
        variant="default"
        leftSection={<IconDownload size={16} aria-hidden />}
      >
        Export CSV
      </Button>
    </Tooltip>
  );
}
