import { Button, Caption1, Card, CardHeader, makeStyles, Spinner, Text, tokens } from '@fluentui/react-components';
import { ArrowClockwise20Regular, DocumentTable20Regular } from '@fluentui/react-icons';
import { formatOfficeError } from '@/excel/formatOfficeError';
import { useI18n } from '../i18n/I18nContext';
import { useActiveSheetSummary } from './useActiveSheetSummary';

const useStyles = makeStyles({
  icon: { color: tokens.colorBrandForeground1 },
});

/** The active sheet's name and size, with a button to read it again. */
export function ActiveSheetSummary() {
  const styles = useStyles();
  const { t } = useI18n();
  const { summary, isRefreshing, refresh } = useActiveSheetSummary();
  return (
    <Card role="region" aria-label={t.importer.sheetLabel}>
      <CardHeader
        image={<DocumentTable20Regular aria-hidden className={styles.icon} />}
        header={<SummaryHeader summary={summary} />}
        description={<SummaryDescription summary={summary} />}
        action={
          <Button
            appearance="subtle"
            icon={isRefreshing ? <Spinner size="extra-tiny" /> : <ArrowClockwise20Regular />}
            aria-label={t.importer.refresh}
            title={t.importer.refresh}
            disabled={isRefreshing}
            onClick={refresh}
          />
        }
      />
    </Card>
  );
}

type SummaryProps = { summary: ReturnType<typeof useActiveSheetSummary>['summary'] };

function SummaryHeader({ summary }: SummaryProps) {
  const { t } = useI18n();
  if (summary.state === 'ready') return <Text weight="semibold">{summary.name}</Text>;
  return <Text weight="semibold">{t.importer.sheetLabel}</Text>;
}

function SummaryDescription({ summary }: SummaryProps) {
  const { t, language } = useI18n();
  switch (summary.state) {
    case 'loading':
      return <Caption1>{t.importer.sheetLoading}</Caption1>;
    case 'failed':
      return <Caption1>{t.importer.sheetError(formatOfficeError(summary.error, language))}</Caption1>;
    case 'ready':
      return (
        <Caption1>
          {summary.usedRows === 0 ? t.importer.sheetEmpty : t.importer.sheetSummary(summary.usedRows, summary.usedColumns)}
        </Caption1>
      );
  }
}
