import { useQuery } from '@apollo/client/react';

import { ReportChannelsQuery } from '../graphql/report-channels.query';

/** Every channel, for the filter and the names of the series; empty until it has loaded. */
export function useReportChannels() {
  const { data } = useQuery(ReportChannelsQuery);
  return data?.channels ?? [];
}
