import type { Reference } from '@apollo/client';
import { useMutation } from '@apollo/client/react';

import type { CreateModerationRuleInput } from '../../../gql/graphql';
import { CreateModerationRuleMutation } from '../graphql/create-moderation-rule.mutation';
import { UpdateModerationRuleMutation } from '../graphql/update-moderation-rule.mutation';

/** Creates a rule (appended to the cached list) or changes one (the cache follows by id). */
export function useSaveModerationRule() {
  const [create, created] = useMutation(CreateModerationRuleMutation, {
    update(cache, { data }) {
      const rule = data?.createModerationRule;
      if (!rule) {
        return;
      }
      cache.modify({
        fields: {
          moderationRules(existing, { toReference }) {
            const list = Array.isArray(existing) ? (existing as readonly Reference[]) : [];
            const reference = toReference(rule);
            return reference ? [...list, reference] : list;
          },
        },
      });
    },
  });
  const [update, updated] = useMutation(UpdateModerationRuleMutation);

  const saveRule = async (
    id: string | null,
    input: CreateModerationRuleInput,
  ): Promise<boolean> => {
    try {
      if (id) {
        await update({ variables: { input: { id, ...input } } });
      } else {
        await create({ variables: { input } });
      }
      return true;
    } catch {
      return false;
    }
  };

  const setEnabled = async (id: string, enabled: boolean): Promise<boolean> => {
    try {
      await update({ variables: { input: { id, enabled } } });
      return true;
    } catch {
      return false;
    }
  };

  return {
    saveRule,
    setEnabled,
    isSaving: created.loading || updated.loading,
    error: created.error ?? updated.error ?? null,
    resetError: () => {
      created.reset();
      updated.reset();
    },
  };
}
