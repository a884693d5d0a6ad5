import { useMutation } from '@apollo/client/react';
import {
  Button,
  Group,
  NumberInput,
  PasswordInput,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  TextInput,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';

import { describeError } from '../../../app/apollo-client';
import type { AiDraftingSettingsQuery } from '../../../gql/graphql';
import { ReplySettingsQuery } from '../../replies/graphql/organisation-settings.query';
import { UpdateAiDraftingMutation } from '../graphql/settings';

export interface AiDraftingFormProps {
  initial: AiDraftingSettingsQuery['aiDraftingSettings'];
}

/**
 * The optional model behind "Draft with AI": any OpenAI-compatible endpoint, including a model
 * server on this network. The key is write-only; comments go out with their PHI redacted.
 */
export function AiDraftingForm({ initial }: AiDraftingFormProps) {
  const [enabled, setEnabled] = useState(initial.enabled);
  const [baseUrl, setBaseUrl] = useState(initial.baseUrl);
  const [model, setModel] = useState(initial.model);
  const [apiKey, setApiKey] = useState('');
  const [timeoutMs, setTimeoutMs] = useState(initial.timeoutMs);
  const [hasApiKey, setHasApiKey] = useState(initial.hasApiKey);
  const [saved, setSaved] = useState(false);
  const [update, { loading, error }] = useMutation(UpdateAiDraftingMutation, {
    refetchQueries: [ReplySettingsQuery],
  });

  async function onSubmit(event: FormEvent<HTMLFormElement>, clearApiKey = false): Promise<void> {
    event.preventDefault();
    try {
      const result = await update({
        variables: {
          input: {
            enabled,
            baseUrl,
            model,
            timeoutMs,
            ...(apiKey ? { apiKey } : {}),
            ...(clearApiKey ? { clearApiKey: true } : {}),
          },
        },
      });
      setHasApiKey(result.data?.updateAiDrafting.hasApiKey ?? hasApiKey);
      setApiKey('');
      setSaved(true);
    } catch {
      setSaved(false);
    }
  }

  return (
    <form onSubmit={(event) => void onSubmit(event)} noValidate aria-label="AI drafting">
      <Stack gap="md">
        <Switch
          label="Offer “Draft with AI” in the reply composer"
          checked={enabled}
          onChange={(event) => setEnabled(event.currentTarget.checked)}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label="Endpoint base URL"
            description="OpenAI-compatible; /chat/completions is added."
            placeholder="http://localhost:11434/v1"
            value={baseUrl}
            onChange={(event) => setBaseUrl(event.currentTarget.value)}
          />
          <TextInput
            label="Model"
            placeholder="llama3.1:8b"
            value={model}
            onChange={(event) => setModel(event.currentTarget.value)}
          />
          <PasswordInput
            label="API key"
            description={
              hasApiKey
                ? 'A key is stored. Type a new one to replace it.'
                : 'Leave empty for a local server.'
            }
            value={apiKey}
            autoComplete="off"
            onChange={(event) => setApiKey(event.currentTarget.value)}
          />
          <NumberInput
            label="Timeout (ms)"
            description="After this, the template draft is used."
            min={500}
            max={60000}
            step={500}
            value={timeoutMs}
            onChange={(value) => setTimeoutMs(Number(value) || 0)}
          />
        </SimpleGrid>
        <Text size="xs" c="dimmed">
          Names, numbers and other PHI are replaced by placeholders before a comment is sent to the
          model, and every AI draft passes the compliance checker or is replaced by a template.
        </Text>
        <Group gap="sm">
          <Button type="submit" loading={loading}>
            Save AI drafting
          </Button>
          {hasApiKey ? (
            <Button
              variant="subtle"
              color="red"
              onClick={(event) =>
                void onSubmit(event as unknown as FormEvent<HTMLFormElement>, true)
              }
            >
              Remove stored key
            </Button>
          ) : null}
          {saved ? (
            <Text size="sm" c="teal.8" role="status">
              Saved.
            </Text>
          ) : null}
          {error ? (
            <Text size="sm" c="red" role="alert">
              Not saved: {describeError(error).message}
            </Text>
          ) : null}
        </Group>
      </Stack>
    </form>
  );
}
