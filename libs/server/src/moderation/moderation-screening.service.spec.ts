import {
  type AuthorFlag,
  compileModerationPolicy,
  type ModerationRuleDefinition,
} from '@bedside/domain';

import { type CommentEntity } from '../comments/comment.entity';
import { ModerationScreener } from './moderation-screening.service';

const NOW = new Date('2026-11-23T12:00:00.000Z');

function rule(overrides: Partial<ModerationRuleDefinition>): ModerationRuleDefinition {
  return {
    id: 'rule',
    name: 'Rule',
    enabled: true,
    condition: 'banned_word',
    intents: [],
    minConfidence: null,
    action: 'hide',
    team: null,
    reasonCode: 'profanity_hate',
    position: 1,
    ...overrides,
  };
}

function comment(id: string, text: string, authorKey: string | null = null): CommentEntity {
  return {
    id,
    text,
    authorKey,
    intents: [],
    status: 'new',
    statusChangedAt: null,
  } as unknown as CommentEntity;
}

function screener(rules: ModerationRuleDefinition[], flags: [string, AuthorFlag][] = []) {
  const policy = compileModerationPolicy({
    rules,
    lists: { banned: ['scam'], suspect: ['dm me'], trustedDomains: [] },
  });
  return new ModerationScreener(policy, new Map(flags));
}

describe('ModerationScreener', () => {
  it('gives matched comments the status their action leads to, before they are stored', () => {
    const comments = [
      comment('hide', 'total scam'),
      comment('hold', 'dm me now'),
      comment('assign', 'from a blocked person', 'name:jolene pruitt'),
      comment('keep', 'thank you'),
    ];
    const screened = screener(
      [
        rule({ id: 'banned' }),
        rule({ id: 'suspect', condition: 'suspect_word', action: 'hold' }),
        rule({
          id: 'blocked',
          condition: 'blocked_author',
          action: 'assign_team',
          team: 'communications',
          reasonCode: null,
        }),
      ],
      [['name:jolene pruitt', 'block']],
    ).screen(comments, () => 'facebook', NOW);

    expect(
      screened.map((item) => [item.comment.id, item.decision.rule.id, item.previousStatus]),
    ).toEqual([
      ['hide', 'banned', 'new'],
      ['hold', 'suspect', 'new'],
      ['assign', 'blocked', 'new'],
    ]);
    expect(comments.map((item) => [item.id, item.status])).toEqual([
      ['hide', 'hidden'],
      ['hold', 'hidden'],
      ['assign', 'escalated'],
      ['keep', 'new'],
    ]);
    expect(comments[0].statusChangedAt).toEqual(NOW);
    expect(comments[3].statusChangedAt).toBeNull();
  });

  it('does nothing at all while no rule is enabled', () => {
    const idle = screener([rule({ enabled: false })]);
    const comments = [comment('a', 'total scam')];
    expect(idle.isIdle).toBe(true);
    expect(idle.screen(comments, () => 'facebook', NOW)).toEqual([]);
    expect(comments[0].status).toBe('new');
  });

  it('treats a comment without an author key as unflagged', () => {
    const blocked = screener(
      [rule({ condition: 'blocked_author', reasonCode: 'harassment_threats' })],
      [['name:someone', 'block']],
    );
    expect(blocked.screen([comment('a', 'hello', null)], () => 'facebook', NOW)).toEqual([]);
  });
});
