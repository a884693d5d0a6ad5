import { Alert, Button, Group, NumberInput, Stack, Text } from '@mantine/core';
import { type FormEvent, useState } from 'react';

import { describeError } from '../../../app/apollo-client';
import type { SpikeSettingsInput } from '../../../gql/graphql';
import { ErrorState } from '../../../ui/ErrorState';
import { useSpikeSettings } from '../hooks/useSpikeSettings';

/** The limits the server accepts (`validateSpikeSettings`), checked here first. */
const LIMITS = {
  multiplier: { min: 1.5, max: 50 },
  minCount: { min: 1, max: 100_000 },
  minIncrease: { min: 1, max: 100_000 },
} as const;

type Values = Record<keyof SpikeSettingsInput, number | string>;

function problemsOf(values: Values): string[] {
  const problems: string[] = [];
  const multiplier = Number(values.multiplier);
  if (values.multiplier === '' || !(multiplier >= 1.5 && multiplier <= 50)) {
    problems.push('The multiplier is a number from 1.5 to 50.');
  }
  for (const [key, name] of [
    ['minCount', 'minimum count'],
    ['minIncrease', 'minimum increase'],
  ] as const) {
    const value = Number(values[key]);
    if (values[key] === '' || !Number.isInteger(value) || value < 1 || value > 100_000) {
      problems.push(`The ${name} is a whole number from 1 to 100,000.`);
    }
  }
  return problems;
}

function SpikeSettingsFields({
  initial,
  onSave,
  isSaving,
  saveError,
}: {
  initial: SpikeSettingsInput;
  onSave: (input: SpikeSettingsInput) => Promise<boolean>;
  isSaving: boolean;
  saveError: unknown;
}) {
  const [values, setValues] = useState<Values>(initial);
  const [problems, setProblems] = useState<string[]>([]);
  const [saved, setSaved] = useState(false);
  const isDirty = (Object.keys(initial) as (keyof SpikeSettingsInput)[]).some(
    (key) => Number(values[key]) !== initial[key] || values[key] === '',
  );

  const set = (key: keyof SpikeSettingsInput) => (value: number | string) => {
    setSaved(false);
    setValues((current) => ({ ...current, [key]: value }));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = problemsOf(values);
    setProblems(found);
    if (found.length > 0) {
      return;
    }
    const input = {
      multiplier: Number(values.multiplier),
      minCount: Number(values.minCount),
      minIncrease: Number(values.minIncrease),
    };
    if (await onSave(input)) {
      setSaved(true);
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} aria-label="Spike alert settings">
      <Stack gap="md">
        <Group grow align="flex-start">
          <NumberInput
            label="Multiplier"
            description="Times the usual count for that hour"
            value={values.multiplier}
            onChange={set('multiplier')}
            min={LIMITS.multiplier.min}
            max={LIMITS.multiplier.max}
            step={0.5}
            decimalScale={1}
          />
          <NumberInput
            label="Minimum count"
            description="Comments in the hour, at least"
            value={values.minCount}
            onChange={set('minCount')}
            min={LIMITS.minCount.min}
            max={LIMITS.minCount.max}
            allowDecimal={false}
          />
          <NumberInput
            label="Minimum increase"
            description="More than usual, at least"
            value={values.minIncrease}
            onChange={set('minIncrease')}
            min={LIMITS.minIncrease.min}
            max={LIMITS.minIncrease.max}
            allowDecimal={false}
          />
        </Group>
        {problems.length > 0 ? (
          <Alert color="red" variant="light" role="alert">
            {problems.join(' ')}
          </Alert>
        ) : null}
        {saveError ? (
          <Alert color="red" variant="light" role="alert">
            The settings were not saved: {describeError(saveError).message}
          </Alert>
        ) : null}
        <Group justify="space-between">
          <Text size="xs" c="dimmed" aria-live="polite">
            {saved ? 'Saved. The next check uses these thresholds.' : ''}
          </Text>
          <Button type="submit" loading={isSaving} disabled={!isDirty}>
            Save settings
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/**
 * When a spike alert is raised (managers): an hour must have at least the minimum count, that
 * many times the usual count, and at least the minimum increase over it.
 */
export function SpikeSettingsForm() {
  const { settings, error, refetch, save, isSaving, saveError } = useSpikeSettings();
  if (error && !settings) {
    return (
      <ErrorState
        title="Could not load the spike settings"
        message={describeError(error).message}
        onRetry={() => void refetch()}
      />
    );
  }
  if (!settings) {
    return (
      <Text size="sm" c="dimmed" aria-busy>
        Loading the spike settings…
      </Text>
    );
  }
  return (
    <SpikeSettingsFields
      initial={{
        multiplier: settings.multiplier,
        minCount: settings.minCount,
        minIncrease: settings.minIncrease,
      }}
      onSave={save}
      isSaving={isSaving}
      saveError={saveError}
    />
  );
}
