import { Button, makeStyles, MessageBar, MessageBarBody, Spinner, tokens } from '@fluentui/react-components';
import { ArrowSync20Regular } from '@fluentui/react-icons';
import type { SheetMapping } from '@/excel/marks/validateActiveSheet';
import { useDescribeError } from '../../clients/useDescribeError';
import { useI18n } from '../../i18n/I18nContext';
import { RefreshSummary } from './RefreshSummary';
import { useRefresh } from './useRefresh';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', rowGap: tokens.spacingVerticalS },
});

type RefreshPanelProps = {
  busy: boolean;
  /** The mappings the user confirmed in the session: the refresh reads the headers with them, as the validation does. */
  mappings: readonly SheetMapping[];
};

/** "Actualiser depuis la base": the button, then what the refresh did (or why it could not). */
export function RefreshPanel({ busy, mappings }: RefreshPanelProps) {
  const styles = useStyles();
  const { t } = useI18n();
  const describeError = useDescribeError();
  const refresh = useRefresh(mappings);
  return (
    <div className={styles.panel}>
      <Button
        icon={refresh.isRefreshing ? <Spinner size="extra-tiny" /> : <ArrowSync20Regular />}
        disabled={busy || refresh.isRefreshing}
        onClick={refresh.handleRefresh}
      >
        {refresh.isRefreshing ? t.refresh.refreshing : t.refresh.action}
      </Button>
      {refresh.storeMissing && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t.refresh.storeMissing}</MessageBarBody>
        </MessageBar>
      )}
      {refresh.failure !== null && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{t.refresh.failed(describeError(refresh.failure))}</MessageBarBody>
        </MessageBar>
      )}
      {refresh.result !== null && <RefreshSummary result={refresh.result} />}
    </div>
  );
}
