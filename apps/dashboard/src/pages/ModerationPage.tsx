import { Box, Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconLock, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';

import { describeError } from '../app/apollo-client';
import { SURFACE } from '../app/theme';
import { ModerationActionLog } from '../features/moderation/components/ModerationActionLog';
import { ModerationRuleModal } from '../features/moderation/components/ModerationRuleModal';
import { ModerationRulesTable } from '../features/moderation/components/ModerationRulesTable';
import { ModerationSection } from '../features/moderation/components/ModerationSection';
import { ModerationWordListsForm } from '../features/moderation/components/ModerationWordListsForm';
import { useModerationPage } from '../features/moderation/hooks/useModerationPage';
import { useViewerCan } from '../features/session/ViewerContext';
import { EmptyState } from '../ui/EmptyState';
import { ErrorState } from '../ui/ErrorState';

/** The rule modal: closed, creating, or editing one rule (by id). */
type Editing = { mode: 'closed' } | { mode: 'new' } | { mode: 'edit'; id: string };

/** `/moderation`: the managers' rules and word lists, and the log of what the rules did. */
export function ModerationPage() {
  const canManage = useViewerCan('manager');
  const { data, error, refetch } = useModerationPage(canManage);
  const [editing, setEditing] = useState<Editing>({ mode: 'closed' });

  let body;
  if (!canManage) {
    body = (
      <EmptyState
        icon={<IconLock size={26} />}
        title="Managers set the moderation rules"
        description="Ask a manager to change what Bedside hides, holds or assigns automatically."
        color="slate"
      />
    );
  } else if (error && !data) {
    body = (
      <ErrorState
        title="Could not load the moderation rules"
        message={describeError(error).message}
        onRetry={() => void refetch()}
      />
    );
  } else if (!data) {
    body = (
      <Text size="sm" c="dimmed" p="lg" aria-busy>
        Loading the moderation rules…
      </Text>
    );
  } else {
    const editedRule =
      editing.mode === 'edit'
        ? (data.moderationRules.find((rule) => rule.id === editing.id) ?? null)
        : null;
    body = (
      <Stack gap="lg" p="lg" maw={1100}>
        <ModerationSection title="Rules" description="Applied to every comment as it arrives.">
          <ModerationRulesTable
            rules={data.moderationRules}
            onEdit={(id) => setEditing({ mode: 'edit', id })}
          />
        </ModerationSection>
        <ModerationSection
          title="Word lists"
          description="What the banned-word, suspect-word and untrusted-link rules look for."
        >
          <ModerationWordListsForm lists={data.moderationWordLists} />
        </ModerationSection>
        <ModerationSection
          title="Recent automatic actions"
          description="Every action a rule took is labelled automatic and can be undone in one click."
        >
          <ModerationActionLog
            actions={data.moderationActions.edges.map((edge) => edge.node)}
            totalCount={data.moderationActions.totalCount}
          />
        </ModerationSection>
        {editing.mode === 'new' || editedRule ? (
          <ModerationRuleModal
            key={editing.mode === 'edit' ? editing.id : 'new'}
            rule={editedRule}
            onClose={() => setEditing({ mode: 'closed' })}
          />
        ) : null}
      </Stack>
    );
  }

  return (
    <Stack gap={0} h="100%" mih={0}>
      <Group
        justify="space-between"
        px="lg"
        py="md"
        bg={SURFACE.panel}
        style={{ borderBottom: `1px solid ${SURFACE.border}` }}
      >
        <Title order={1} size="h3">
          Moderation
        </Title>
        {canManage ? (
          <Button
            leftSection={<IconPlus size={16} aria-hidden />}
            onClick={() => setEditing({ mode: 'new' })}
            disabled={!data}
          >
            New rule
          </Button>
        ) : null}
      </Group>
      <Box style={{ flex: 1, minHeight: 0, overflow: 'auto' }}>{body}</Box>
    </Stack>
  );
}
