import { useMutation, useQuery } from '@apollo/client/react';
import { TEMPLATE_SITUATIONS } from '@bedside/compliance';
import {
  Badge,
  Button,
  Group,
  Paper,
  ScrollArea,
  Skeleton,
  Stack,
  Switch,
  Text,
  Title,
} from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';

import { describeError } from '../app/apollo-client';
import { SURFACE } from '../app/theme';
import { useViewerCan } from '../features/session/ViewerContext';
import { SITUATION_LABELS } from '../features/templates/components/situation-labels';
import { TemplateEditorModal } from '../features/templates/components/TemplateEditorModal';
import {
  ReplyTemplateFieldsFragment,
  ReplyTemplatesQuery,
  ResetReplyTemplateMutation,
  UpdateReplyTemplateMutation,
} from '../features/templates/graphql/templates';
import { getFragmentData } from '../gql';
import type { ReplyTemplateFieldsFragment as TemplateData } from '../gql/graphql';
import { ErrorState } from '../ui/ErrorState';
import { toDomainValue } from '../ui/vocabulary';

/** `/templates`: the reply templates by situation; managers write, change and switch them off. */
export function TemplatesPage() {
  const canEdit = useViewerCan('manager');
  const { data, error, refetch } = useQuery(ReplyTemplatesQuery, {
    fetchPolicy: 'cache-and-network',
  });
  const [editing, setEditing] = useState<{ template: TemplateData | null } | null>(null);
  const [update] = useMutation(UpdateReplyTemplateMutation, {
    refetchQueries: [ReplyTemplatesQuery],
  });
  const [reset] = useMutation(ResetReplyTemplateMutation, {
    refetchQueries: [ReplyTemplatesQuery],
  });
  const [actionError, setActionError] = useState<string | null>(null);
  const templates = data ? getFragmentData(ReplyTemplateFieldsFragment, data.replyTemplates) : null;

  const run = async (action: () => Promise<unknown>) => {
    setActionError(null);
    try {
      await action();
    } catch (caught) {
      setActionError(describeError(caught).message);
    }
  };

  let body;
  if (error && !templates) {
    body = (
      <ErrorState
        title="Could not load the templates"
        message={describeError(error).message}
        onRetry={() => void refetch()}
      />
    );
  } else if (!templates) {
    body = <Skeleton h={400} radius="md" aria-label="Loading templates" />;
  } else {
    body = TEMPLATE_SITUATIONS.map((situation) => {
      const inGroup = templates.filter(
        (template) => toDomainValue(template.situation) === situation,
      );
      if (inGroup.length === 0) {
        return null;
      }
      return (
        <Stack
          key={situation}
          gap="xs"
          component="section"
          aria-label={SITUATION_LABELS[situation]}
        >
          <Title order={2} size="h5">
            {SITUATION_LABELS[situation]}
          </Title>
          {inGroup.map((template) => (
            <Paper
              key={template.key}
              withBorder
              radius="md"
              p="sm"
              opacity={template.enabled ? 1 : 0.6}
            >
              <Group justify="space-between" align="flex-start" wrap="nowrap" gap="md">
                <Stack gap={4} miw={0}>
                  <Group gap="xs">
                    <Text size="sm" fw={600}>
                      {template.name}
                    </Text>
                    {template.builtIn ? (
                      <Badge
                        size="xs"
                        variant="light"
                        color={template.customised ? 'grape' : 'gray'}
                      >
                        {template.customised ? 'Built in, changed' : 'Built in'}
                      </Badge>
                    ) : (
                      <Badge size="xs" variant="light" color="blue">
                        Team
                      </Badge>
                    )}
                    {!template.enabled ? (
                      <Badge size="xs" variant="outline" color="gray">
                        Off
                      </Badge>
                    ) : null}
                  </Group>
                  <Text size="sm" c="dimmed" style={{ whiteSpace: 'pre-wrap' }}>
                    {template.body}
                  </Text>
                </Stack>
                {canEdit ? (
                  <Stack gap={6} align="flex-end" style={{ flexShrink: 0 }}>
                    <Switch
                      size="xs"
                      label="Used in drafts"
                      checked={template.enabled}
                      onChange={(event) => {
                        const enabled = event.currentTarget.checked;
                        void run(() =>
                          update({ variables: { input: { key: template.key, enabled } } }),
                        );
                      }}
                    />
                    <Group gap={4}>
                      <Button
                        size="compact-xs"
                        variant="default"
                        onClick={() => setEditing({ template })}
                      >
                        Edit
                      </Button>
                      {template.customised || !template.builtIn ? (
                        <Button
                          size="compact-xs"
                          variant="subtle"
                          color="red"
                          onClick={() =>
                            void run(() => reset({ variables: { key: template.key } }))
                          }
                        >
                          {template.builtIn ? 'Restore original' : 'Delete'}
                        </Button>
                      ) : null}
                    </Group>
                  </Stack>
                ) : null}
              </Group>
            </Paper>
          ))}
        </Stack>
      );
    });
  }

  return (
    <Stack gap={0} h="100%" mih={0}>
      <Group
        px="lg"
        py="md"
        bg={SURFACE.panel}
        justify="space-between"
        style={{ borderBottom: `1px solid ${SURFACE.border}` }}
      >
        <Title order={1} size="h3">
          Reply templates
        </Title>
        {canEdit ? (
          <Button
            leftSection={<IconPlus size={16} />}
            onClick={() => setEditing({ template: null })}
          >
            New template
          </Button>
        ) : null}
      </Group>
      <ScrollArea style={{ flex: 1 }} type="auto">
        <Stack maw={960} mx="auto" p="lg" gap="lg">
          {actionError ? (
            <Text size="sm" c="red" role="alert">
              {actionError}
            </Text>
          ) : null}
          {body}
        </Stack>
      </ScrollArea>
      {editing ? (
        <TemplateEditorModal
          key={editing.template?.key ?? 'new'}
          template={editing.template}
          opened
          onClose={() => setEditing(null)}
        />
      ) : null}
    </Stack>
  );
}
