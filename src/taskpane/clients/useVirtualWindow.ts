import { useCallback, useRef, useState, type UIEvent } from 'react';

/** Rows drawn beyond the visible ones, above and below, so fast scrolling shows no gap. */
const OVERSCAN = 6;
/** Visible rows assumed before the viewport was measured (and in jsdom, which has no layout). */
const FALLBACK_VISIBLE = 12;

/**
 * Windowing for a list of `count` rows of `rowHeight` pixels: only the rows in view (plus a few)
 * are rendered, whatever the count; the viewport may grow and shrink with its rows. `scrollToIndex` brings a row into view (keyboard moves).
 */
export function useVirtualWindow(count: number, rowHeight: number) {
  const viewportRef = useRef<HTMLDivElement | null>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewportHeight, setViewportHeight] = useState(0);
  const visible = viewportHeight > 0 ? Math.ceil(viewportHeight / rowHeight) : FALLBACK_VISIBLE;
  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - OVERSCAN);
  const last = Math.min(count - 1, Math.floor(scrollTop / rowHeight) + visible + OVERSCAN);

  const observerRef = useRef<ResizeObserver | null>(null);
  // The viewport's height follows its rows up to a maximum: measured again whenever it changes.
  const measure = useCallback((element: HTMLDivElement | null) => {
    viewportRef.current = element;
    observerRef.current?.disconnect();
    observerRef.current = null;
    if (!element) return;
    setViewportHeight(element.clientHeight);
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => setViewportHeight(element.clientHeight));
    observer.observe(element);
    observerRef.current = observer;
  }, []);

  const handleScroll = (event: UIEvent<HTMLDivElement>) => {
    setScrollTop(event.currentTarget.scrollTop);
    setViewportHeight(event.currentTarget.clientHeight);
  };

  const scrollToIndex = (index: number) => {
    const element = viewportRef.current;
    if (!element) return;
    const top = index * rowHeight;
    const height = element.clientHeight || visible * rowHeight;
    let next = element.scrollTop;
    if (top < next) next = top;
    else if (top + rowHeight > next + height) next = top + rowHeight - height;
    if (next !== element.scrollTop) {
      element.scrollTop = next;
      setScrollTop(next);
    }
  };

  const indexes = count === 0 ? [] : Array.from({ length: last - first + 1 }, (_, offset) => first + offset);
  return { measure, handleScroll, scrollToIndex, indexes, visible, totalHeight: count * rowHeight };
}
