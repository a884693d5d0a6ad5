import { useLazyQuery, useMutation } from '@apollo/client/react';
import { TEMPLATE_SITUATIONS } from '@bedside/compliance';
import {
  Badge,
  Button,
  Code,
  Group,
  Modal,
  Paper,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useState } from 'react';

import { describeError } from '../../../app/apollo-client';
import type { ReplyTemplateFieldsFragment, TemplateSituation } from '../../../gql/graphql';
import { toDomainValue, toGraphqlValue } from '../../../ui/vocabulary';
import { type ListedViolation, ViolationList } from '../../replies/components/ViolationList';
import {
  CreateReplyTemplateMutation,
  PreviewReplyTemplateQuery,
  ReplyTemplatesQuery,
  UpdateReplyTemplateMutation,
} from '../graphql/templates';
import { SITUATION_LABELS, TEMPLATE_TOKENS } from './situation-labels';

export interface TemplateEditorModalProps {
  /** The template to change; null creates a new one. */
  template: ReplyTemplateFieldsFragment | null;
  opened: boolean;
  onClose: () => void;
}

/** Writes or changes a template, previewed against sample comments and checked before saving. */
export function TemplateEditorModal({ template, opened, onClose }: TemplateEditorModalProps) {
  const [name, setName] = useState(template?.name ?? '');
  const [situation, setSituation] = useState<TemplateSituation>(template?.situation ?? 'COMPLAINT');
  const [body, setBody] = useState(template?.body ?? '');
  const [shortBody, setShortBody] = useState(template?.shortBody ?? '');
  const [preview, previewResult] = useLazyQuery(PreviewReplyTemplateQuery, {
    fetchPolicy: 'network-only',
  });
  const [create, creating] = useMutation(CreateReplyTemplateMutation, {
    refetchQueries: [ReplyTemplatesQuery],
  });
  const [update, updating] = useMutation(UpdateReplyTemplateMutation, {
    refetchQueries: [ReplyTemplatesQuery],
  });
  const [error, setError] = useState<string | null>(null);
  const input = { name, situation, body, shortBody: shortBody.trim() === '' ? null : shortBody };

  async function save(): Promise<void> {
    setError(null);
    try {
      if (template) {
        await update({ variables: { input: { key: template.key, ...input } } });
      } else {
        await create({ variables: { input } });
      }
      onClose();
    } catch (caught) {
      setError(describeError(caught).message);
    }
  }

  const runs = previewResult.data?.previewReplyTemplate ?? null;
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      size="xl"
      title={template ? `Edit “${template.name}”` : 'New template'}
    >
      <Stack gap="sm">
        <Group grow align="flex-start">
          <TextInput
            label="Name"
            required
            value={name}
            onChange={(event) => setName(event.currentTarget.value)}
          />
          <Select
            label="Answers"
            disabled={template?.builtIn}
            value={toDomainValue(situation)}
            onChange={(value) => value && setSituation(toGraphqlValue(value))}
            data={TEMPLATE_SITUATIONS.map((value) => ({ value, label: SITUATION_LABELS[value] }))}
            allowDeselect={false}
          />
        </Group>
        <Textarea
          label="Reply"
          required
          rows={5}
          value={body}
          onChange={(event) => setBody(event.currentTarget.value)}
        />
        <Textarea
          label="Short version (X, 280 characters)"
          description="Optional; used where the full reply would not fit."
          rows={3}
          value={shortBody}
          onChange={(event) => setShortBody(event.currentTarget.value)}
        />
        <Text size="xs" c="dimmed">
          Variables:{' '}
          {TEMPLATE_TOKENS.map((token) => (
            <Code key={token} mr={4}>{`{${token}}`}</Code>
          ))}
        </Text>
        <Group gap="xs">
          <Button
            variant="light"
            loading={previewResult.loading}
            disabled={body.trim() === ''}
            onClick={() => void preview({ variables: { input } })}
          >
            Preview with sample comments
          </Button>
        </Group>
        {previewResult.error ? (
          <Text size="sm" c="red" role="alert">
            {describeError(previewResult.error).message}
          </Text>
        ) : null}
        {runs ? (
          <Stack gap="xs" aria-label="Preview">
            {runs.map((run, index) => (
              <Paper key={index} withBorder p="sm" radius="sm">
                <Group justify="space-between" mb={4}>
                  <Text size="xs" c="dimmed" lineClamp={1}>
                    Sample: {run.sample}
                  </Text>
                  <Badge size="xs" color={run.check.compliant ? 'teal' : 'red'} variant="light">
                    {run.check.compliant ? 'Passes' : 'Blocked'}
                  </Badge>
                </Group>
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} mb={6}>
                  {run.reply}
                </Text>
                {run.check.violations.length > 0 ? (
                  <ViolationList
                    violations={run.check.violations.map((violation): ListedViolation => ({
                      code: toDomainValue(violation.code),
                      severity: toDomainValue(violation.severity),
                      message: violation.message,
                      start: violation.start,
                      end: violation.end,
                    }))}
                  />
                ) : null}
              </Paper>
            ))}
          </Stack>
        ) : null}
        {error ? (
          <Text size="sm" c="red" role="alert">
            Not saved: {error}
          </Text>
        ) : null}
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button
            loading={creating.loading || updating.loading}
            disabled={name.trim() === '' || body.trim() === ''}
            onClick={() => void save()}
          >
            {template ? 'Save template' : 'Create template'}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
