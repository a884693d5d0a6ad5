import { ActionIcon, Code, CopyButton, Group, Stack, Text, Tooltip } from '@mantine/core';
import { IconCheck, IconCopy } from '@tabler/icons-react';

export interface WebhookCallbackUrlProps {
  /** The path the server answers webhooks on, e.g. `/webhooks/facebook`. */
  path: string;
}

/**
 * The callback URL to enter in the platform's app settings. Webhooks reach the same origin the
 * dashboard is served from, so the full URL is built from where this page was opened.
 */
export function WebhookCallbackUrl({ path }: WebhookCallbackUrlProps) {
  const url = `${window.location.origin}${path}`;
  return (
    <Stack gap={4}>
      <Text size="xs" c="dimmed" id={`webhook-${path}`}>
        Webhook callback URL: enter it in the platform app’s webhook settings.
      </Text>
      <Group gap="xs" wrap="nowrap">
        <Code aria-labelledby={`webhook-${path}`} style={{ wordBreak: 'break-all', fontSize: 13 }}>
          {url}
        </Code>
        <CopyButton value={url} timeout={2000}>
          {({ copied, copy }) => (
            <Tooltip label={copied ? 'Copied' : 'Copy the webhook URL'}>
              <ActionIcon
                variant="light"
                color={copied ? 'teal' : 'bedside'}
                aria-label="Copy the webhook URL"
                onClick={copy}
              >
                {copied ? <IconCheck size={16} /> : <IconCopy size={16} />}
              </ActionIcon>
            </Tooltip>
          )}
        </CopyButton>
      </Group>
    </Stack>
  );
}
