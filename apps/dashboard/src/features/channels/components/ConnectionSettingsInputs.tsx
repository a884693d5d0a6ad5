import { MAX_POLL_INTERVAL_SECONDS, MIN_POLL_INTERVAL_SECONDS } from '@bedside/domain';
import { Button, NumberInput, TextInput } from '@mantine/core';
import { IconChevronDown, IconChevronRight } from '@tabler/icons-react';
import { useState } from 'react';

import {
  BASE_URL_HELP,
  type ConnectionErrors,
  type ConnectionFields,
  POLL_INTERVAL_HELP,
} from '../utils/connection-form';

export interface ConnectionSettingsInputsProps {
  fields: Pick<ConnectionFields, 'baseUrl' | 'pollIntervalSeconds'>;
  errors: ConnectionErrors;
  polls: boolean;
  onChange: (changes: Partial<Pick<ConnectionFields, 'baseUrl' | 'pollIntervalSeconds'>>) => void;
}

/**
 * The poll interval, and the API base URL behind "Advanced": almost nobody needs the latter, so
 * it stays folded unless a value is set (or wrong).
 */
export function ConnectionSettingsInputs({
  fields,
  errors,
  polls,
  onChange,
}: ConnectionSettingsInputsProps) {
  const [showAdvanced, setShowAdvanced] = useState(fields.baseUrl.trim() !== '');
  const advancedShown = showAdvanced || Boolean(errors['baseUrl']);
  return (
    <>
      {polls ? (
        <NumberInput
          label="Poll interval (seconds)"
          description={POLL_INTERVAL_HELP}
          min={MIN_POLL_INTERVAL_SECONDS}
          max={MAX_POLL_INTERVAL_SECONDS}
          step={15}
          allowDecimal={false}
          value={fields.pollIntervalSeconds}
          error={errors['pollIntervalSeconds']}
          onChange={(value) => onChange({ pollIntervalSeconds: value })}
        />
      ) : null}
      <Button
        variant="subtle"
        size="xs"
        w="fit-content"
        px={0}
        leftSection={
          advancedShown ? (
            <IconChevronDown size={14} aria-hidden />
          ) : (
            <IconChevronRight size={14} aria-hidden />
          )
        }
        aria-expanded={advancedShown}
        onClick={() => setShowAdvanced(!advancedShown)}
      >
        Advanced settings
      </Button>
      {advancedShown ? (
        <TextInput
          label="API base URL"
          description={BASE_URL_HELP}
          placeholder="https://proxy.hospital.org"
          value={fields.baseUrl}
          error={errors['baseUrl']}
          onChange={(event) => onChange({ baseUrl: event.currentTarget.value })}
        />
      ) : null}
    </>
  );
}
