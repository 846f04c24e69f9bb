import { Link, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, tokens, typographyStyles } from '@fluentui/react-components';
import type { MouseEvent } from 'react';
import type { DuplicateCandidate } from '@/contract/DuplicateCandidate';
import { describeMatchReasons } from '@/domain';
import { useI18n } from '../i18n/I18nContext';
import { clientDisplayName } from './clientDisplayName';

const useStyles = makeStyles({
  list: {
    margin: 0,
    marginBlockStart: tokens.spacingVerticalXS,
    paddingInlineStart: 0,
    listStyleType: 'none',
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
  },
  name: { ...typographyStyles.body1Strong },
  // A code never breaks at its hyphen.
  code: { whiteSpace: 'nowrap' },
  reasons: { display: 'block', '::first-letter': { textTransform: 'uppercase' } },
  text: { display: 'block', marginBlockStart: tokens.spacingVerticalXS },
});

type DuplicateWarningProps = {
  candidates: readonly DuplicateCandidate[];
  /** The store refused to create the client for them (the form then offers « Créer quand même »). */
  refused: boolean;
  onOpenCandidate: (event: MouseEvent<HTMLElement>, data: { candidate: DuplicateCandidate }) => void;
};

/**
 * « Ce client existe peut-être déjà »: the stored clients a new one probably is, best first, each with its name, its
 * code, why (the domain's reasons in words) and « Ouvrir la fiche ». Not a live region: the form's hook announces it
 * once through the pane's announcer.
 */
export function DuplicateWarning({ candidates, refused, onOpenCandidate }: DuplicateWarningProps) {
  const styles = useStyles();
  const { t, language } = useI18n();
  const texts = t.clients.twinWarning;
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{texts.title}</MessageBarTitle>
        <span className={styles.text}>{texts.intro(candidates.length)}</span>
        <ul className={styles.list}>
          {candidates.map((candidate) => {
            const name = clientDisplayName(candidate);
            return (
              <li key={candidate.id}>
                <span className={styles.name}>{name}</span> <span className={styles.code}>({candidate.code})</span>
                <span className={styles.reasons}>{describeMatchReasons(candidate.reasons, language)}</span>
                <Link
                  as="button"
                  type="button"
                  aria-label={texts.openLabel(`${name} (${candidate.code})`)}
                  onClick={(event) => onOpenCandidate(event, { candidate })}
                >
                  {texts.open}
                </Link>
              </li>
            );
          })}
        </ul>
        {/* Last, right above the form's buttons: the refusal adds only this text there, and the buttons move down by its
            height, so the second click of a double click on « Enregistrer le client » finds text where the button was,
            not « Créer quand même » nor a link. */}
        {refused && <span className={styles.text}>{texts.refused}</span>}
      </MessageBarBody>
    </MessageBar>
  );
}
