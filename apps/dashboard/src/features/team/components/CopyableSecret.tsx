import { ActionIcon, Code, CopyButton, Group, Tooltip } from '@mantine/core';
import { IconCheck, IconCopy } from '@tabler/icons-react';

export interface CopyableSecretProps {
  /** What it is, for the copy button's label: "password", "token". */
  label: string;
  value: string;
}

/** A secret shown once, with a button that copies it. */
export function CopyableSecret({ label, value }: CopyableSecretProps) {
  return (
    <Group gap="xs" wrap="nowrap" align="center">
      <Code
        block
        data-testid="shown-secret"
        style={{ flex: 1, wordBreak: 'break-all', whiteSpace: 'pre-wrap', fontSize: 13 }}
      >
        {value}
      </Code>
      <CopyButton value={value} timeout={2000}>
        {({ copied, copy }) => (
          <Tooltip label={copied ? 'Copied' : `Copy the ${label}`}>
            <ActionIcon
              variant="light"
              color={copied ? 'teal' : 'bedside'}
              size="lg"
              aria-label={`Copy the ${label}`}
              onClick={copy}
            >
              {copied ? <IconCheck size={18} /> : <IconCopy size={18} />}
            </ActionIcon>
          </Tooltip>
        )}
      </CopyButton>
    </Group>
  );
}
