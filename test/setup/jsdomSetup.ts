import '@testing-library/jest-dom';
import { configure } from '@testing-library/react';

// Fluent UI v9 measures elements with ResizeObserver, which jsdom lacks.
class ResizeObserverStub {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
globalThis.ResizeObserver ??= ResizeObserverStub as unknown as typeof ResizeObserver;

// Role queries over Fluent's DOM are slow on a busy 2-core machine: findBy*/waitFor wait up to 10 s (they return as
// soon as the element is there; this is a ceiling for a loaded CI machine, not a speed assertion).
configure({ asyncUtilTimeout: 10_000 });
// The same reason for a 60 s ceiling per pane test (Jest 30 reads `testTimeout` only from the global config, so a
// project cannot set it in jest.config.js).
jest.setTimeout(60_000);

// jsdom does no layout: `offsetParent` is always null and `<body>` measures 0 × 0, so tabster (Fluent's focus
// manager) finds nothing focusable. A Fluent dialog then focuses its own surface instead of its first button, its
// focus trap never becomes the active one, and 250 ms later tabster hides the dialog itself (aria-hidden) as an
// inactive trap: a race with the test's next query. A browser lays the page out; give jsdom the two answers a
// browser would give: the body of a 320 × 800 pane, and an offset parent for every element that is displayed.
const paneRect = { x: 0, y: 0, top: 0, left: 0, width: 320, height: 800, right: 320, bottom: 800 };
HTMLBodyElement.prototype.getBoundingClientRect = function bodyRect(): DOMRect {
  return { ...paneRect, toJSON: () => paneRect } as DOMRect;
};
Object.defineProperty(HTMLElement.prototype, 'offsetParent', {
  configurable: true,
  get(this: HTMLElement): Element | null {
    if (!this.isConnected || this === this.ownerDocument.body || this === this.ownerDocument.documentElement) return null;
    const view = this.ownerDocument.defaultView;
    if (!view) return null;
    const own = view.getComputedStyle(this);
    if (own.display === 'none' || own.position === 'fixed') return null;
    let parent: Element | null = null;
    for (let element = this.parentElement; element; element = element.parentElement) {
      const style = view.getComputedStyle(element);
      if (style.display === 'none') return null;
      if (parent === null && (style.position !== 'static' || element === this.ownerDocument.body)) parent = element;
    }
    return parent;
  },
});
