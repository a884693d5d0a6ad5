import { CASE_TEAM_LABELS } from '@bedside/domain';

import type { CaseTeam, ModerationActionKind } from '../../../gql/graphql';
import { toDomainValue } from '../../../ui/vocabulary';

/**
 * What an automatic action did, as a sentence: "Hidden automatically by rule “Spam”".
 * `ruleName` is null for a person's action or a rule from before names were kept.
 */
export function describeAutomaticAction(action: {
  kind: ModerationActionKind;
  ruleName?: string | null;
  team?: CaseTeam | null;
}): string {
  const byRule = action.ruleName ? ` by rule “${action.ruleName}”` : ' by a rule';
  switch (action.kind) {
    case 'HIDE':
      return `Hidden automatically${byRule}`;
    case 'HOLD':
      return `Held for review automatically${byRule}`;
    case 'ASSIGN_TEAM':
      return `Assigned automatically to ${
        action.team ? CASE_TEAM_LABELS[toDomainValue(action.team)] : 'a team'
      }${byRule}`;
  }
}
