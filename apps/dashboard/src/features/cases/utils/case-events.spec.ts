import type { CaseEventKind } from '../../../gql/graphql';
import { describeCaseEvent } from './case-events';

describe('describeCaseEvent', () => {
  it.each([
    ['OPENED', null, null, 'opened the case'],
    ['COMMENT_LINKED', null, null, 'linked another comment'],
    ['ASSIGNED', null, 'Sam Rivera', 'assigned it to Sam Rivera'],
    ['ASSIGNED', 'Sam Rivera', 'Dana Cole', 'reassigned it from Sam Rivera to Dana Cole'],
    ['ASSIGNED', 'Sam Rivera', null, 'unassigned Sam Rivera'],
    ['TEAM_CHANGED', 'patient_relations', 'nursing', 'moved it from Patient relations to Nursing'],
    [
      'CATEGORY_CHANGED',
      'other',
      'privacy_incident',
      'changed the category from Other to Privacy incident',
    ],
    ['PRIORITY_CHANGED', 'normal', 'critical', 'changed the priority from Normal to Critical'],
    ['STATUS_CHANGED', 'open', 'in_progress', 'started work on it'],
    ['STATUS_CHANGED', 'in_progress', 'resolved', 'resolved the case'],
    ['STATUS_CHANGED', 'resolved', 'reopened', 'reopened the case'],
    ['NOTE_ADDED', null, null, 'added a note'],
  ] as [CaseEventKind, string | null, string | null, string][])(
    '%s %s -> %s reads "%s"',
    (kind, from, to, text) => {
      expect(describeCaseEvent({ kind, from, to })).toBe(text);
    },
  );

  it('shows a value it does not know as it came', () => {
    expect(describeCaseEvent({ kind: 'TEAM_CHANGED', from: 'legal', to: null })).toBe(
      'moved it from legal to none',
    );
  });
});
