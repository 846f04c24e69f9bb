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
import { PeopleSwap20Regular, PersonAdd20Regular, TableAdd20Regular } from '@fluentui/react-icons';
import type { Ref } from 'react';
import type { Client } from '@/contract/Client';
import { useI18n } from '../i18n/I18nContext';
import { AlphabetBar } from './AlphabetBar';
import { ClientResults } from './ClientResults';
import type { ClientFinderState } from './useClientFinder';
import { useDescribeError } from './useDescribeError';
import { usePrimaryAppearance } from '../components/primaryAction';

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
  switches: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalM },
});

type ClientFinderProps = {
  finder: ClientFinderState;
  /** The search box: where the focus goes back to on "Retour à la liste". */
  searchRef?: Ref<HTMLInputElement>;
  onOpenClient: (client: Client) => void;
  onAddClient: () => void;
  /** « Doublons probables »: the pairs of the base that are probably one person. */
  onShowDuplicates: () => void;
};

/**
 * Find: the search box, "Clients étrangers", "Clients supprimés", A–Z, the count (announced by the
 * finder), the results or an empty state naming the active filters, and the list's actions.
 */
export function ClientFinder({ finder, searchRef, onOpenClient, onAddClient, onShowDuplicates }: ClientFinderProps) {
  const primary = usePrimaryAppearance();
  const styles = useStyles();
  const { t } = useI18n();
  const describeError = useDescribeError();
  const find = t.clients.find;
  const activeFilters = [
    finder.letter !== null && find.letterFilter(finder.letter),
    finder.foreignOnly && find.foreignOnly,
    finder.deletedOnly && find.deletedOnly,
  ].filter((name): name is string => typeof name === 'string');
  return (
    <section className={styles.finder} aria-label={find.searchLabel}>
      <Field label={find.searchLabel}>
        <SearchBox
          ref={searchRef}
          value={finder.text}
          placeholder={find.searchPlaceholder}
          onChange={(_event, data) => finder.handleTextChange(data.value)}
        />
      </Field>
      <div className={styles.switches}>
        <Switch
          label={find.foreignOnly}
          checked={finder.foreignOnly}
          onChange={(_event, data) => finder.handleForeignChange(data.checked)}
        />
        <Switch
          label={find.deletedOnly}
          checked={finder.deletedOnly}
          onChange={(_event, data) => finder.handleDeletedChange(data.checked)}
        />
      </div>
      <AlphabetBar letter={finder.letter} onLetterChange={finder.handleLetterChange} />
      <div className={styles.status}>
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
          <Body1 as="h3">{finder.deletedOnly ? find.emptyDeletedTitle : find.emptyTitle}</Body1>
          {activeFilters.length > 0 ? (
            <>
              <Caption1>{find.activeFilters(activeFilters)}</Caption1>
              <div>
                <Button onClick={finder.clearFilters}>{activeFilters.length > 1 ? find.removeFilters : find.removeFilter}</Button>
              </div>
            </>
          ) : (
            <Caption1>{finder.filter.q === '' ? find.emptyStore : find.emptyBody}</Caption1>
          )}
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
        <Button appearance={primary} icon={<PersonAdd20Regular />} onClick={onAddClient}>
          {find.addClient}
        </Button>
        {!finder.deletedOnly && (
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
        )}
        <Button icon={<PeopleSwap20Regular />} onClick={onShowDuplicates}>
          {t.clients.duplicates.open}
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
