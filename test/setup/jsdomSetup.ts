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
