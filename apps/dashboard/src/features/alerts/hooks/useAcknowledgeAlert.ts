import type { Reference } from '@apollo/client';
import { useMutation } from '@apollo/client/react';

import { AcknowledgeAlertMutation } from '../graphql/acknowledge-alert.mutation';

/** Acknowledges an alert and drops it from the cached open list at once. */
export function useAcknowledgeAlert() {
  const [mutate, { loading, error }] = useMutation(AcknowledgeAlertMutation, {
    update(cache, { data }) {
      const id = data?.acknowledgeAlert.id;
      cache.modify({
        fields: {
          openAlerts: (existing: readonly Reference[] = [], { readField }) =>
            existing.filter((alert) => readField<string>('id', alert) !== id),
        },
      });
    },
  });
  /** Resolves true on success; a failure is reported through `error`. */
  const acknowledge = async (id: string): Promise<boolean> => {
    try {
      await mutate({ variables: { input: { id } } });
      return true;
    } catch {
      return false;
    }
  };
  return { acknowledge, isAcknowledging: loading, error };
}
