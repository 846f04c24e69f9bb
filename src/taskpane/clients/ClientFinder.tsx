import {
  Body1,
  Button,
  Caption1,
  Field,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  SearchBox,
  Spinner,
  Switch,
  tokens,
} from '@fluentui/react-components';
import { PersonAdd20Regular, TableAdd20Regular } from '@fluentui/react-icons';
import type { Client } from '@/contract/Client';
import { useI18n } from '../i18n/I18nContext';
import { AlphabetBar } from './AlphabetBar';
import { ClientResults } from './ClientResults';
import type { ClientFinderState } from './useClientFinder';
import { useDescribeError } from './useDescribeError';

const useStyles = makeStyles({
  finder: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  status: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    columnGap: tokens.spacingHorizontalS,
    minHeight: tokens.lineHeightBase400,
  },
  empty: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
    paddingBlock: tokens.spacingVerticalL,
    color: tokens.colorNeutralForeground3,
  },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

type ClientFinderProps = { finder: ClientFinderState; onOpenClient: (client: Client) => void; onAddClient: () => void };

/** Find: the search box, "Clients étrangers", A–Z, the count, the results, and the list's actions. */
export function ClientFinder({ finder, onOpenClient, onAddClient }: ClientFinderProps) {
  const styles = useStyles();
  const { t } = useI18n();
  const describeError = useDescribeError();
  const find = t.clients.find;
  const nothingFiltered = finder.filter.q === '' && finder.letter === null && !finder.foreignOnly;
  return (
    <section className={styles.finder} aria-label={find.searchLabel}>
      <Field label={find.searchLabel}>
        <SearchBox
          value={finder.text}
          placeholder={find.searchPlaceholder}
          onChange={(_event, data) => finder.handleTextChange(data.value)}
        />
      </Field>
      <Switch label={find.foreignOnly} checked={finder.foreignOnly} onChange={(_event, data) => finder.handleForeignChange(data.checked)} />
      <AlphabetBar letter={finder.letter} onLetterChange={finder.handleLetterChange} />
      <div className={styles.status} role="status" aria-live="polite">
        <Body1>{finder.isInitialLoading ? find.loading : find.count(finder.total)}</Body1>
        {finder.isSearching && !finder.isInitialLoading && <Spinner size="extra-tiny" aria-label={find.loading} />}
      </div>
      {finder.error !== null ? (
        <MessageBar intent="error">
          <MessageBarBody>{describeError(finder.error)}</MessageBarBody>
          <MessageBarActions>
            <Button onClick={finder.retry}>{t.clients.retry}</Button>
          </MessageBarActions>
        </MessageBar>
      ) : finder.isInitialLoading ? (
        <Spinner size="small" label={find.loading} />
      ) : finder.items.length === 0 ? (
        <div className={styles.empty}>
          <Body1 as="h3">{find.emptyTitle}</Body1>
          <Caption1>{nothingFiltered ? find.emptyStore : find.emptyBody}</Caption1>
        </div>
      ) : (
        <>
          <ClientResults
            items={finder.items}
            total={finder.total}
            selectedIds={finder.selectedIds}
            busy={finder.isSearching}
            onOpenClient={onOpenClient}
            onToggleClient={finder.toggleSelected}
            onNeedMore={finder.loadMore}
          />
          <Caption1>{finder.isFetchingNextPage ? find.loadingMore : find.selectionHint}</Caption1>
        </>
      )}
      <div className={styles.actions}>
        <Button appearance="primary" icon={<PersonAdd20Regular />} onClick={onAddClient}>
          {find.addClient}
        </Button>
        <Button
          icon={<TableAdd20Regular />}
          disabled={finder.total === 0 || finder.insert.isPending}
          onClick={() => finder.insert.mutate()}
        >
          {finder.insert.isPending
            ? find.inserting
            : finder.selectedCount > 0
              ? find.insertSelected(finder.selectedCount)
              : find.insertAll(finder.total)}
        </Button>
      </div>
      {finder.insert.isSuccess && (
        <MessageBar intent="success">
          <MessageBarBody>
            {find.inserted(finder.insert.data.sheetName, finder.insert.data.rows)}
            {finder.insert.data.capped && ` ${find.insertCapped(finder.insert.data.rows)}`}
          </MessageBarBody>
        </MessageBar>
      )}
      {finder.insert.isError && (
        <MessageBar intent="error">
          <MessageBarBody>{find.insertFailed(describeError(finder.insert.error))}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
