import { Button, Center, Loader, Stack } from '@mantine/core';
import { IconBriefcaseOff } from '@tabler/icons-react';
import { Link, useParams } from 'react-router';

import { describeError } from '../app/apollo-client';
import { CaseDetail } from '../features/cases/components/CaseDetail';
import { useCaseDetail } from '../features/cases/hooks/useCaseDetail';
import { EmptyState } from '../ui/EmptyState';
import { ErrorState } from '../ui/ErrorState';

/** `/cases/:caseId`: one case, its comments, timeline and actions. */
export function CaseDetailPage() {
  const { caseId = '' } = useParams();
  const { data, error, loading, refetch } = useCaseDetail(caseId);

  if (data?.case) {
    return <CaseDetail key={data.case.id} case={data.case} />;
  }
  let body;
  if (error && !loading) {
    body = (
      <ErrorState
        title="Could not load this case"
        message={describeError(error).message}
        onRetry={() => void refetch()}
      />
    );
  } else if (data && data.case === null) {
    body = (
      <EmptyState
        icon={<IconBriefcaseOff size={26} />}
        title="This case is not here"
        description="The link may be wrong."
        color="slate"
      >
        <Button component={Link} to="/cases" variant="light">
          All cases
        </Button>
      </EmptyState>
    );
  } else {
    body = (
      <Center pt={80}>
        <Loader aria-label="Loading the case" />
      </Center>
    );
  }
  return (
    <Stack gap={0} h="100%" pt="xl">
      {body}
    </Stack>
  );
}
