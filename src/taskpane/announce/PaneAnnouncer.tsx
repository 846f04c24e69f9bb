import { makeStyles } from '@fluentui/react-components';
import { createContext, useCallback, useContext, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';

type Announce = (message: string) => void;

const AnnounceContext = createContext<Announce>(() => undefined);

const useStyles = makeStyles({
  // Read by screen readers, not drawn.
  hidden: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    margin: '-1px',
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
  },
});

type PaneAnnouncerProps = { children: ReactNode };

/**
 * The pane's one polite live region: `useAnnounce()(text)` has screen readers read `text` (search
 * results, saved, deleted, restored, progress) without moving the focus. The region is always in
 * the DOM; each message is a new node in it, so the same text said twice is read twice. It lives at
 * the end of <body>, outside the pane's landmarks: the visible texts stay the only ones in the pane.
 */
export function PaneAnnouncer({ children }: PaneAnnouncerProps) {
  const styles = useStyles();
  const [message, setMessage] = useState({ id: 0, text: '' });
  const announce = useCallback<Announce>((text) => setMessage((current) => ({ id: current.id + 1, text })), []);
  return (
    <AnnounceContext.Provider value={announce}>
      {children}
      {createPortal(
        <div className={styles.hidden} role="status" aria-live="polite" aria-atomic="true">
          <span key={message.id}>{message.text}</span>
        </div>,
        document.body,
      )}
    </AnnounceContext.Provider>
  );
}

/** Says a message through the pane's live region (a no-op outside PaneAnnouncer). */
export function useAnnounce(): Announce {
  return useContext(AnnounceContext);
}
