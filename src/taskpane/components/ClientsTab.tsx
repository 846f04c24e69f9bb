import { Body1, Caption1, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import { PeopleSearch24Regular } from '@fluentui/react-icons';
import { useI18n } from '../i18n/I18nContext';

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

/** The "Clients" tab: what it is for, and an honest empty state until search exists. */
export function ClientsTab() {
  const styles = useStyles();
  const { t } = useI18n();
  return (
    <div className={styles.tab}>
      <Subtitle2 as="h2">{t.clients.title}</Subtitle2>
      <Body1>{t.clients.description}</Body1>
      <div className={styles.empty}>
        <PeopleSearch24Regular aria-hidden />
        <Body1 as="h3">{t.clients.emptyTitle}</Body1>
        <Caption1>{t.clients.emptyBody}</Caption1>
      </div>
    </div>
  );
}
