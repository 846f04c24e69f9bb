import { Field, Input, Select, Textarea } from '@fluentui/react-components';
import { clientTemplate, type ColumnKey } from '@/domain';
import { useI18n } from '../i18n/I18nContext';
import { CountryCombobox } from './CountryCombobox';
import type { FieldMessage } from './useClientDraft';

const countryKeys: ReadonlySet<ColumnKey> = new Set(['country', 'nationality', 'practiceCountry']);
const inputTypes: Partial<Record<ColumnKey, 'email' | 'tel' | 'date'>> = { email: 'email', phone: 'tel', mobile: 'tel', birthDate: 'date' };
const requiredKeys: ReadonlySet<ColumnKey> = new Set(clientTemplate.filter((column) => column.required).map((column) => column.key));

type ClientFormFieldProps = {
  /** The field's id (its root), for the error summary's links. */
  id: string;
  fieldKey: ColumnKey;
  value: string;
  message: FieldMessage | undefined;
  hint?: string;
  onValueChange: (key: ColumnKey, value: string) => void;
};

/** One template field: its label (required ones marked), the control that fits its rule, the engine's message. */
export function ClientFormField({ id, fieldKey, value, message, hint, onValueChange }: ClientFormFieldProps) {
  const { t } = useI18n();
  const form = t.clients.form;
  const change = (next: string) => onValueChange(fieldKey, next);
  return (
    <Field
      id={id}
      label={t.clients.fields[fieldKey]}
      required={requiredKeys.has(fieldKey)}
      validationState={message?.state ?? 'none'}
      validationMessage={message?.text}
      hint={hint}
    >
      {countryKeys.has(fieldKey) ? (
        <CountryCombobox value={value} onValueChange={change} />
      ) : fieldKey === 'title' ? (
        <Select value={value} onChange={(_event, data) => change(data.value)}>
          {['', 'M.', 'Mme'].map((option) => (
            <option key={option} value={option}>
              {form.titles[option === '' ? 'none' : option]}
            </option>
          ))}
        </Select>
      ) : fieldKey === 'language' ? (
        <Select value={value} onChange={(_event, data) => change(data.value)}>
          {['fr', 'de', 'it', 'en'].map((option) => (
            <option key={option} value={option}>
              {t.clients.profile.languages[option]}
            </option>
          ))}
        </Select>
      ) : fieldKey === 'notes' ? (
        <Textarea value={value} resize="vertical" onChange={(_event, data) => change(data.value)} />
      ) : (
        <Input type={inputTypes[fieldKey] ?? 'text'} value={value} onChange={(_event, data) => change(data.value)} />
      )}
    </Field>
  );
}
