import { useMutation } from '@apollo/client/react';

import { AcknowledgeSpikeMutation } from '../graphql/acknowledge-spike.mutation';

/** Acknowledges a spike alert; it leaves the banner when the answer reaches the cache. */
export function useAcknowledgeSpike() {
  const [mutate, { loading, error }] = useMutation(AcknowledgeSpikeMutation);
  const acknowledge = async (id: string): Promise<boolean> => {
    try {
      await mutate({ variables: { id } });
      return true;
    } catch {
      return false;
    }
  };
  return { acknowledge, isAcknowledging: loading, error: error ?? null };
}
