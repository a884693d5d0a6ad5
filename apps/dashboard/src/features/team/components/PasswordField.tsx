import { Button, Group, PasswordInput } from '@mantine/core';
import { IconWand } from '@tabler/icons-react';
import { useState } from 'react';

import { generatePassword } from '../utils/generate-password';
import { MIN_PASSWORD_LENGTH } from '../utils/member-form';

export interface PasswordFieldProps {
  label: string;
  value: string;
  error?: string | null;
  onChange: (value: string) => void;
}

/** A password the admin types or generates; a generated one is shown so it can be shared. */
export function PasswordField({ label, value, error, onChange }: PasswordFieldProps) {
  const [visible, setVisible] = useState(false);
  return (
    <Group gap="xs" align="flex-start" wrap="nowrap">
      <PasswordInput
        label={label}
        description={`At least ${MIN_PASSWORD_LENGTH} characters.`}
        autoComplete="new-password"
        value={value}
        visible={visible}
        onVisibilityChange={setVisible}
        onChange={(event) => onChange(event.currentTarget.value)}
        error={error}
        style={{ flex: 1 }}
      />
      <Button
        variant="light"
        mt={42}
        leftSection={<IconWand size={16} aria-hidden />}
        onClick={() => {
          onChange(generatePassword());
          setVisible(true);
        }}
      >
        Generate
      </Button>
    </Group>
  );
}
