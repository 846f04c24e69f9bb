import { Button, makeStyles, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, tokens } from '@fluentui/react-components';
import type { Client } from '@/contract/Client';
import { useI18n } from '../i18n/I18nContext';
import type { ConflictChange } from './conflictChanges';
import { formatDateTime } from './formatDateTime';

const useStyles = makeStyles({ list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL } });

type ConflictPanelProps = { current: Client; changes: ConflictChange[]; onReload: () => void; onOverwrite: () => void };

/** Someone saved first: who, when, what they changed; reload their version or overwrite it. */
export function ConflictPanel({ current, changes, onReload, onOverwrite }: ConflictPanelProps) {
  const styles = useStyles();
  const { t, language } = useI18n();
  const texts = t.clients.conflict;
  const empty = t.clients.profile.empty;
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{texts.title}</MessageBarTitle>
        {texts.body(current.updatedBy, formatDateTime(current.updatedAt, language))}
        {changes.length === 0 ? (
          <div>{texts.noFieldChange}</div>
        ) : (
          <ul className={styles.list}>
            {changes.map((change) => (
              <li key={change.key}>{texts.change(t.clients.fields[change.key], change.before ?? empty, change.after ?? empty)}</li>
            ))}
          </ul>
        )}
      </MessageBarBody>
      <MessageBarActions>
        <Button onClick={onReload}>{texts.reload}</Button>
        {/* Not primary: the form's own button stays the one primary action of the view. */}
        <Button onClick={onOverwrite}>{texts.overwrite}</Button>
      </MessageBarActions>
    </MessageBar>
  );
}
