import { act, renderHook } from '@testing-library/react';

import { useListSelection } from './useListSelection';

describe('useListSelection', () => {
  it('starts at the first row and stops at both ends', () => {
    const { result } = renderHook(() => useListSelection(['a', 'b', 'c'], null));
    expect(result.current.selectedIndex).toBe(-1);

    act(() => void result.current.move(-1));
    expect(result.current.selectedId).toBe('a');
    act(() => void result.current.move(1));
    act(() => void result.current.move(1));
    act(() => void result.current.move(1));
    expect(result.current.selectedId).toBe('c');
    act(() => void result.current.move('first'));
    expect(result.current.selectedIndex).toBe(0);
    act(() => void result.current.move('last'));
    expect(result.current.selectedIndex).toBe(2);
  });

  it('follows the open comment and keeps its row when pages are added', () => {
    const { result, rerender } = renderHook(({ ids, open }) => useListSelection(ids, open), {
      initialProps: { ids: ['a', 'b'], open: null as string | null },
    });

    rerender({ ids: ['a', 'b'], open: 'b' });
    expect(result.current.selectedIndex).toBe(1);
    rerender({ ids: ['z', 'a', 'b', 'c'], open: 'b' });
    expect(result.current.selectedIndex).toBe(2);
  });

  it('returns nothing to move to on an empty list', () => {
    const { result } = renderHook(() => useListSelection([], null));
    let landed: string | null = 'unset';
    act(() => {
      landed = result.current.move(1);
    });
    expect(landed).toBeNull();
  });
});
