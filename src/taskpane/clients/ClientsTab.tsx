import { Body1, Caption1, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import { PlugDisconnected24Regular } from '@fluentui/react-icons';
import { useI18n } from '../i18n/I18nContext';
import { useStore } from '../store/StoreProvider';
import { ClientsWorkspace } from './ClientsWorkspace';

const useStyles = makeStyles({
  tab: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  empty: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'center',
    textAlign: 'center',
    rowGap: tokens.spacingVerticalS,
    paddingBlock: tokens.spacingVerticalXXL,
    color: tokens.colorNeutralForeground3,
  },
});

/** The "Clients" tab: find, open, edit and create clients once the pane is connected to a store. */
export function ClientsTab() {
  const styles = useStyles();
  const { t } = useI18n();
  const store = useStore().connected;
  return (
    <div className={styles.tab}>
      <Subtitle2 as="h2">{t.clients.title}</Subtitle2>
      {store === null ? (
        <div className={styles.empty}>
          <PlugDisconnected24Regular aria-hidden />
          <Body1>{t.clients.description}</Body1>
          <Caption1>{t.clients.notConnected}</Caption1>
        </div>
      ) : (
        <ClientsWorkspace key={store.storeUrl} store={store} />
      )}
    </div>
  );
}
