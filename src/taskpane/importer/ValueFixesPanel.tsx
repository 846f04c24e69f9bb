import { Body1Strong, Button, Caption1, Dropdown, Field, makeStyles, Option, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { clientTemplate, type ValueFixChoices, type ValueFixEntry } from '@/domain';
import { useI18n } from '../i18n/I18nContext';
import { usePrimaryAppearance } from '../components/primaryAction';

/** Lines listed at once; the others come after a correction and a new validation. */
export const maxListedValueFixes = 50;

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, minWidth: 0 },
  list: { margin: 0, padding: 0, listStyleType: 'none', display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  dropdown: { minWidth: 0, width: '100%' },
  actions: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXS },
});

type ValueFixesPanelProps = {
  entries: readonly ValueFixEntry[];
  busy: boolean;
  /** The correction is under way. */
  isFixing: boolean;
  /** "Corriger dans la feuille": the value chosen per entry id (null: leave the cells as they are). */
  onFix: (choices: ValueFixChoices) => void;
  /** The correction is the tab's next step (its one primary button). */
  leading: boolean;
};

const headerOf = new Map(clientTemplate.map((column) => [column.key, column.header]));

/** The choice of each entry: what the user picked, else the suggestion (preselected), else none. */
function choiceOf(entry: ValueFixEntry, picked: ValueFixChoices): string | null {
  const value = picked[entry.id];
  return value === undefined ? entry.suggestion : value;
}

/**
 * The values of the coded columns the engine could not read, one line per column and value with its count and a
 * dropdown of the column's values (the suggestion preselected, or "Laisser tel quel"); "Accepter les suggestions" puts
 * every suggestion back, "Corriger dans la feuille" hands the choices over. No I/O.
 */
export function ValueFixesPanel({ entries, busy, isFixing, onFix, leading }: ValueFixesPanelProps) {
  const primary = usePrimaryAppearance(leading);
  const styles = useStyles();
  const { t } = useI18n();
  const texts = t.importer.valueFixes;
  const [picked, setPicked] = useState<Record<string, string | null>>({});
  const listed = entries.slice(0, maxListedValueFixes);
  const choices: Record<string, string | null> = Object.fromEntries(listed.map((entry) => [entry.id, choiceOf(entry, picked)]));
  const chosen = listed.some((entry) => choices[entry.id] !== null);
  const suggestionsTaken = listed.every((entry) => entry.suggestion === null || choices[entry.id] === entry.suggestion);

  const handleAcceptSuggestions = () =>
    setPicked((current) => {
      const next = { ...current };
      for (const entry of listed) if (entry.suggestion !== null) delete next[entry.id];
      return next;
    });

  return (
    <section className={styles.panel} aria-label={texts.title}>
      <Body1Strong as="h4">{texts.title}</Body1Strong>
      <Caption1>{texts.intro}</Caption1>
      <ul className={styles.list}>
        {listed.map((entry) => {
          const choice = choices[entry.id] ?? null;
          const hint =
            entry.code === 'title.academic'
              ? texts.academic
              : entry.suggestion === null
                ? texts.noSuggestion
                : texts.suggestion(entry.suggestion);
          return (
            <li key={entry.id}>
              <Field label={texts.choiceLabel(entry.column, headerOf.get(entry.key) ?? entry.key, entry.value, entry.count)} hint={hint}>
                <Dropdown
                  className={styles.dropdown}
                  disabled={busy}
                  value={choice === null ? texts.leaveAsIs : choice}
                  selectedOptions={[choice ?? '']}
                  onOptionSelect={(_event, data) =>
                    setPicked((current) => ({ ...current, [entry.id]: data.optionValue ? data.optionValue : null }))
                  }
                >
                  <Option value="" text={texts.leaveAsIs}>
                    {texts.leaveAsIs}
                  </Option>
                  {entry.allowed.map((value) => (
                    <Option key={value} value={value} text={value}>
                      {value}
                    </Option>
                  ))}
                </Dropdown>
              </Field>
            </li>
          );
        })}
      </ul>
      {entries.length > listed.length && <Caption1>{texts.more(entries.length - listed.length)}</Caption1>}
      <div className={styles.actions}>
        <Button disabled={busy || suggestionsTaken} onClick={handleAcceptSuggestions}>
          {texts.acceptSuggestions}
        </Button>
        <Button appearance={primary} disabled={busy || !chosen} onClick={() => onFix(choices)}>
          {isFixing ? texts.applying : texts.apply}
        </Button>
      </div>
    </section>
  );
}
