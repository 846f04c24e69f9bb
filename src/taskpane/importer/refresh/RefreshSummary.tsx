import { Body1, Body1Strong, makeStyles, MessageBar, MessageBarBody, tokens } from '@fluentui/react-components';
import { templateCellValue } from '@/domain';
import type { SheetRefresh } from '@/excel/refresh/refreshSheetFromStore';
import { useI18n } from '../../i18n/I18nContext';

const useStyles = makeStyles({
  summary: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS, alignSelf: 'stretch' },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
});

type RefreshSummaryProps = { result: SheetRefresh };

/**
 * What a refresh did: « 12 cellules mises à jour, 2 clients supprimés dans la base, 1 conflit », then each conflict, one
 * line per field with the sheet's value and the store's, as the template's cells show them.
 */
export function RefreshSummary({ result }: RefreshSummaryProps) {
  const styles = useStyles();
  const { t } = useI18n();
  if (result.outcome === 'no_code_column')
    return (
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>{t.refresh.noCodeColumn(result.sheetName)}</MessageBarBody>
      </MessageBar>
    );
  const lines = result.conflicts.flatMap((conflict) =>
    conflict.fields.map((field) => ({
      key: `${conflict.row}:${field.key}`,
      text: t.refresh.conflictLine(
        conflict.row,
        t.clients.fields[field.key],
        templateCellValue(field.key, field.sheet),
        templateCellValue(field.key, field.store),
      ),
    })),
  );
  return (
    <section className={styles.summary} aria-label={t.refresh.action}>
      <MessageBar intent={lines.length > 0 ? 'warning' : 'success'} layout="multiline">
        <MessageBarBody>
          {t.refresh.summary(
            result.counts.updatedCells,
            result.counts.deletedRows,
            result.counts.unknownRows,
            result.counts.conflictFields,
          )}
        </MessageBarBody>
      </MessageBar>
      {lines.length > 0 && (
        <>
          <Body1Strong as="h3">{t.refresh.conflictsTitle}</Body1Strong>
          <ul className={styles.list}>
            {lines.map((line) => (
              <li key={line.key}>
                <Body1>{line.text}</Body1>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
