import { useQuery } from '@apollo/client/react';
import { Box, Center, Loader, Stack, Tabs, Title } from '@mantine/core';
import { IconKey, IconUsers } from '@tabler/icons-react';
import { useSearchParams } from 'react-router';

import { describeError } from '../app/apollo-client';
import { SURFACE } from '../app/theme';
import { useViewer } from '../features/session/ViewerContext';
import { ApiTokensPanel } from '../features/team/components/ApiTokensPanel';
import { MembersPanel } from '../features/team/components/MembersPanel';
import { TeamPageQuery } from '../features/team/graphql/team-page.query';
import { ErrorState } from '../ui/ErrorState';

type TeamTab = 'members' | 'tokens';

/** `/team` (admins): team accounts and API tokens; the tab is in the URL (`?tab=tokens`). */
export function TeamPage() {
  const viewer = useViewer();
  const [searchParams, setSearchParams] = useSearchParams();
  const tab: TeamTab = searchParams.get('tab') === 'tokens' ? 'tokens' : 'members';
  const { data, error, refetch } = useQuery(TeamPageQuery);

  let panel;
  if (error && !data) {
    panel = (
      <Box pt="xl">
        <ErrorState
          title="Could not load the team"
          message={describeError(error).message}
          onRetry={() => void refetch()}
        />
      </Box>
    );
  } else if (!data) {
    panel = (
      <Center py="xl">
        <Loader size="sm" aria-label="Loading" />
      </Center>
    );
  } else if (tab === 'tokens') {
    panel = <ApiTokensPanel tokens={data.apiTokens} />;
  } else {
    panel = <MembersPanel members={data.users} viewerId={viewer.id} />;
  }

  return (
    <Stack gap={0} h="100%" mih={0} bg={SURFACE.panel}>
      <Box px="lg" pt="md">
        <Title order={1} size="h3" mb="sm">
          Team
        </Title>
        <Tabs
          value={tab}
          onChange={(next) =>
            setSearchParams(next === 'tokens' ? { tab: 'tokens' } : {}, { replace: true })
          }
        >
          <Tabs.List>
            <Tabs.Tab value="members" leftSection={<IconUsers size={16} aria-hidden />}>
              Members
            </Tabs.Tab>
            <Tabs.Tab value="tokens" leftSection={<IconKey size={16} aria-hidden />}>
              API tokens
            </Tabs.Tab>
          </Tabs.List>
        </Tabs>
      </Box>
      <Box style={{ flex: 1, minHeight: 0, overflow: 'auto' }}>{panel}</Box>
    </Stack>
  );
}
