import { Button, makeStyles, Spinner, Text, tokens } from '@fluentui/react-components';
import {
  ArrowClockwise20Regular,
  CheckmarkCircle20Filled,
  ErrorCircle20Filled,
  PlugDisconnected20Regular,
  Warning20Filled,
} from '@fluentui/react-icons';
import { useI18n } from '../i18n/I18nContext';
import type { StoreStatus } from '../store/StoreConnection';
import { describeStoreStatus, type StatusTone } from './describeStoreStatus';

const useStyles = makeStyles({
  line: {
    display: 'flex',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    paddingBlock: tokens.spacingVerticalS,
    paddingInline: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  text: { display: 'flex', flexDirection: 'column', flexGrow: 1, minWidth: 0 },
  success: { color: tokens.colorStatusSuccessForeground1 },
  warning: { color: tokens.colorStatusWarningForeground1 },
  danger: { color: tokens.colorStatusDangerForeground1 },
  neutral: { color: tokens.colorNeutralForeground3 },
});

type StatusLineProps = { status: StoreStatus; onRecheck: () => void };

/** One line saying whether the store is reachable and the token accepted. */
export function StatusLine({ status, onRecheck }: StatusLineProps) {
  const styles = useStyles();
  const { t } = useI18n();
  const description = describeStoreStatus(status, t);
  return (
    <div className={styles.line}>
      <StatusIcon status={status} tone={description.tone} className={styles[description.tone]} />
      <div role="status" aria-label={t.status.label} className={styles.text}>
        <Text weight="semibold">{description.title}</Text>
        {description.details && <Text size={200}>{description.details}</Text>}
      </div>
      {status.state !== 'not_configured' && (
        <Button
          appearance="subtle"
          icon={<ArrowClockwise20Regular />}
          aria-label={t.status.recheck}
          title={t.status.recheck}
          disabled={status.state === 'checking'}
          onClick={onRecheck}
        />
      )}
    </div>
  );
}

type StatusIconProps = { status: StoreStatus; tone: StatusTone; className: string };

function StatusIcon({ status, tone, className }: StatusIconProps) {
  if (status.state === 'checking') return <Spinner size="extra-tiny" />;
  if (status.state === 'unreachable') return <PlugDisconnected20Regular aria-hidden className={className} />;
  switch (tone) {
    case 'success':
      return <CheckmarkCircle20Filled aria-hidden className={className} />;
    case 'warning':
      return <Warning20Filled aria-hidden className={className} />;
    case 'danger':
      return <ErrorCircle20Filled aria-hidden className={className} />;
    case 'neutral':
      return <PlugDisconnected20Regular aria-hidden className={className} />;
  }
}
