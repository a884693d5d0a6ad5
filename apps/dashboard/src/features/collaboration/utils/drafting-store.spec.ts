import { beginDrafting, isDraftingLocally, onDraftingChange } from './drafting-store';

describe('drafting store', () => {
  it('counts drafters per comment and tells listeners of each change', () => {
    const changes: string[] = [];
    const stopListening = onDraftingChange((commentId) => changes.push(commentId));

    const endFirst = beginDrafting('c1');
    const endSecond = beginDrafting('c1');
    endFirst();
    endFirst();
    expect(isDraftingLocally('c1')).toBe(true);
    endSecond();
    stopListening();
    beginDrafting('c2')();

    expect(isDraftingLocally('c1')).toBe(false);
    expect(isDraftingLocally('c2')).toBe(false);
    expect(changes).toEqual(['c1', 'c1', 'c1', 'c1']);
  });
});
