import { makeStyles, Toolbar, ToolbarRadioButton, ToolbarRadioGroup, tokens } from '@fluentui/react-components';
import { useI18n } from '../i18n/I18nContext';

export const LETTERS = Array.from({ length: 26 }, (_, index) => String.fromCharCode(65 + index));
const ALL = 'all';

const useStyles = makeStyles({
  bar: { padding: 0 },
  group: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalXXS },
  letter: { minWidth: tokens.spacingHorizontalXXL, paddingInline: tokens.spacingHorizontalXS },
});

type AlphabetBarProps = { letter: string | null; onLetterChange: (letter: string | null) => void };

/** A–Z: browse by the initial of the last name; one tab stop, arrows move between letters. */
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
        <ToolbarRadioButton className={styles.letter} appearance="subtle" name="letter" value={ALL}>
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
