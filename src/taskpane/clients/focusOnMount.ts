/**
 * A callback ref that gives the focus to its element when it appears: the heading of a profile or
 * form that just opened, an error summary that just came. The element needs `tabIndex={-1}` unless
 * it is focusable by itself.
 */
export function focusOnMount(element: HTMLElement | null): void {
  element?.focus();
}
