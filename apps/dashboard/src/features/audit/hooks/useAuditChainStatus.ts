import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';

import { AuditChainStatusQuery } from '../graphql/audit-chain-status.query';

/** Checks the hash chain each time the page opens and when asked again; never from the cache. */
export function useAuditChainStatus() {
  const result = useQuery(AuditChainStatusQuery, {
    fetchPolicy: 'network-only',
    notifyOnNetworkStatusChange: true,
  });
  return {
    status:
      result.networkStatus === NetworkStatus.refetch
        ? null
        : (result.data?.auditChainStatus ?? null),
    error: result.error,
    isChecking: result.loading,
    checkAgain: () => void result.refetch(),
  };
}
