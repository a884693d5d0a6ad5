import { type ChainedFields, findChainBreak, GENESIS_HASH, hashEvent } from './audit-chain';

function chain(count: number): (ChainedFields & { hash: string })[] {
  const events: (ChainedFields & { hash: string })[] = [];
  let prevHash = GENESIS_HASH;
  for (let seq = 1; seq <= count; seq += 1) {
    const fields: ChainedFields = {
      seq,
      at: new Date(Date.UTC(2026, 10, 23, 12, seq)),
      actorKind: 'user',
      actorId: 'u1',
      actorName: 'Sam',
      action: 'comment.status_changed',
      targetType: 'comment',
      targetId: `c${seq}`,
      details: { from: 'new', to: 'closed' },
      prevHash,
    };
    const hash = hashEvent(fields);
    events.push({ ...fields, hash });
    prevHash = hash;
  }
  return events;
}

describe('audit hash chain', () => {
  it('accepts an intact chain, also when checked in pieces', () => {
    const events = chain(5);
    expect(findChainBreak(events, null)).toBeNull();
    expect(findChainBreak(events.slice(2), events[1])).toBeNull();
  });

  it('hashes details independently of key order', () => {
    const [event] = chain(1);
    expect(hashEvent({ ...event, details: { to: 'closed', from: 'new' } })).toBe(event.hash);
  });

  it('finds a changed field', () => {
    const events = chain(5);
    events[2] = { ...events[2], details: { from: 'new', to: 'hidden' } };
    expect(findChainBreak(events, null)).toEqual({
      seq: 3,
      reason: 'event 3 was changed after it was written',
    });
  });

  it('finds a changed row whose hash was recomputed, at the next link', () => {
    const events = chain(5);
    const forged = { ...events[1], actorName: 'Someone else' };
    events[1] = { ...forged, hash: hashEvent(forged) };
    expect(findChainBreak(events, null)).toEqual({
      seq: 3,
      reason: 'event 3 does not follow event 2',
    });
  });

  it('finds a deleted row', () => {
    const events = chain(5);
    expect(findChainBreak([...events.slice(0, 2), ...events.slice(3)], null)).toEqual({
      seq: 3,
      reason: 'event 3 is missing (deleted?)',
    });
  });
});
