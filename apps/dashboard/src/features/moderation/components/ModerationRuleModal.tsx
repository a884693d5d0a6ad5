import {
  Alert,
  Button,
  Group,
  Modal,
  MultiSelect,
  NumberInput,
  Select,
  Stack,
  Switch,
  Text,
  TextInput,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';

import { describeError } from '../../../app/apollo-client';
import { type FragmentType, getFragmentData, graphql } from '../../../gql';
import type {
  ModerationActionKind,
} from '../../../gql/graphql';
import { useSaveModerationRule } from '../hooks/useSaveModerationRule';
import {
  ACTION_OPTIONS,
  CONDITION_OPTIONS,
  formValuesOf,
  intentOptions,
  NEW_RULE,
  REASON_OPTIONS,
  ruleFormProblem,
  type RuleFormValues,
  TEAM_OPTIONS,
  toRuleInput,
} from '../utils/rule-form';

export const ModerationRuleModalFragment = graphql(`
  fragment ModerationRuleModal_rule on ModerationRule {
    id
    name
    enabled
    condition
    intents
    minConfidence
    action
    team
    reasonCode
  }
`);

export interface ModerationRuleModalProps {
  /** The rule to edit; null to create one. */
  rule: FragmentType<typeof ModerationRuleModalFragment> | null;
  onClose: () => void;
}

/** Creates or edits a rule: one condition, one action, and the reason or team it needs. */
export function ModerationRuleModal({ rule: ruleRef, onClose }: ModerationRuleModalProps) {
  const rule = ruleRef ? getFragmentData(ModerationRuleModalFragment, ruleRef) : null;
  const [values, setValues] = useState<RuleFormValues>(() =>
    rule ? formValuesOf(rule) : NEW_RULE,
  );
  const [showProblem, setShowProblem] = useState(false);
  const { saveRule, isSaving, error } = useSaveModerationRule();
  const problem = ruleFormProblem(values);
  const set = <Key extends keyof RuleFormValues>(key: Key, value: RuleFormValues[Key]) =>
    setValues((current) => ({ ...current, [key]: value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (problem) {
      setShowProblem(true);
      return;
    }
    if (await saveRule(rule?.id ?? null, toRuleInput(values))) {
      onClose();
    }
  };

  const setAction = (action: ModerationActionKind) => {
    const allowed = new Set(intentOptions(action).map((option) => option.value));
    setValues((current) => ({
      ...current,
      action,
      intents: current.intents.filter((intent) => allowed.has(intent)),
    }));
  };

  return (
    <Modal opened onClose={onClose} title={rule ? 'Edit rule' : 'New rule'} size="lg" centered>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="md">
          <TextInput
            label="Name"
            description="Shown on every comment the rule acts on"
            value={values.name}
            onChange={(event) => set('name', event.currentTarget.value)}
            required
            data-autofocus
          />
          <Select
            label="When"
            data={CONDITION_OPTIONS}
            value={values.condition}
            onChange={(value) => value && set('condition', value)}
            allowDeselect={false}
          />
          {values.condition === 'INTENT' ? (
            <Group grow align="flex-start">
              <MultiSelect
                label="Intents"
                data={intentOptions(values.action)}
                value={values.intents}
                onChange={(intents) => set('intents', intents)}
              />
              <NumberInput
                label="Least confidence (%)"
                min={0}
                max={100}
                value={values.minConfidencePercent}
                onChange={(value) => set('minConfidencePercent', Number(value) || 0)}
              />
            </Group>
          ) : null}
          <Select
            label="Then"
            data={ACTION_OPTIONS}
            value={values.action}
            onChange={(value) => value && setAction(value)}
            allowDeselect={false}
          />
          {values.action === 'ASSIGN_TEAM' ? (
            <Select
              label="Team"
              description="Gets a case for each matching comment"
              data={TEAM_OPTIONS}
              value={values.team}
              onChange={(value) => set('team', value)}
            />
          ) : (
            <Select
              label="Reason"
              description="From your community guidelines: negative feedback is never a reason to hide"
              data={REASON_OPTIONS}
              value={values.reasonCode}
              onChange={(value) => set('reasonCode', value)}
            />
          )}
          <Switch
            label="On"
            checked={values.enabled}
            onChange={(event) => set('enabled', event.currentTarget.checked)}
          />
          <Text size="xs" c="dimmed">
            Rules act on comments as they arrive. Everything they do is labelled automatic, recorded
            in the audit trail and can be undone in one click.
          </Text>
          {showProblem && problem ? (
            <Alert color="red" variant="light" role="alert">
              {problem}
            </Alert>
          ) : null}
          {error ? (
            <Alert color="red" variant="light" role="alert">
              The rule was not saved: {describeError(error).message}
            </Alert>
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={isSaving}>
              {rule ? 'Save rule' : 'Add rule'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
