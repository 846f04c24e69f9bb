import { useEffect, useMemo, useRef, useState } from 'react';
import type { ActiveSheetValidation } from '@/excel/marks/validateActiveSheet';
import type { ValidationWatch } from '@/excel/marks/watchSheetValidation';
import { loadLiveValidation, saveLiveValidation } from '@/excel/settingsStorage';
import { useImporterExcel } from './useImporterExcel';

/**
 * "Valider pendant la saisie": while the report of a validation is on screen and the switch is on (it is unless the
 * user turned it off: the choice is kept), the validated sheet is watched and each re-validation of edited rows goes
 * to `onRevalidated` (the report's list and counts). A new validation is watched in place of the one before; a report
 * that goes (a clear, another sheet, an import) or the switch turned off stops the watch. Where Excel reports no cell
 * changes, the switch is off and says why.
 */
export function useLiveValidation(report: ActiveSheetValidation | null, onRevalidated: (validation: ActiveSheetValidation) => void) {
  const { liveValidation } = useImporterExcel();
  const supported = useMemo(() => liveValidation?.supported() ?? false, [liveValidation]);
  const [enabled, setEnabled] = useState(loadLiveValidation);
  const [failure, setFailure] = useState<unknown>(null);
  // The re-validations this watch reported: a report that is none of them comes from a new validation.
  const revalidated = useRef(new WeakSet<ActiveSheetValidation>());
  const [watched, setWatched] = useState<ActiveSheetValidation | null>(null);
  useEffect(() => {
    if (report === null) setWatched(null);
    else if (!revalidated.current.has(report)) setWatched(report);
  }, [report]);
  const latest = useRef(onRevalidated);
  latest.current = onRevalidated;

  useEffect(() => {
    if (!enabled || !supported || watched === null || liveValidation === undefined) return;
    let watch: ValidationWatch | null = null;
    let stopped = false;
    setFailure(null);
    liveValidation
      .watch(watched, {
        onRevalidated: (result) => {
          revalidated.current.add(result);
          setFailure(null);
          latest.current(result);
        },
        onError: setFailure,
      })
      .then((started) => {
        if (stopped) void started?.unwatch().catch(() => undefined);
        else watch = started;
      })
      .catch(setFailure);
    return () => {
      stopped = true;
      void watch?.unwatch().catch(() => undefined);
    };
  }, [enabled, supported, watched, liveValidation]);

  return {
    supported,
    enabled: supported && enabled,
    failure,
    handleToggle: (on: boolean) => {
      saveLiveValidation(on);
      setEnabled(on);
    },
  };
}
