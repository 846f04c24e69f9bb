import {
  Body1,
  Button,
  Caption1,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Spinner,
  tokens,
} from '@fluentui/react-components';
import { ArrowLeft20Regular, ArrowUndo20Regular } from '@fluentui/react-icons';
import { useI18n } from '../i18n/I18nContext';
import { DuplicatePairCard } from './DuplicatePairCard';
import { focusOnMount } from './focusOnMount';
import { MergeChoice } from './MergeChoice';
import { useDescribeError } from './useDescribeError';
import { useDuplicatePairs } from './useDuplicatePairs';
import type { ConnectedStore } from '../store/StoreProvider';

const useStyles = makeStyles({
  screen: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  heading: { margin: 0 },
  list: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, margin: 0, padding: 0, listStyleType: 'none' },
  empty: { color: tokens.colorNeutralForeground3 },
});

type DuplicatePairsProps = { store: ConnectedStore; onBack: () => void; onOpenClient: (id: string) => void };

/**
 * « Doublons probables »: the probable pairs of the base, best first (more with the cursor), each side by side with its
 * reasons; « Fusionner » opens the field-by-field choice; a merge done says so, with « Annuler la fusion » and the
 * survivor's profile; « Pas le même client » sets the pair aside.
 */
export function DuplicatePairs({ store, onBack, onOpenClient }: DuplicatePairsProps) {
  const styles = useStyles();
  const { t } = useI18n();
  const describeError = useDescribeError();
  const texts = t.clients.duplicates;
  const state = useDuplicatePairs(store);
  const { flow, pairs } = state;

  if (flow.step === 'choose')
    return (
      <MergeChoice
        choice={flow}
        merging={state.merge.isPending}
        error={state.merge.isError ? describeError(state.merge.error) : null}
        onPick={state.pick}
        onSwitchSurvivor={state.switchSurvivor}
        onConfirm={() => state.merge.mutate(flow)}
        onCancel={state.backToList}
      />
    );

  const busy = state.dismiss.isPending || state.merge.isPending || state.unmerge.isPending;
  return (
    <section className={styles.screen} aria-label={texts.title}>
      <div>
        <Button icon={<ArrowLeft20Regular />} onClick={onBack}>
          {texts.back}
        </Button>
      </div>
      <h3 className={styles.heading} tabIndex={-1} ref={focusOnMount}>
        {texts.title}
      </h3>
      {flow.step === 'merged' && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>{texts.done(flow.result.client.code, flow.result.merged.code)}</MessageBarBody>
          <MessageBarActions>
            <Button icon={<ArrowUndo20Regular />} disabled={busy} onClick={() => state.unmerge.mutate(flow.result)}>
              {state.unmerge.isPending ? texts.undoing : texts.undo}
            </Button>
            <Button onClick={() => onOpenClient(flow.result.client.id)}>{texts.openProfile(flow.result.client.code)}</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {flow.step === 'unmerged' && (
        <MessageBar intent="success">
          <MessageBarBody>{texts.undone}</MessageBarBody>
        </MessageBar>
      )}
      {[state.unmerge, state.dismiss].map(
        (mutation, index) =>
          mutation.isError && (
            <MessageBar key={index} intent="error">
              <MessageBarBody>{describeError(mutation.error)}</MessageBarBody>
            </MessageBar>
          ),
      )}
      <Body1>{texts.intro}</Body1>
      {pairs.isError ? (
        <MessageBar intent="error">
          <MessageBarBody>{describeError(pairs.error)}</MessageBarBody>
          <MessageBarActions>
            <Button onClick={() => void pairs.refetch()}>{t.clients.retry}</Button>
          </MessageBarActions>
        </MessageBar>
      ) : pairs.isPending ? (
        <Spinner size="small" label={texts.loading} />
      ) : state.items.length === 0 ? (
        <Body1 className={styles.empty}>{texts.empty}</Body1>
      ) : (
        <ul className={styles.list} aria-label={texts.listLabel}>
          {state.items.map((pair) => (
            <li key={`${pair.clients[0].id} ${pair.clients[1].id}`}>
              <DuplicatePairCard pair={pair} busy={busy} onMerge={state.chooseMerge} onDismiss={(chosen) => state.dismiss.mutate(chosen)} />
            </li>
          ))}
        </ul>
      )}
      {pairs.hasNextPage && (
        <div>
          <Button disabled={pairs.isFetchingNextPage} onClick={() => void pairs.fetchNextPage()}>
            {pairs.isFetchingNextPage ? texts.loadingMore : texts.loadMore}
          </Button>
        </div>
      )}
      {pairs.isFetching && !pairs.isPending && <Caption1>{texts.loadingMore}</Caption1>}
    </section>
  );
}
