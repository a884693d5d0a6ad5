import { Box, Group, ScrollArea, Stack } from '@mantine/core';

import { SURFACE } from '../../../app/theme';
import { type FragmentType, getFragmentData, graphql } from '../../../gql';
import { CaseDetailsForm } from './CaseDetailsForm';
import { CaseFacts } from './CaseFacts';
import { CaseHeader } from './CaseHeader';
import { CaseLinkedComments } from './CaseLinkedComments';
import { CaseNoteForm } from './CaseNoteForm';
import { CaseStatusActions } from './CaseStatusActions';
import { CaseTimeline } from './CaseTimeline';

export const CaseDetailFragment = graphql(`
  fragment CaseDetail_case on Case {
    id
    ...CaseHeader_case
    ...CaseStatusActions_case
    ...CaseDetailsForm_case
    ...CaseFacts_case
    ...CaseLinkedComments_case
    ...CaseTimeline_case
  }
`);

export interface CaseDetailProps {
  case: FragmentType<typeof CaseDetailFragment>;
}

/** One case: what and whose it is, its comments and timeline, and the actions on it. */
export function CaseDetail({ case: caseRef }: CaseDetailProps) {
  const item = getFragmentData(CaseDetailFragment, caseRef);
  return (
    <Stack gap={0} h="100%" mih={0} component="article" aria-label="Case">
      <CaseHeader case={item} />
      <Group gap={0} align="stretch" wrap="nowrap" style={{ flex: 1, minHeight: 0 }}>
        <ScrollArea style={{ flex: 1 }} type="auto" offsetScrollbars bg={SURFACE.page}>
          <Stack gap="lg" p="lg" maw={860}>
            <CaseLinkedComments case={item} />
            <CaseTimeline case={item} />
            <CaseNoteForm caseId={item.id} />
          </Stack>
        </ScrollArea>
        <Box
          component="aside"
          aria-label="Case details"
          w={340}
          p="lg"
          bg={SURFACE.panel}
          style={{ flexShrink: 0, borderLeft: `1px solid ${SURFACE.border}`, overflowY: 'auto' }}
        >
          <Stack gap="lg">
            <CaseStatusActions case={item} />
            <CaseDetailsForm case={item} />
            <CaseFacts case={item} />
          </Stack>
        </Box>
      </Group>
    </Stack>
  );
}
