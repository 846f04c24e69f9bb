import { useMemo, useState } from 'react';
import type { FieldError } from '@/contract/ApiError';
import { describeIssue, ISSUE_SEVERITY, normalizeClientValues, type ColumnKey } from '@/domain';
import { useI18n } from '../i18n/I18nContext';
import { changedKeys, type ClientDraft } from './ClientDraft';

export type FieldMessage = { state: 'error' | 'warning'; text: string };

/**
 * A client form's values, checked by the template engine as they are typed (the same rules and
 * texts as the sheet validation). A field's message shows once it was edited, or after a submit;
 * the store's own field errors (a taken email) show until the field changes again.
 */
export function useClientDraft(initial: ClientDraft, homeCountry: string) {
  const { language } = useI18n();
  const [start, setStart] = useState(initial);
  const [draft, setDraft] = useState(initial);
  const [touched, setTouched] = useState<ReadonlySet<ColumnKey>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const [storeErrors, setStoreErrors] = useState<FieldError[]>([]);
  const checked = useMemo(() => normalizeClientValues(draft, { homeCountry }), [draft, homeCountry]);
  const errorCount = checked.problems.filter((problem) => ISSUE_SEVERITY[problem.code] === 'error').length;

  const messages: Partial<Record<ColumnKey, FieldMessage>> = {};
  for (const error of storeErrors) messages[error.path as ColumnKey] = { state: 'error', text: error.message };
  for (const problem of checked.problems) {
    if (!submitted && !touched.has(problem.key)) continue;
    const state = ISSUE_SEVERITY[problem.code];
    if (state === 'info') continue;
    if (messages[problem.key]?.state === 'error' && state === 'warning') continue;
    messages[problem.key] = { state, text: describeIssue(problem, language) };
  }

  return {
    draft,
    normalized: checked.values,
    /** The engine's problems with the values as typed (shown or not yet). */
    problems: checked.problems,
    messages,
    errorCount,
    submitted,
    dirty: changedKeys(start, draft).length > 0,
    changed: changedKeys(start, draft),
    setField: (key: ColumnKey, value: string) => {
      setDraft((current) => ({ ...current, [key]: value }));
      setTouched((current) => new Set(current).add(key));
      setStoreErrors((current) => current.filter((error) => error.path !== key));
    },
    /** Marks every field as checked; true when there is no error to fix. */
    submit: () => {
      setSubmitted(true);
      return errorCount === 0;
    },
    setStoreErrors,
    /** Starts again from `values` (after a save, a reload, "Créer un autre client"). */
    reset: (values: ClientDraft) => {
      setStart(values);
      setDraft(values);
      setTouched(new Set());
      setSubmitted(false);
      setStoreErrors([]);
    },
  };
}

export type ClientDraftState = ReturnType<typeof useClientDraft>;
