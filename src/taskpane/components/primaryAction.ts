import { createContext, useContext } from 'react';

/**
 * Whether the views below may draw their primary button: one primary per screen, so while the settings panel (with its
 * own "Enregistrer") is open above the tabs, the tabs draw theirs as secondary. One owner: TaskPane provides it.
 */
export const PrimaryActionContext = createContext(true);

/** The appearance of a view's main button: primary when it leads the view and no other panel holds the primary. */
export function usePrimaryAppearance(leading = true): 'primary' | 'secondary' {
  return useContext(PrimaryActionContext) && leading ? 'primary' : 'secondary';
}
