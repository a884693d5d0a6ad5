import { useQuery } from '@apollo/client/react';
import { Paper, ScrollArea, Skeleton, Stack, Text, Title } from '@mantine/core';

import { describeError } from '../app/apollo-client';
import { SURFACE } from '../app/theme';
import { ReplySettingsQuery } from '../features/replies/graphql/organisation-settings.query';
import { AiDraftingForm } from '../features/settings/components/AiDraftingForm';
import { OrganisationSettingsForm } from '../features/settings/components/OrganisationSettingsForm';
import { AiDraftingSettingsQuery } from '../features/settings/graphql/settings';
import { ErrorState } from '../ui/ErrorState';

/** `/settings` (admins): the organisation's reply contacts, approval policy and AI drafting. */
export function SettingsPage() {
  const settings = useQuery(ReplySettingsQuery, { fetchPolicy: 'network-only' });
  const ai = useQuery(AiDraftingSettingsQuery, { fetchPolicy: 'network-only' });
  const error = settings.error ?? ai.error;
  const data =
    settings.data && ai.data
      ? {
          organisationSettings: settings.data.organisationSettings,
          aiDraftingSettings: ai.data.aiDraftingSettings,
        }
      : null;
  const refetch = () => Promise.all([settings.refetch(), ai.refetch()]);

  let body;
  if (error && !data) {
    body = (
      <ErrorState
        title="Could not load the settings"
        message={describeError(error).message}
        onRetry={() => void refetch()}
      />
    );
  } else if (!data) {
    body = <Skeleton h={520} radius="md" aria-label="Loading settings" />;
  } else {
    const { aiDraftingEnabled: _ai, __typename: _type, ...values } = data.organisationSettings;
    body = (
      <>
        <Paper
          withBorder
          radius="md"
          p="lg"
          component="section"
          aria-labelledby="org-settings-title"
        >
          <Title order={2} size="h4" id="org-settings-title" mb={4}>
            Replies
          </Title>
          <Text size="sm" c="dimmed" mb="md">
            Drafts are filled from these values, and the compliance checker accepts no other phone
            number, e-mail address or link in a reply.
          </Text>
          <OrganisationSettingsForm initial={values} />
        </Paper>
        <Paper
          withBorder
          radius="md"
          p="lg"
          component="section"
          aria-labelledby="ai-settings-title"
        >
          <Title order={2} size="h4" id="ai-settings-title" mb="md">
            AI drafting (optional)
          </Title>
          <AiDraftingForm initial={data.aiDraftingSettings} />
        </Paper>
      </>
    );
  }

  return (
    <Stack gap={0} h="100%" mih={0}>
      <Stack
        px="lg"
        py="md"
        bg={SURFACE.panel}
        style={{ borderBottom: `1px solid ${SURFACE.border}` }}
      >
        <Title order={1} size="h3">
          Settings
        </Title>
      </Stack>
      <ScrollArea style={{ flex: 1 }} type="auto">
        <Stack maw={960} mx="auto" p="lg" gap="lg">
          {body}
        </Stack>
      </ScrollArea>
    </Stack>
  );
}
