import { Body1, Button, Field, makeStyles, MessageBar, MessageBarBody, Radio, RadioGroup, tokens } from '@fluentui/react-components';
import { ArrowSwap20Regular } from '@fluentui/react-icons';
import type { ColumnKey } from '@/domain';
import { useI18n } from '../i18n/I18nContext';
import { focusOnMount } from './focusOnMount';
import { mergeFields, type FieldPick, type MergeFlow } from './useDuplicatePairs';
import { useClientValueText } from './useClientValueText';

const useStyles = makeStyles({
  choice: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  heading: { margin: 0 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

type MergeChoiceProps = {
  choice: Extract<MergeFlow, { step: 'choose' }>;
  merging: boolean;
  error: string | null;
  onPick: (key: ColumnKey, side: FieldPick) => void;
  onSwitchSurvivor: () => void;
  onConfirm: () => void;
  onCancel: () => void;
};

/** The field-by-field choice of a merge: which record is kept (switchable), then the value to keep for each differing field. */
export function MergeChoice({ choice, merging, error, onPick, onSwitchSurvivor, onConfirm, onCancel }: MergeChoiceProps) {
  const styles = useStyles();
  const { t } = useI18n();
  const texts = t.clients.duplicates;
  const valueText = useClientValueText();
  const { survivor, other } = choice;
  const fields = mergeFields(survivor, other);
  return (
    <section className={styles.choice} aria-label={texts.chooseTitle}>
      <h3 className={styles.heading} tabIndex={-1} ref={focusOnMount}>
        {texts.chooseTitle}
      </h3>
      <Body1>{texts.chooseIntro(survivor.code, other.code)}</Body1>
      <div>
        <Button icon={<ArrowSwap20Regular />} disabled={merging} onClick={onSwitchSurvivor}>
          {texts.switchSurvivor(other.code)}
        </Button>
      </div>
      {fields.length === 0 ? (
        <Body1>{texts.noDifference}</Body1>
      ) : (
        fields.map((key) => (
          <Field key={key} label={texts.fieldChoice(t.clients.fields[key])}>
            <RadioGroup value={choice.picks[key] ?? 'survivor'} onChange={(_event, data) => onPick(key, data.value as FieldPick)}>
              <Radio value="survivor" label={`${survivor.code} · ${valueText(key, survivor[key])}`} disabled={merging} />
              <Radio value="other" label={`${other.code} · ${valueText(key, other[key])}`} disabled={merging} />
            </RadioGroup>
          </Field>
        ))
      )}
      {error !== null && (
        <MessageBar intent="error">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.actions}>
        <Button appearance="primary" disabled={merging} onClick={onConfirm}>
          {merging ? texts.merging : texts.confirm}
        </Button>
        <Button disabled={merging} onClick={onCancel}>
          {texts.cancel}
        </Button>
      </div>
    </section>
  );
}
