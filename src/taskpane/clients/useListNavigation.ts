import { useState, type KeyboardEvent } from 'react';

type ListNavigationOptions = {
  count: number;
  /** Rows in view, for Page Up / Page Down. */
  pageSize: number;
  onOpen: (index: number) => void;
  onToggle: (index: number) => void;
  onMove: (index: number) => void;
};

/** Keyboard use of a listbox: arrows, Home/End, Page Up/Down move the active row; Enter opens it; Space selects it. */
export function useListNavigation({ count, pageSize, onOpen, onToggle, onMove }: ListNavigationOptions) {
  const [active, setActive] = useState(0);
  const current = Math.min(active, Math.max(0, count - 1));
  const moveTo = (index: number) => {
    const next = Math.max(0, Math.min(count - 1, index));
    setActive(next);
    onMove(next);
  };
  const handleKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (count === 0) return;
    const moves: Record<string, number> = {
      ArrowDown: current + 1,
      ArrowUp: current - 1,
      Home: 0,
      End: count - 1,
      PageDown: current + pageSize,
      PageUp: current - pageSize,
    };
    const target = moves[event.key];
    if (target !== undefined) {
      event.preventDefault();
      moveTo(target);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      onOpen(current);
    } else if (event.key === ' ') {
      event.preventDefault();
      onToggle(current);
    }
  };
  return { active: current, setActive, handleKeyDown };
}
