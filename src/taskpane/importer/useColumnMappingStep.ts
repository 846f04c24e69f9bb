import { useState } from 'react';
import type { ColumnMapping, MappingTarget } from '@/domain';
import type { ActiveSheetValidation } from '@/excel/marks/validateActiveSheet';
import { changeLine, mappingDraft, mappingOf, needsReview, unfedRequired, type MappingLine } from './mappingDraft';

/** The step for one validation: its draft, and whether it is open. */
type StepState = { result: ActiveSheetValidation | null; lines: MappingLine[]; open: boolean };

function stepFor(result: ActiveSheetValidation | null): StepState {
  if (result === null) return { result, lines: [], open: false };
  const lines = mappingDraft(result.mapping.sourceColumns, result.validation.columns);
  return { result, lines, open: needsReview(lines, result.validation.headerRow !== null) };
}

/** Whether the mapping step of a validation opens by itself (the mapping needs a look): it then leads the tab. */
export function mappingStepOpens(result: ActiveSheetValidation | null): boolean {
  return stepFor(result).open;
}

/**
 * The mapping step's state (mappingDraft.ts decides): each validation starts a new draft, open by itself when the
 * mapping needs a look (a required field unfed, no header row, a weak match), collapsed otherwise. Lines change one by
 * one; "Annuler" goes back to the validation's mapping and collapses; "Appliquer" hands the whole draft to `onApply`.
 */
export function useColumnMappingStep(result: ActiveSheetValidation | null, onApply: (mapping: ColumnMapping) => void) {
  const [state, setState] = useState(() => stepFor(result));
  let step = state;
  if (state.result !== result) {
    // A new validation: a new draft (set while rendering, so the old draft is never shown with the new report).
    step = stepFor(result);
    setState(step);
  }
  return {
    open: step.open,
    lines: step.lines,
    unfed: unfedRequired(step.lines),
    headerFound: result?.validation.headerRow !== null,
    handleToggle: () => setState({ ...step, open: !step.open }),
    handleReview: () => setState({ ...step, open: true }),
    handleChange: (index: number, target: MappingTarget) => setState({ ...step, lines: changeLine(step.lines, index, target) }),
    handleCancel: () => setState({ ...stepFor(result), open: false }),
    handleApply: () => onApply(mappingOf(step.lines)),
  };
}
