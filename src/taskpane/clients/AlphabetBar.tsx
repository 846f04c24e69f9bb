import { makeStyles, mergeClasses, Toolbar, ToolbarRadioButton, ToolbarRadioGroup, tokens } from '@fluentui/react-components';
import { useI18n } from '../i18n/I18nContext';

export const LETTERS = Array.from({ length: 26 }, (_, index) => String.fromCharCode(65 + index));
const ALL = 'all';

/**
 * "Tous" takes two cells and the 26 letters one each: 28 cells, so 7 columns (4 full lines, a narrow
 * pane) or 14 (2 full lines, once the bar is 23rem wide) — never a lone letter on the last line. The
 * bar's own width decides (a container query), so a pane's width is what counts, whatever the window.
 */
export const ALPHABET_COLUMNS = { narrow: 7, wide: 14 } as const;

const useStyles = makeStyles({
  bar: { padding: 0, display: 'block', containerType: 'inline-size' },
  group: {
    display: 'grid',
    gridTemplateColumns: `repeat(${ALPHABET_COLUMNS.narrow}, minmax(0, 1fr))`,
    gap: tokens.spacingHorizontalXXS,
    '@container (min-width: 23rem)': { gridTemplateColumns: `repeat(${ALPHABET_COLUMNS.wide}, minmax(0, 1fr))` },
  },
  letter: { minWidth: 0, width: '100%', paddingInline: 0 },
  all: { gridColumn: 'span 2' },
});

type AlphabetBarProps = { letter: string | null; onLetterChange: (letter: string | null) => void };

/** A–Z: browse by the initial of the last name; one tab stop, arrows move between letters; full lines at any width. */
export function AlphabetBar({ letter, onLetterChange }: AlphabetBarProps) {
  const styles = useStyles();
  const { t } = useI18n();
  return (
    <Toolbar
      className={styles.bar}
      size="small"
      aria-label={t.clients.find.alphabetLabel}
      checkedValues={{ letter: [letter ?? ALL] }}
      onCheckedValueChange={(_event, data) => {
        const value = data.checkedItems[0];
        onLetterChange(value === undefined || value === ALL ? null : value);
      }}
    >
      <ToolbarRadioGroup className={styles.group}>
        <ToolbarRadioButton className={mergeClasses(styles.letter, styles.all)} appearance="subtle" name="letter" value={ALL}>
          {t.clients.find.allLetters}
        </ToolbarRadioButton>
        {LETTERS.map((value) => (
          <ToolbarRadioButton
            key={value}
            className={styles.letter}
            appearance="subtle"
            name="letter"
            value={value}
            aria-label={t.clients.find.letterLabel(value)}
          >
            {value}
          </ToolbarRadioButton>
        ))}
      </ToolbarRadioGroup>
    </Toolbar>
  );
}
