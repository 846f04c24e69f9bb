import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import type { StoreSettings } from '@/excel/settingsStorage';
import { usePaneServices } from '../services/PaneServicesContext';
import { checkStoreConnection } from '../store/checkStoreConnection';
import { defaultStoreUrl } from '../store/defaultStoreUrl';
import { validateSettingsDraft, type SettingsDraftErrors } from '../store/validateSettingsDraft';

type UseSettingsPanelOptions = {
  current: StoreSettings | null;
  onSave: (settings: StoreSettings) => Promise<void>;
};

/** The settings form: the typed URL and token, their checks, "Test connection" on the draft, and "Save". */
export function useSettingsPanel({ current, onSave }: UseSettingsPanelOptions) {
  const { api } = usePaneServices();
  const [draft, setDraft] = useState<StoreSettings>(() => current ?? { storeUrl: defaultStoreUrl(), token: '' });
  const [errors, setErrors] = useState<SettingsDraftErrors>({});
  const test = useMutation({ mutationFn: (settings: StoreSettings) => checkStoreConnection(api.connect(settings)) });
  const save = useMutation({ mutationFn: onSave });

  const validDraftOrNull = (): StoreSettings | null => {
    const result = validateSettingsDraft(draft);
    setErrors(result.valid ? {} : result.errors);
    return result.valid ? result.settings : null;
  };
  const handleDraftChange = (change: Partial<StoreSettings>) => {
    setDraft((previous) => ({ ...previous, ...change }));
    test.reset();
    save.reset();
  };

  return {
    draft,
    errors,
    handleStoreUrlChange: (storeUrl: string) => handleDraftChange({ storeUrl }),
    handleTokenChange: (token: string) => handleDraftChange({ token }),
    handleTest: () => {
      const settings = validDraftOrNull();
      if (settings) test.mutate(settings);
    },
    handleSave: () => {
      const settings = validDraftOrNull();
      if (settings) save.mutate(settings);
    },
    testResult: test.data ?? null,
    testCrashed: test.isError,
    isTesting: test.isPending,
    isSaving: save.isPending,
    saved: save.isSuccess,
    saveFailed: save.isError,
  };
}
