import { Anchor, Badge, Group, List, Progress, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';

import { type FragmentType, getFragmentData, graphql } from '../../../gql';
import { formatChange, formatCount } from '../utils/report-format';

export const ThemesListFragment = graphql(`
  fragment ThemesList_report on Report {
    themes {
      term
      count
      previousCount
      change
      examples {
        commentId
        excerpt
      }
    }
  }
`);

/** Examples under each theme: enough to recognise it, few enough to scan the list. */
const MAX_EXAMPLES = 2;

function ChangeBadge({ change, compare }: { change: number | null | undefined; compare: boolean }) {
  if (!compare) {
    return null;
  }
  if (change === null || change === undefined) {
    return (
      <Badge color="grape" variant="light" size="sm">
        New
      </Badge>
    );
  }
  const rounded = Math.round(change);
  return (
    <Badge color={rounded > 0 ? 'orange' : 'slate'} variant="light" size="sm" tt="none">
      {formatChange(change)}
    </Badge>
  );
}

export interface ThemesListProps {
  report: FragmentType<typeof ThemesListFragment>;
  /** Show what changed against the previous period. */
  compare: boolean;
}

/**
 * Words and phrases people wrote about most, rising ones first, with a few example comments. The
 * excerpts come from the server with PHI already replaced by […]; each opens its comment.
 */
export function ThemesList({ report: reportRef, compare }: ThemesListProps) {
  const { themes } = getFragmentData(ThemesListFragment, reportRef);
  if (themes.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        No recurring themes in this period.
      </Text>
    );
  }
  const max = Math.max(...themes.map((theme) => theme.count), 1);
  return (
    <Stack
      component="ol"
      gap="md"
      aria-label="Top themes"
      p={0}
      m={0}
      style={{ listStyle: 'none' }}
    >
      {themes.map((theme) => (
        <li key={theme.term} aria-label={theme.term}>
          <Group justify="space-between" wrap="nowrap" gap="sm">
            <Group gap="xs" wrap="nowrap">
              <Text fw={600} size="sm">
                {theme.term}
              </Text>
              <ChangeBadge change={theme.change} compare={compare} />
            </Group>
            <Text size="sm" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
              {formatCount(theme.count)} comments
              {compare ? ` · ${formatCount(theme.previousCount)} before` : ''}
            </Text>
          </Group>
          <Progress
            value={(theme.count / max) * 100}
            size="sm"
            mt={4}
            aria-label={`${theme.term}: ${formatCount(theme.count)} comments`}
          />
          {theme.examples.length > 0 ? (
            <List size="sm" mt={6} spacing={2} listStyleType="none">
              {theme.examples.slice(0, MAX_EXAMPLES).map((example) => (
                <List.Item key={example.commentId}>
                  <Anchor
                    component={Link}
                    to={`/inbox/${encodeURIComponent(example.commentId)}`}
                    size="sm"
                    c="slate.7"
                  >
                    “{example.excerpt}”
                  </Anchor>
                </List.Item>
              ))}
            </List>
          ) : null}
        </li>
      ))}
    </Stack>
  );
}
