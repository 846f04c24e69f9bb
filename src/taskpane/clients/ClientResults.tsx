import { Badge, Caption1, makeStyles, mergeClasses, Text, tokens, useId } from '@fluentui/react-components';
import { Checkmark16Regular } from '@fluentui/react-icons';
import type { MouseEvent, UIEvent } from 'react';
import type { Client } from '@/contract/Client';
import { useI18n } from '../i18n/I18nContext';
import { clientDisplayName } from './clientDisplayName';
import { useListNavigation } from './useListNavigation';
import { useVirtualWindow } from './useVirtualWindow';

/** Height of one row in pixels: the windowing math and the row style share it. */
export const RESULT_ROW_HEIGHT = 52;
/** Rows left below the window before the next page is asked for. */
const LOAD_AHEAD = 15;

const useStyles = makeStyles({
  viewport: {
    // A short list is as tall as its rows; a long one scrolls inside this window.
    maxHeight: '22rem',
    overflowY: 'auto',
    position: 'relative',
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  row: {
    position: 'absolute',
    left: 0,
    right: 0,
    boxSizing: 'border-box',
    display: 'flex',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    paddingInline: tokens.spacingHorizontalM,
    cursor: 'pointer',
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
  },
  active: {
    backgroundColor: tokens.colorNeutralBackground1Selected,
    // The keyboard's row: outlined while the list has the focus.
    '[role="listbox"]:focus-visible &': {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: `calc(-1 * ${tokens.strokeWidthThick})`,
    },
  },
  check: { width: tokens.spacingHorizontalL, flexShrink: 0, color: tokens.colorBrandForeground1 },
  text: { display: 'flex', flexDirection: 'column', minWidth: 0, flexGrow: 1 },
  ellipsis: { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
});

type ClientResultsProps = {
  items: Client[];
  total: number;
  selectedIds: ReadonlySet<string>;
  busy: boolean;
  onOpenClient: (client: Client) => void;
  onToggleClient: (client: Client) => void;
  onNeedMore: () => void;
};

/** The results as a virtualised listbox: only the rows in view are in the DOM, 10 or 100,000 alike. */
export function ClientResults({ items, total, selectedIds, busy, onOpenClient, onToggleClient, onNeedMore }: ClientResultsProps) {
  const styles = useStyles();
  const { t } = useI18n();
  const idPrefix = useId('client-result');
  const windowing = useVirtualWindow(items.length, RESULT_ROW_HEIGHT);
  const withClient = (action: (client: Client) => void) => (index: number) => {
    const client = items[index];
    if (client) action(client);
  };
  const navigation = useListNavigation({
    count: items.length,
    pageSize: windowing.visible,
    onOpen: withClient(onOpenClient),
    onToggle: withClient(onToggleClient),
    onMove: (index) => {
      windowing.scrollToIndex(index);
      if (index >= items.length - LOAD_AHEAD) onNeedMore();
    },
  });
  const handleScroll = (event: UIEvent<HTMLDivElement>) => {
    windowing.handleScroll(event);
    const lastInView = Math.floor((event.currentTarget.scrollTop + event.currentTarget.clientHeight) / RESULT_ROW_HEIGHT);
    if (lastInView >= items.length - LOAD_AHEAD) onNeedMore();
  };
  const handleClick = (event: MouseEvent, index: number, client: Client) => {
    navigation.setActive(index);
    if (event.ctrlKey || event.metaKey) onToggleClient(client);
    else onOpenClient(client);
  };
  const activeClient = items[navigation.active];
  return (
    <div
      ref={windowing.measure}
      className={styles.viewport}
      role="listbox"
      aria-label={t.clients.find.listLabel}
      aria-multiselectable
      aria-busy={busy}
      aria-activedescendant={activeClient ? `${idPrefix}-${navigation.active}` : undefined}
      tabIndex={0}
      onScroll={handleScroll}
      onKeyDown={navigation.handleKeyDown}
    >
      <div role="presentation" style={{ height: windowing.totalHeight, position: 'relative' }}>
        {windowing.indexes.map((index) => {
          const client = items[index];
          if (!client) return null;
          const selected = selectedIds.has(client.id);
          return (
            <div
              key={client.id}
              id={`${idPrefix}-${index}`}
              role="option"
              aria-selected={selected}
              aria-setsize={total}
              aria-posinset={index + 1}
              className={mergeClasses(styles.row, index === navigation.active && styles.active)}
              style={{ top: index * RESULT_ROW_HEIGHT, height: RESULT_ROW_HEIGHT }}
              onClick={(event) => handleClick(event, index, client)}
            >
              <span className={styles.check} aria-hidden>
                {selected && <Checkmark16Regular />}
              </span>
              <span className={styles.text}>
                <Text weight="semibold" className={styles.ellipsis}>
                  {clientDisplayName(client)}
                </Text>
                <Caption1 className={styles.ellipsis}>{[client.company, client.city, client.code].filter(Boolean).join(' · ')}</Caption1>
              </span>
              {client.foreign && (
                <Badge appearance="tint" color="informative">
                  {t.clients.find.foreignBadge}
                </Badge>
              )}
            </div>
          );
        })}
      </div>
    </div>
  );
}
