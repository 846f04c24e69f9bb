import { Badge, Body1, Button, Caption1, makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import type { Client } from '@/contract/Client';
import type { DuplicatePair } from '@/contract/DuplicatePairs';
import type { ColumnKey } from '@/domain';
import { useI18n } from '../i18n/I18nContext';
import { clientDisplayName } from './clientDisplayName';
import { formatDate } from './formatDateTime';
import { useClientValueText } from './useClientValueText';

const useStyles = makeStyles({
  card: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  sides: { display: 'grid', gridTemplateColumns: '1fr 1fr', columnGap: tokens.spacingHorizontalS },
  side: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS, minWidth: 0, overflowWrap: 'anywhere' },
  name: { ...typographyStyles.body1Strong, margin: 0 },
  code: { whiteSpace: 'nowrap' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

/** What each side shows of a client: enough to tell two people apart. */
const SHOWN: readonly ColumnKey[] = ['email', 'phone', 'mobile', 'birthDate', 'postalCode', 'city', 'company'];

type DuplicatePairCardProps = {
  pair: DuplicatePair;
  busy: boolean;
  onMerge: (pair: DuplicatePair) => void;
  onDismiss: (pair: DuplicatePair) => void;
};

/** One probable pair: its probability and reasons in words, both clients side by side (the older first), the actions. */
export function DuplicatePairCard({ pair, busy, onMerge, onDismiss }: DuplicatePairCardProps) {
  const styles = useStyles();
  const { t, language } = useI18n();
  const texts = t.clients.duplicates;
  const valueText = useClientValueText();
  const [older, newer] = pair.clients;
  const side = (client: Client, first: boolean) => (
    <div className={styles.side}>
      <h4 className={styles.name}>{clientDisplayName(client)}</h4>
      <Caption1 className={styles.code}>{client.code}</Caption1>
      <Caption1>{texts.createdOn(formatDate(client.createdAt, language))}</Caption1>
      {first && (
        <div>
          <Badge appearance="tint" color="informative">
            {texts.older}
          </Badge>
        </div>
      )}
      {SHOWN.filter((key) => client[key]).map((key) => (
        <Caption1 key={key}>{texts.sideValue(t.clients.fields[key], valueText(key, client[key]))}</Caption1>
      ))}
    </div>
  );
  return (
    <article className={styles.card} aria-label={texts.pairLabel(clientDisplayName(older), clientDisplayName(newer))}>
      <Body1>
        <strong>{texts.score(Math.round(pair.score * 100))}</strong> · {pair.description}
      </Body1>
      <div className={styles.sides}>
        {side(older, true)}
        {side(newer, false)}
      </div>
      <div className={styles.actions}>
        <Button appearance="primary" disabled={busy} onClick={() => onMerge(pair)}>
          {texts.merge}
        </Button>
        <Button disabled={busy} onClick={() => onDismiss(pair)}>
          {texts.dismiss}
        </Button>
      </div>
    </article>
  );
}
