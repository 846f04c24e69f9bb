import {
  Badge,
  Body1Strong,
  Button,
  Caption1,
  Field,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Select,
  tokens,
  useId,
  type BadgeProps,
} from '@fluentui/react-components';
import { ChevronDown20Regular, ChevronUp20Regular } from '@fluentui/react-icons';
import { isStoreClientError } from '@/api-client/StoreClientError';
import { isMappingTarget, type ColumnMapping, type MappingTarget } from '@/domain';
import type { ActiveSheetValidation } from '@/excel/marks/validateActiveSheet';
import { formatDate } from '../clients/formatDateTime';
import { useI18n } from '../i18n/I18nContext';
import { lineConfidence, TARGET_CHOICES, type LineConfidence, type MappingLine } from './mappingDraft';
import { useColumnMappingStep } from './useColumnMappingStep';
import { usePrimaryAppearance } from '../components/primaryAction';

const useStyles = makeStyles({
  step: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, minWidth: 0 },
  notices: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  section: { display: 'flex', flexDirection: 'column', alignItems: 'stretch', rowGap: tokens.spacingVerticalS, minWidth: 0 },
  toggle: { alignSelf: 'flex-start', maxWidth: '100%' },
  body: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, minWidth: 0 },
  list: { margin: 0, padding: 0, listStyleType: 'none', display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  line: {
    display: 'flex',
    flexDirection: 'column',
    minWidth: 0,
    paddingBlockEnd: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  field: { minWidth: 0 },
  samples: { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  select: { minWidth: 0, width: '100%' },
  meta: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
    minWidth: 0,
    overflowWrap: 'anywhere',
  },
  actions: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS },
});

const badgeColors: Record<LineConfidence, BadgeProps['color']> = {
  exact: 'success',
  strong: 'brand',
  weak: 'warning',
  user: 'informative',
  unknown: 'subtle',
  other: 'subtle',
};

/** Saving the last confirmed mapping in the store, as the session reports it. */
export type MappingSaveState = { isPending: boolean; isSaved: boolean; error: unknown };

type ColumnMappingStepProps = {
  /** The validation on screen; null: nothing to map (the notices' live region stays). */
  result: ActiveSheetValidation | null;
  save: MappingSaveState;
  busy: boolean;
  /** "Appliquer et valider": every line's decision, in column order. */
  onApply: (mapping: ColumnMapping) => void;
  /** The mapping is the tab's next step: "Appliquer et valider" is its one primary button. */
  leading: boolean;
};

/**
 * The mapping step of a validated sheet: one line per source column (its header, first values, the field it feeds,
 * how sure, the other candidates), the required fields nothing feeds first; the user changes lines, then applies
 * (the sheet is validated again with the mapping) or cancels. Says when a remembered mapping was applied (who saved it,
 * when) and what became of saving a confirmed one. Lines are stacked, so it fits a 320 px pane.
 */
export function ColumnMappingStep({ result, save, busy, onApply, leading }: ColumnMappingStepProps) {
  const primary = usePrimaryAppearance(leading);
  const styles = useStyles();
  const { t, language } = useI18n();
  const step = useColumnMappingStep(result, onApply);
  const titleId = useId('mapping-title');
  const bodyId = useId('mapping-body');
  const source = result?.mapping.source ?? 'engine';
  return (
    <div className={styles.step}>
      <div role="status" className={styles.notices}>
        {result !== null && source === 'remembered' && (
          <MessageBar intent="info" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{t.mapping.remembered}</MessageBarTitle>
              {t.mapping.rememberedBy(result.mapping.savedBy ?? '', formatDate(result.mapping.savedAt ?? '', language))}
            </MessageBarBody>
            {!step.open && (
              <MessageBarActions>
                <Button onClick={step.handleReview}>{t.mapping.review}</Button>
              </MessageBarActions>
            )}
          </MessageBar>
        )}
        {result !== null && source === 'confirmed' && (
          <MessageBar intent="success" layout="multiline">
            <MessageBarBody>
              {t.mapping.confirmed} {save.isPending ? t.mapping.saving : save.isSaved ? t.mapping.saved : null}
            </MessageBarBody>
          </MessageBar>
        )}
        {result !== null && save.error !== null && (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>
              {t.mapping.saveFailed(isStoreClientError(save.error) ? t.status.failed(save.error.code) : null)}
            </MessageBarBody>
          </MessageBar>
        )}
      </div>
      {result !== null && step.lines.length > 0 && (
        <section className={styles.section} aria-labelledby={titleId}>
          <Body1Strong as="h3" id={titleId}>
            {t.mapping.title}
          </Body1Strong>
          <Button
            className={styles.toggle}
            appearance="secondary"
            icon={step.open ? <ChevronUp20Regular /> : <ChevronDown20Regular />}
            aria-expanded={step.open}
            aria-controls={bodyId}
            onClick={step.handleToggle}
          >
            {step.open ? t.mapping.close : t.mapping.open}
          </Button>
          {step.open && (
            <div id={bodyId} className={styles.body}>
              {!step.headerFound && (
                <MessageBar intent="warning" layout="multiline">
                  <MessageBarBody>{t.mapping.headerNotFound}</MessageBarBody>
                </MessageBar>
              )}
              <div aria-live="polite">
                {step.unfed.length > 0 && (
                  <ul className={styles.list} aria-label={t.mapping.unfedTitle}>
                    {step.unfed.map((key) => (
                      <li key={key}>
                        <MessageBar intent="error" layout="multiline">
                          <MessageBarBody>{t.mapping.unfedRequired(key)}</MessageBarBody>
                        </MessageBar>
                      </li>
                    ))}
                  </ul>
                )}
              </div>
              <Caption1>{t.mapping.intro}</Caption1>
              <ul className={styles.list} aria-label={t.mapping.linesLabel}>
                {step.lines.map((line) => (
                  <MappingLineField key={line.index} line={line} onChange={step.handleChange} />
                ))}
              </ul>
              <div className={styles.actions}>
                <Button appearance={primary} disabled={busy} onClick={step.handleApply}>
                  {t.mapping.apply}
                </Button>
                <Button disabled={busy} onClick={step.handleCancel}>
                  {t.mapping.cancel}
                </Button>
              </div>
            </div>
          )}
        </section>
      )}
    </div>
  );
}

type MappingLineFieldProps = { line: MappingLine; onChange: (index: number, target: MappingTarget) => void };

/** One source column: its header (the dropdown's label), first values, the field it feeds, how sure, the other candidates. */
function MappingLineField({ line, onChange }: MappingLineFieldProps) {
  const styles = useStyles();
  const { t } = useI18n();
  const confidence = lineConfidence(line);
  const samples = line.samples.length > 0 ? line.samples.join(' · ') : t.mapping.noSamples;
  const asValidated = line.target === line.validated;
  return (
    <li className={styles.line}>
      <Field
        className={styles.field}
        label={{ children: t.mapping.lineLabel(line.header, line.column), weight: 'semibold' }}
        hint={{ children: samples, title: samples, className: styles.samples }}
        validationState="none"
        validationMessage={{
          className: styles.meta,
          children: (
            <>
              <Badge appearance="tint" color={badgeColors[confidence]}>
                {t.mapping.confidence(confidence)}
              </Badge>
              {asValidated && line.alternatives.length > 0 && <span>{t.mapping.alternatives(line.alternatives)}</span>}
              {asValidated && line.readInstead !== null && (
                <span>{t.mapping.readInstead(line.readInstead.key, line.readInstead.header, line.readInstead.column)}</span>
              )}
            </>
          ),
        }}
      >
        <Select
          className={styles.select}
          value={line.target}
          onChange={(_, data) => {
            if (isMappingTarget(data.value)) onChange(line.index, data.value);
          }}
        >
          {TARGET_CHOICES.map((target) => (
            <option key={target} value={target}>
              {t.mapping.target(target)}
            </option>
          ))}
        </Select>
      </Field>
    </li>
  );
}
