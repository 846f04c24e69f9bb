import { Button, Link, makeStyles, tokens } from '@fluentui/react-components';
import { ChevronDown16Regular, ChevronRight16Regular, ErrorCircle16Filled, Info16Regular, Warning16Filled } from '@fluentui/react-icons';
import { useId, useState } from 'react';
import type { Severity } from '@/domain';
import { useI18n } from '../i18n/I18nContext';

/** Rows of an open group drawn at a time: "Afficher 50 de plus" draws the next ones (a 3,000-row group stays light). */
export const ROWS_PER_PAGE = 50;

/** One line of an open group: its text, the tooltip, and where it leads (a cell of the sheet). */
export type RuleGroupEntry = { key: string; label: string; title: string; onSelect: () => void };

/** One rule and its rows, as the report lists it: "12 × Pays : Pays inconnu « Suise » — suggestion : Suisse", then its rows. */
export type RuleGroupView = { key: string; severity: Severity; title: string; entries: RuleGroupEntry[] };

const useStyles = makeStyles({
  list: { margin: 0, padding: 0, listStyleType: 'none', display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  group: { display: 'flex', flexDirection: 'column', alignItems: 'stretch' },
  toggle: { justifyContent: 'flex-start', textAlign: 'start', minWidth: 0, height: 'auto', paddingBlock: tokens.spacingVerticalXS },
  toggleText: { display: 'flex', columnGap: tokens.spacingHorizontalXS, alignItems: 'flex-start', overflowWrap: 'anywhere' },
  error: { color: tokens.colorPaletteRedForeground1, flexShrink: 0, marginBlockStart: '2px' },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1, flexShrink: 0, marginBlockStart: '2px' },
  info: { color: tokens.colorBrandForeground1, flexShrink: 0, marginBlockStart: '2px' },
  rows: {
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalXXL,
    listStyleType: 'none',
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    rowGap: tokens.spacingVerticalXXS,
  },
});

type RuleGroupListProps = { groups: readonly RuleGroupView[] };

/** The groups, closed: each opens (a disclosure button) on its rows, drawn ROWS_PER_PAGE at a time; a row leads to its cell. */
export function RuleGroupList({ groups }: RuleGroupListProps) {
  const styles = useStyles();
  return (
    <ul className={styles.list}>
      {groups.map((group) => (
        <RuleGroupItem key={group.key} group={group} />
      ))}
    </ul>
  );
}

function RuleGroupItem({ group }: { group: RuleGroupView }) {
  const styles = useStyles();
  const { t } = useI18n();
  const [shown, setShown] = useState(0);
  const rowsId = useId();
  const open = shown > 0;
  const count = group.entries.length;
  return (
    <li className={styles.group}>
      <Button
        appearance="subtle"
        className={styles.toggle}
        icon={open ? <ChevronDown16Regular /> : <ChevronRight16Regular />}
        aria-expanded={open}
        aria-controls={open ? rowsId : undefined}
        title={open ? t.importer.report.hideRows : t.importer.report.showRows(count)}
        onClick={() => setShown(open ? 0 : Math.min(count, ROWS_PER_PAGE))}
      >
        <span className={styles.toggleText}>
          {group.severity === 'error' ? (
            <ErrorCircle16Filled className={styles.error} aria-hidden />
          ) : group.severity === 'warning' ? (
            <Warning16Filled className={styles.warning} aria-hidden />
          ) : (
            <Info16Regular className={styles.info} aria-hidden />
          )}
          <span>{group.title}</span>
        </span>
      </Button>
      {open && (
        <ul id={rowsId} className={styles.rows}>
          {group.entries.slice(0, shown).map((entry) => (
            <li key={entry.key}>
              <Link title={entry.title} onClick={entry.onSelect}>
                {entry.label}
              </Link>
            </li>
          ))}
          {shown < count && (
            <li>
              <Button size="small" appearance="transparent" onClick={() => setShown(Math.min(count, shown + ROWS_PER_PAGE))}>
                {t.importer.report.showMore(Math.min(ROWS_PER_PAGE, count - shown))}
              </Button>
            </li>
          )}
        </ul>
      )}
    </li>
  );
}
