import { useMutation, useQuery } from '@apollo/client/react';

import type { SpikeSettingsInput } from '../../../gql/graphql';
import { SpikeSettingsQuery } from '../graphql/spike-settings.query';
import { UpdateSpikeSettingsMutation } from '../graphql/update-spike-settings.mutation';

/**
 * The spike thresholds and their update. The settings have no id for the cache to match, so the
 * saved values are written over the query's answer.
 */
export function useSpikeSettings() {
  const { data, error, refetch } = useQuery(SpikeSettingsQuery);
  const [mutate, mutation] = useMutation(UpdateSpikeSettingsMutation, {
    update(cache, { data: saved }) {
      if (saved) {
        cache.writeQuery({
          query: SpikeSettingsQuery,
          data: { spikeSettings: saved.updateSpikeSettings },
        });
      }
    },
  });
  const save = async (input: SpikeSettingsInput): Promise<boolean> => {
    try {
      await mutate({ variables: { input } });
      return true;
    } catch {
      return false;
    }
  };
  return {
    settings: data?.spikeSettings ?? null,
    error: error ?? null,
    refetch,
    save,
    isSaving: mutation.loading,
    saveError: mutation.error ?? null,
  };
}
