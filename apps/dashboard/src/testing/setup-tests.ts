import '@testing-library/jest-dom/jest-globals';

import { cleanup } from '@testing-library/react';

/**
 * jsdom lacks a few browser APIs Mantine and the virtualizer call, and computes no layout. These
 * stubs stand in for them; nothing else about the components is faked.
 */

Object.defineProperty(window, 'matchMedia', {
  writable: true,
  value: (query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: () => undefined,
    removeListener: () => undefined,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
    dispatchEvent: () => false,
  }),
});

class ResizeObserverStub {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
Object.defineProperty(window, 'ResizeObserver', { writable: true, value: ResizeObserverStub });

Element.prototype.scrollIntoView = function scrollIntoView() {};
// jsdom keeps scrollTop but has no scrollTo: set it and announce it, as a browser would.
Element.prototype.scrollTo = function scrollTo(this: Element, ...args: unknown[]) {
  const [first, second] = args;
  const top = typeof first === 'number' ? second : (first as ScrollToOptions | undefined)?.top;
  if (typeof top === 'number') {
    this.scrollTop = top;
    setTimeout(() => this.dispatchEvent(new Event('scroll')), 0);
  }
};
window.scrollTo = () => undefined;

/** The list's scroll box gets a viewport (jsdom has no layout), so the virtualizer renders rows. */
const VIRTUAL_VIEWPORT = { width: 480, height: 800 };
for (const [property, size] of [
  ['clientHeight', VIRTUAL_VIEWPORT.height],
  ['clientWidth', VIRTUAL_VIEWPORT.width],
  ['offsetHeight', VIRTUAL_VIEWPORT.height],
  ['offsetWidth', VIRTUAL_VIEWPORT.width],
] as const) {
  const original = Object.getOwnPropertyDescriptor(HTMLElement.prototype, property);
  Object.defineProperty(HTMLElement.prototype, property, {
    configurable: true,
    get(this: HTMLElement): number {
      if (this.hasAttribute('data-virtual-scroll')) {
        return size;
      }
      return (original?.get?.call(this) as number | undefined) ?? 0;
    },
  });
}

// Its content height is the inner sizer's inline height, as layout would make it.
Object.defineProperty(HTMLElement.prototype, 'scrollHeight', {
  configurable: true,
  get(this: HTMLElement) {
    const sizer = this.hasAttribute('data-virtual-scroll') ? this.firstElementChild : null;
    return sizer instanceof HTMLElement ? Number.parseFloat(sizer.style.height) || 0 : 0;
  },
});

afterEach(() => {
  cleanup();
});
