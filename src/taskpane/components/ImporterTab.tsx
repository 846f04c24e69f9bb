import { Body1, Body1Strong, Caption1, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import { useI18n } from '../i18n/I18nContext';
import { ActiveSheetSummary } from './ActiveSheetSummary';

const useStyles = makeStyles({
  tab: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  steps: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
});

/** The "Importer" tab: the active sheet, and the steps of an import. */
export function ImporterTab() {
  const styles = useStyles();
  const { t } = useI18n();
  return (
    <div className={styles.tab}>
      <Subtitle2 as="h2">{t.importer.title}</Subtitle2>
      <ActiveSheetSummary />
      <section aria-label={t.importer.stepsTitle}>
        <Body1Strong as="h3">{t.importer.stepsTitle}</Body1Strong>
        <ol className={styles.steps}>
          {t.importer.steps.map((step) => (
            <li key={step}>
              <Body1>{step}</Body1>
            </li>
          ))}
        </ol>
        <Caption1>{t.importer.stepsComing}</Caption1>
      </section>
    </div>
  );
}
