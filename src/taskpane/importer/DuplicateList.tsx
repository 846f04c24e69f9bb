import {
  Body1Strong,
  Button,
  Caption1,
  Field,
  makeStyles,
  Radio,
  RadioGroup,
  shorthands,
  tokens,
  typographyStyles,
} from '@fluentui/react-components';
import { useState } from 'react';
import { describeMatchReasons, templateCellValue, type ClientValues } from '@/domain';
import { formatDay } from '../clients/formatDateTime';
import { useI18n } from '../i18n/I18nContext';
import {
  chooseAllDuplicates,
  decidedDuplicates,
  type DuplicateChoice,
  type DuplicateChoiceKind,
  type DuplicateChoices,
  type DuplicateDecision,
  type SheetDuplicate,
} from './duplicateChoices';
import { useChoiceListStyles } from './useChoiceListStyles';

const useStyles = makeStyles({
  details: {
    ...typographyStyles.caption1,
    display: 'flex',
    flexDirection: 'column',
    margin: 0,
    padding: 0,
    listStyleType: 'none',
    overflowWrap: 'anywhere',
  },
  candidates: {
    ...typographyStyles.caption1,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
    paddingBlock: tokens.spacingVerticalXS,
    paddingInline: tokens.spacingHorizontalS,
    listStyleType: 'none',
    overflowWrap: 'anywhere',
    backgroundColor: tokens.colorNeutralBackground3,
    ...shorthands.borderRadius(tokens.borderRadiusMedium),
  },
});

type DuplicateListProps = {
  /** The rows not created because the store probably has them, as an import found them. */
  duplicates: readonly SheetDuplicate[];
  /** Rows the user chose to ignore (no longer listed). */
  ignored: number;
  busy: boolean;
  /** « Appliquer les choix »: the decided rows. */
  onApply: (decisions: DuplicateDecision[]) => void;
};

/** "Dupont Marie": a row's name as the sheet has it. */
const nameOf = (values: ClientValues) => [values.lastName, values.firstName].filter((part) => part).join(' ');

/** The radio value of a choice: `same:<candidate id>`, `create`, `ignore`. */
const valueOf = (choice: DuplicateChoice | undefined) =>
  choice === undefined ? '' : choice.kind === 'same' ? `same:${choice.candidateId}` : choice.kind;
const choiceOf = (value: string): DuplicateChoice =>
  value.startsWith('same:') ? { kind: 'same', candidateId: value.slice('same:'.length) } : { kind: value as 'create' | 'ignore' };

/**
 * The rows an import did not create because the store probably has them: each row (its number, name, e-mail, postal
 * code and city, birth date) with its candidates beside it (code, name, how probable, the reasons in words), and a
 * choice per row: « C'est le même client » (which one, when several), « Créer quand même », « Ignorer »; « … pour
 * tous »; « Appliquer les choix » for the rows decided. It only renders and keeps the choices being made; what a choice
 * does is the caller's.
 */
export function DuplicateList({ duplicates, ignored, busy, onApply }: DuplicateListProps) {
  const layout = useChoiceListStyles();
  const styles = useStyles();
  const { t, language } = useI18n();
  const texts = t.importer.duplicates;
  const [choices, setChoices] = useState<DuplicateChoices>({});
  const decided = decidedDuplicates(duplicates, choices);
  const chooseAll = (kind: DuplicateChoiceKind) => setChoices(chooseAllDuplicates(choices, duplicates, kind));
  const shown = (values: ClientValues, key: 'email' | 'postalCode' | 'city') => templateCellValue(key, values[key] ?? null);
  return (
    <section className={layout.list} aria-label={texts.title(duplicates.length)}>
      <Body1Strong as="h4" className={layout.heading}>
        {texts.title(duplicates.length)}
      </Body1Strong>
      <Caption1>{texts.intro}</Caption1>
      {ignored > 0 && <Caption1>{texts.ignored(ignored)}</Caption1>}
      <div className={layout.actions}>
        <Button disabled={busy} onClick={() => chooseAll('same')}>
          {texts.sameAll}
        </Button>
        <Button disabled={busy} onClick={() => chooseAll('create')}>
          {texts.createAll}
        </Button>
        <Button disabled={busy} onClick={() => chooseAll('ignore')}>
          {texts.ignoreAll}
        </Button>
      </div>
      <ul className={layout.list}>
        {duplicates.map((duplicate) => {
          const { values, candidates } = duplicate;
          const title = texts.row(duplicate.row, nameOf(values));
          const place = [shown(values, 'postalCode'), shown(values, 'city')].filter((part) => part).join(' ');
          const email = shown(values, 'email');
          const birthDate = values.birthDate ? formatDay(values.birthDate, language) : null;
          return (
            <li key={duplicate.row} className={layout.row} aria-label={title}>
              <Body1Strong>{title}</Body1Strong>
              <ul className={styles.details}>
                {email && <li>{texts.email(email)}</li>}
                {place && <li>{texts.place(place)}</li>}
                {birthDate && <li>{texts.birthDate(birthDate)}</li>}
              </ul>
              <Caption1>{texts.candidatesTitle(candidates.length)}</Caption1>
              <ul className={styles.candidates}>
                {candidates.map((candidate) => (
                  <li key={candidate.id}>
                    {texts.candidate(
                      candidate.code,
                      `${candidate.lastName} ${candidate.firstName}`,
                      candidate.score,
                      describeMatchReasons(candidate.reasons, language),
                    )}
                  </li>
                ))}
              </ul>
              <Field label={texts.choiceLabel(duplicate.row)}>
                <RadioGroup
                  disabled={busy}
                  value={valueOf(choices[duplicate.row])}
                  onChange={(_event, data) => setChoices({ ...choices, [duplicate.row]: choiceOf(data.value) })}
                >
                  {candidates.map((candidate) => (
                    <Radio
                      key={candidate.id}
                      value={`same:${candidate.id}`}
                      label={candidates.length > 1 ? texts.sameAs(candidate.code) : texts.same}
                    />
                  ))}
                  <Radio value="create" label={texts.create} />
                  <Radio value="ignore" label={texts.ignore} />
                </RadioGroup>
              </Field>
            </li>
          );
        })}
      </ul>
      <Button appearance="primary" disabled={busy || decided.length === 0} onClick={() => onApply(decided)}>
        {texts.apply(decided.length)}
      </Button>
      {decided.length === 0 && <Caption1>{texts.undecided}</Caption1>}
    </section>
  );
}
