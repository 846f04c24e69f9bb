import { Body1Strong, Button, Caption1, Field, Radio, RadioGroup } from '@fluentui/react-components';
import { useState } from 'react';
import { templateCellValue, type ColumnKey, type SheetConflict } from '@/domain';
import { useI18n } from '../i18n/I18nContext';
import {
  chooseAll,
  conflictChoiceKey,
  decidedRows,
  type ConflictChoices,
  type ConflictKeep,
  type ConflictResolution,
} from './conflictChoices';
import { useChoiceListStyles } from './useChoiceListStyles';

type ConflictListProps = {
  /** The rows in conflict, as an import or a refresh found them. */
  conflicts: readonly SheetConflict[];
  /** A field's header as the reader knows it (the sheet's, or the template's). */
  headerOf: (key: ColumnKey) => string;
  busy: boolean;
  /** « Appliquer les choix »: the rows whose every field has a choice. */
  onResolve: (resolutions: ConflictResolution[]) => void;
};

/**
 * The rows in conflict with the store: for each row, each conflicting field with the sheet's value and the store's side
 * by side (a radio group: « Garder la feuille » or « Garder la base »), a row's choice at once, everyone's at once, and
 * « Appliquer les choix » for the rows fully decided. It only renders and keeps the choices being made; what a choice
 * does is the caller's (an import, a refresh).
 */
export function ConflictList({ conflicts, headerOf, busy, onResolve }: ConflictListProps) {
  const styles = useChoiceListStyles();
  const { t } = useI18n();
  const texts = t.importer.conflicts;
  const [choices, setChoices] = useState<ConflictChoices>({});
  const decided = decidedRows(conflicts, choices);
  // As the sheet shows a value (phones international, countries by name), never the stored code.
  const shown = (key: ColumnKey, value: string | null) => templateCellValue(key, value) ?? texts.empty;
  const choose = (row: number, key: ColumnKey, keep: ConflictKeep) => setChoices({ ...choices, [conflictChoiceKey(row, key)]: keep });
  const chooseRows = (rows: readonly SheetConflict[], keep: ConflictKeep) => setChoices(chooseAll(choices, rows, keep));
  return (
    <section className={styles.list} aria-label={texts.title(conflicts.length)}>
      <Body1Strong as="h4" className={styles.heading}>
        {texts.title(conflicts.length)}
      </Body1Strong>
      <Caption1>{texts.intro}</Caption1>
      <div className={styles.actions}>
        <Button disabled={busy} onClick={() => chooseRows(conflicts, 'sheet')}>
          {texts.keepSheetAll}
        </Button>
        <Button disabled={busy} onClick={() => chooseRows(conflicts, 'store')}>
          {texts.keepStoreAll}
        </Button>
      </div>
      <ul className={styles.list}>
        {conflicts.map((conflict) => (
          <li key={conflict.row} className={styles.row} aria-label={texts.row(conflict.row, conflict.code)}>
            <Body1Strong>{texts.row(conflict.row, conflict.code)}</Body1Strong>
            {conflict.fields.map((field) => (
              <Field key={field.key} label={texts.field(headerOf(field.key))}>
                <RadioGroup
                  layout="horizontal"
                  disabled={busy}
                  value={choices[conflictChoiceKey(conflict.row, field.key)] ?? ''}
                  onChange={(_event, data) => choose(conflict.row, field.key, data.value as ConflictKeep)}
                >
                  <Radio value="sheet" label={`${texts.keepSheet} — ${texts.sheetValue(shown(field.key, field.sheet))}`} />
                  <Radio value="store" label={`${texts.keepStore} — ${texts.storeValue(shown(field.key, field.store))}`} />
                </RadioGroup>
              </Field>
            ))}
            <div className={styles.actions}>
              <Button size="small" disabled={busy} onClick={() => chooseRows([conflict], 'sheet')}>
                {texts.keepSheetRow}
              </Button>
              <Button size="small" disabled={busy} onClick={() => chooseRows([conflict], 'store')}>
                {texts.keepStoreRow}
              </Button>
            </div>
          </li>
        ))}
      </ul>
      <Button appearance="primary" disabled={busy || decided.length === 0} onClick={() => onResolve(decided)}>
        {texts.apply(decided.length)}
      </Button>
      {decided.length === 0 && <Caption1>{texts.undecided}</Caption1>}
    </section>
  );
}
