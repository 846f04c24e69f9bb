import { Body1, Caption1, makeStyles, Spinner, tokens } from '@fluentui/react-components';
import type { ClientHistory } from '@/contract/ClientHistory';
import { useI18n } from '../i18n/I18nContext';
import { formatDateTime } from './formatDateTime';

const useStyles = makeStyles({
  list: {
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalL,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
  },
  item: { display: 'flex', flexDirection: 'column' },
});

type ClientHistoryListProps = { history: ClientHistory | undefined; error: string | null };

/** Every version of a client, newest first: what kind of change, who, when, which fields. */
export function ClientHistoryList({ history, error }: ClientHistoryListProps) {
  const styles = useStyles();
  const { t, language } = useI18n();
  const profile = t.clients.profile;
  return (
    <section aria-label={profile.historyTitle}>
      <Body1 as="h4">{profile.historyTitle}</Body1>
      {error !== null ? (
        <Caption1>{error}</Caption1>
      ) : history === undefined ? (
        <Spinner size="extra-tiny" label={profile.historyLoading} />
      ) : (
        <ol className={styles.list}>
          {history.items.map((version) => (
            <li key={version.version} className={styles.item}>
              <Caption1>
                {profile.historyItem(
                  version.version,
                  t.clients.changes[version.change],
                  version.changedBy,
                  formatDateTime(version.changedAt, language),
                )}
                {version.batchId !== null && ` (${profile.historyBatch})`}
              </Caption1>
              {(version.change === 'merged' || version.change === 'unmerged') && version.otherClient && (
                <Caption1>{t.clients.duplicates.historyOther(version.change, version.otherClient.code)}</Caption1>
              )}
              {version.fields.length > 0 && (
                <Caption1>{profile.historyFields(version.fields.map((key) => t.clients.fields[key]).join(', '))}</Caption1>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
